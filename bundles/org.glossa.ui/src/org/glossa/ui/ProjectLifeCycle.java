package org.glossa.ui;

import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.settings.UserSettings;
import org.glossa.core.storage.ProjectStore;
import org.glossa.ui.dialogs.AnnotatorNameDialog;

/**
 * Before the workbench is built: starts opening the project named on the command line ({@code glossa gui PROJECT})
 * for writing — holding its lock until the display is disposed at exit; another writer is named and nothing opens —,
 * asks the annotator's name once (remembered in the user's settings) and puts the editing session, the
 * editor state and the status line into the application context for every part. The project opens on a thread of
 * its own while the window is built (see {@link ProjectOpening}); the first part that needs it waits for it.
 */
public final class ProjectLifeCycle {
    /** How the workbench names itself in the project's lock, which other writers show when refused. */
    public static final String HOLDER = "Glossa workbench";

    @PostContextCreate
    void openProject(IEclipseContext context) {
        StartupTrace.mark("life cycle starts");
        String argument = ProjectOpening.projectArgument();
        if (argument == null) {
            fail("No project given. Start the workbench with: glossa gui PROJECT");
        }
        // Held while the workbench runs: it keeps the index in memory and saves it later.
        ProjectOpening opening = ProjectOpening.takeOver(argument, HOLDER);
        this.opening = opening;
        // at exit the project open then, which after File > Open Project is not the one opened here
        Display.getDefault().disposeExec(() -> {
            if (project != null) {
                project.close();
            } else {
                opening.close();
            }
        });
        String annotator = annotator();
        ProjectOpening.provide(context, ProjectStore.class, () -> opened(opening));
        ProjectOpening.provide(context, EditingSession.class, () -> session(opened(opening), argument, annotator));
        context.set(EditorState.class, new EditorState());
        context.set(StatusLine.class, new StatusLine());
        context.set(org.glossa.ui.prefs.EditorPreferences.class, org.glossa.ui.prefs.EditorPreferences.load());
        Boolean review = reviewMode();
        context.set(REVIEW_MODE, review);
        project = new WorkbenchProject(opening, argument, annotator, review);
        context.set(WorkbenchProject.class, project);
        if (review) {
            // The reviewer curates gold under their own name: gold spans record who adjudicated them.
            ProjectOpening.provide(context, org.glossa.ui.review.ReviewState.class,
                    () -> new org.glossa.ui.review.ReviewState(EditingSession.forGold(opened(opening), annotator)));
        }
    }

    /** The open project; when it cannot be opened, the user is told why and the workbench ends. */
    private static ProjectStore opened(ProjectOpening opening) {
        try {
            return opening.store();
        } catch (IllegalStateException e) {
            fail(e.getMessage());
            return null;
        }
    }

    /** The annotator's editing session on the open project; registering a new annotator saves that at once. */
    private static EditingSession session(ProjectStore store, String argument, String annotator) {
        try {
            return new EditingSession(store, annotator);
        } catch (RuntimeException e) {
            fail("Cannot open the project " + argument + " as " + annotator + ":\n" + e.getMessage());
            return null;
        }
    }

    /** The opening of the project named on the command line. */
    private ProjectOpening opening;
    private WorkbenchProject project;

    /**
     * Before the window is rendered: the review parts in review mode, the window and layout the user left (when the
     * workbench persists its state), and the window's title once the project is open.
     */
    @org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions
    void prepareModel(org.eclipse.e4.ui.model.application.MApplication application,
            org.eclipse.e4.ui.workbench.modeling.EModelService models) {
        showReviewParts(application, models);
        if (WorkbenchMemoryAddon.persists(application)) {
            WorkbenchMemory.restoreLayout(application, models, reviewMode());
        }
        Display display = Display.getDefault();
        opening.whenOpened(store -> display.asyncExec(() -> WindowTitle.show(application, project, store)));
    }

    /** In review mode the Agreement part is the one shown below the document at start. */
    private static void showReviewParts(org.eclipse.e4.ui.model.application.MApplication application,
            org.eclipse.e4.ui.workbench.modeling.EModelService models) {
        if (!reviewMode()) {
            return;
        }
        var stacks = models.findElements(application, "org.glossa.ui.stack.annotations",
                org.eclipse.e4.ui.model.application.ui.basic.MPartStack.class);
        var agreement = models.findElements(application, org.glossa.ui.parts.AgreementPart.ID,
                org.eclipse.e4.ui.model.application.ui.basic.MPart.class);
        if (!stacks.isEmpty() && !agreement.isEmpty()) {
            stacks.get(0).setSelectedElement(agreement.get(0));
            // reviewing needs room for tables, charts and both versions: the document gets less height
            stacks.get(0).setContainerData("6500");
            models.findElements(application, "org.glossa.ui.stack.document",
                    org.eclipse.e4.ui.model.application.ui.basic.MPartStack.class)
                    .forEach(stack -> stack.setContainerData("3500"));
        }
    }

    /** Context key of a Boolean: whether other annotators' sets may be shown (read-only). */
    public static final String REVIEW_MODE = "glossa.review";

    private static Boolean reviewMode() {
        boolean fromArguments = java.util.Arrays.asList(Platform.getApplicationArgs()).contains("--review");
        return fromArguments || Boolean.getBoolean(REVIEW_MODE);
    }

    private static String annotator() {
        String given = System.getProperty("glossa.annotator");
        if (given != null && !given.isBlank()) {
            return given;
        }
        UserSettings settings = UserSettings.load();
        Optional<String> remembered = settings.annotator();
        if (remembered.isPresent()) {
            return remembered.get();
        }
        InputDialog dialog = new InputDialog(null, "Glossa", "Your annotator name (letters, digits, '.', '_' or '-'). "
                + "Every annotation you make is recorded under it.", System.getProperty("user.name", ""),
                AnnotatorNameDialog::problem);
        if (dialog.open() != Window.OK) {
            fail("An annotator name is needed to annotate.");
        }
        try {
            settings.setAnnotator(dialog.getValue());
        } catch (Exception e) {
            MessageDialog.openWarning(null, "Glossa", "Your name could not be remembered: " + e.getMessage());
        }
        return dialog.getValue();
    }

    private static void fail(String message) {
        MessageDialog.openError(null, "Glossa", message);
        Display.getDefault().dispose();
        throw new IllegalStateException(message);
    }
}
