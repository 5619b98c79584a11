package org.glossa.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.ops.CreateProjectOperation;
import org.glossa.ui.ProjectLifeCycle;
import org.glossa.ui.ProjectSwitch;

/** Creates a project with the default news schema in a chosen folder and opens it in this window. */
public final class NewProjectHandler {
    @Execute
    void execute(Shell shell, MApplication application, EPartService parts) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("New project");
        dialog.setMessage("Choose an empty folder for the new project");
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            Path folder = Path.of(chosen);
            // released before the workbench opens (and locks) the project
            new CreateProjectOperation(folder, null).execute(ProjectLifeCycle.HOLDER).close();
            new ProjectSwitch(shell, application, parts).openProject(folder);
        } catch (Exception e) {
            MessageDialog.openError(shell, "New project", e.getMessage());
        }
    }
}
