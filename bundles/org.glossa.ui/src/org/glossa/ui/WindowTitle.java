package org.glossa.ui;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.glossa.core.storage.ProjectStore;

/** The window's title names the project and who works on it: "Glossa — PROJECT — annotator NAME" (and review). */
public final class WindowTitle {
    private static final String SEPARATOR = " \u2014 ";

    private WindowTitle() {
    }

    /** The title for a project and annotator; in review mode the name is the curator's. */
    public static String of(String projectName, String annotator, boolean review) {
        return "Glossa" + SEPARATOR + projectName + SEPARATOR + (review ? "curator " : "annotator ") + annotator
                + (review ? SEPARATOR + "review" : "");
    }

    /** Sets the title of the application's windows (on the UI thread). */
    public static void show(MApplication application, WorkbenchProject project, ProjectStore store) {
        if (project == null || store == null) {
            return;
        }
        String name = store.project().getName() == null || store.project().getName().isBlank()
                ? project.root().getFileName().toString() : store.project().getName();
        String title = of(name, project.annotator(), project.isReviewMode());
        for (MWindow window : application.getChildren()) {
            window.setLabel(title);
        }
    }
}
