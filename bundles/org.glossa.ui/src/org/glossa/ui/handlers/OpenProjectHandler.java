package org.glossa.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.storage.ProjectLayout;

/** Opens another project (a folder holding project.xmi) in a new window. */
public final class OpenProjectHandler {
    @Execute
    void execute(Shell shell) {
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
        try {
            ProjectWindows.open(folder);
        } catch (Exception e) {
            MessageDialog.openError(shell, "Open project", e.getMessage());
        }
    }
}
