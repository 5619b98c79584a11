package org.glossa.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.storage.ProjectLayout;
import org.glossa.ui.ProjectSwitch;

/** Opens another project (a folder holding project.xmi) in this window, in place of the open one. */
public final class OpenProjectHandler {
    @Execute
    void execute(Shell shell, MApplication application, EPartService parts) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open project");
        dialog.setMessage("Choose a Glossa project folder (it holds " + ProjectLayout.INDEX_FILE + ")");
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path folder = Path.of(chosen);
        if (!ProjectLayout.isProject(folder)) {
            MessageDialog.openError(shell, "Open project", folder + " is not a Glossa project (no " + ProjectLayout.INDEX_FILE + ").");
            return;
        }
        new ProjectSwitch(shell, application, parts).openProject(folder);
    }
}
