package org.glossa.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.settings.UserSettings;
import org.glossa.core.storage.ProjectLockedException;
import org.glossa.core.storage.ProjectStore;

/**
 * The changes of project or annotator in the running workbench (File > Open Project, File > Switch Annotator): what
 * is unsaved is saved first (after asking), then the parts are rebuilt on the new project or session in the same
 * window.
 */
public final class ProjectSwitch {
    private final Shell shell;
    private final MApplication application;
    private final EPartService parts;
    private final WorkbenchProject project;

    public ProjectSwitch(Shell shell, MApplication application, EPartService parts) {
        this.shell = shell;
        this.application = application;
        this.parts = parts;
        this.project = application.getContext().get(WorkbenchProject.class);
    }

    /**
     * Opens the project in {@code folder} in this window: the open one is closed (its lock released) only once the new
     * one is open; when another writer holds it, the user is told who, and the open project stays.
     *
     * @return whether the project was opened
     */
    public boolean openProject(Path folder) {
        if (folder.toAbsolutePath().normalize().equals(project.root())) {
            return true; // open already
        }
        if (!saveFirst("open another project")) {
            return false;
        }
        IEclipseContext context = application.getContext();
        Path old = project.root();
        WorkbenchReload.Position where = WorkbenchReload.Position.of(context.get(EditorState.class));
        ProjectStore opened;
        try {
            opened = project.openOther(folder);
        } catch (ProjectLockedException e) {
            MessageDialog.openError(shell, "Open Project", "The project cannot be opened now.\n\n" + e.getMessage()
                    + ".\n\nThe project open here stays open.");
            return false;
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, "Open Project", "Cannot open the project " + folder + ":\n" + e.getMessage()
                    + "\n\nThe project open here stays open.");
            return false;
        }
        remember(old, where);
        WorkbenchReload.Position next = WorkbenchMemory.lastDocument(project.root())
                .orElse(new WorkbenchReload.Position(null, -1, 0, null));
        WorkbenchReload.reload(application, parts, () -> project.install(context, opened), next);
        return true;
    }

    /**
     * Annotates under {@code name} from now on, remembered in the user's settings: every part shows that annotator's
     * set of the same document, at the same place.
     *
     * @return whether the switch happened
     */
    public boolean switchAnnotator(String name) {
        if (name.equals(project.annotator()) || !saveFirst("switch annotator")) {
            return false;
        }
        IEclipseContext context = application.getContext();
        ProjectStore store = context.get(ProjectStore.class);
        project.switchAnnotator(name);
        try {
            UserSettings.load().setAnnotator(name);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openWarning(shell, "Switch Annotator", "The name could not be remembered: " + e.getMessage());
        }
        WorkbenchReload.reload(application, parts, () -> project.install(context, store), null);
        return true;
    }

    /** Saves every dirty part after asking; false when the user declined or the save failed. */
    private boolean saveFirst(String what) {
        if (parts.getDirtyParts().isEmpty()) {
            return true;
        }
        int answer = new MessageDialog(shell, "Unsaved Changes", null, "Your changes are not saved yet. Save them and "
                + what + "?", MessageDialog.QUESTION, 0, "Save and Go On", "Cancel").open();
        return answer == 0 && parts.saveAll(false);
    }

    private static void remember(Path project, WorkbenchReload.Position position) {
        try {
            WorkbenchMemory.rememberDocument(project, position);
        } catch (IOException e) {
            // a convenience only: the project then opens without a document
        }
    }
}
