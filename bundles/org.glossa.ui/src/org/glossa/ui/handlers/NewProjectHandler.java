package org.glossa.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.ops.CreateProjectOperation;
import org.glossa.ui.ProjectLifeCycle;

/** Creates a project with the default news schema in a chosen folder and opens it in a new window. */
public final class NewProjectHandler {
    @Execute
    void execute(Shell shell) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("New project");
        dialog.setMessage("Choose an empty folder for the new project");
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            Path folder = Path.of(chosen);
            // released before the new window's process opens (and locks) the project
            new CreateProjectOperation(folder, null).execute(ProjectLifeCycle.HOLDER).close();
            ProjectWindows.open(folder);
        } catch (Exception e) {
            MessageDialog.openError(shell, "New project", e.getMessage());
        }
    }
}
