package org.glossa.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.format.FormatRegistry;
import org.glossa.ui.EditorState;
import org.glossa.ui.dialogs.ExportWizard;

/** Opens the export wizard on the installed formats; closing it gives the keyboard to the editor's text. */
public final class ExportHandler {
    @Execute
    void execute(Shell shell, EditingSession session, EditorState state, EPartService parts) {
        WizardDialog dialog = new WizardDialog(shell, new ExportWizard(session.store(), FormatRegistry.discover()));
        dialog.setPageSize(620, 360);
        dialog.open();
        EditorFocus.restore(shell, parts, state);
    }
}
