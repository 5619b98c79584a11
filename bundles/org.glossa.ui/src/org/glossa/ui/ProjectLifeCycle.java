package org.glossa.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.glossa.core.storage.ProjectStore;

/**
 * Opens the project named on the command line ({@code glossa gui PROJECT}) before the workbench is
 * built, and makes it available to every part through the application context.
 */
public final class ProjectLifeCycle {
    @PostContextCreate
    void openProject(IEclipseContext context) {
        String argument = projectArgument();
        if (argument == null) {
            fail("No project given. Start the workbench with: glossa gui PROJECT");
        }
        try {
            context.set(ProjectStore.class, ProjectStore.open(Path.of(argument)));
        } catch (Exception e) {
            fail("Cannot open the project " + argument + ":\n" + e.getMessage());
        }
    }

    private static String projectArgument() {
        for (String arg : Platform.getApplicationArgs()) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return System.getProperty("glossa.project");
    }

    private static void fail(String message) {
        MessageDialog.openError(null, "Glossa", message);
        Display.getDefault().dispose();
        throw new IllegalStateException(message);
    }
}
