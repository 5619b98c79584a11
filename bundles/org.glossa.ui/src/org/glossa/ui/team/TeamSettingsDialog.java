package org.glossa.ui.team;

import java.io.IOException;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.glossa.ui.team.TeamSettings.Choice;

/** Team > Settings…: whether to sync after saving and when closing: ask, always or never. */
final class TeamSettingsDialog extends Dialog {
    private Combo onSave;
    private Combo onClose;

    TeamSettingsDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Team settings");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        onSave = choice(area, "Sync after saving (Ctrl+S):", TeamSettings.syncOnSave());
        onClose = choice(area, "Sync when closing the workbench:", TeamSettings.syncOnClose());
        Label note = new Label(area, SWT.WRAP);
        note.setText("Team > Sync (Ctrl+Alt+S) syncs at any time. The automatic save never syncs.");
        GridDataFactory.fillDefaults().span(2, 1).hint(380, SWT.DEFAULT).applyTo(note);
        return area;
    }

    private static Combo choice(Composite parent, String text, Choice current) {
        new Label(parent, SWT.NONE).setText(text);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        for (Choice choice : Choice.values()) {
            combo.add(choice.label());
        }
        combo.select(current.ordinal());
        return combo;
    }

    @Override
    protected void okPressed() {
        try {
            TeamSettings.set(TeamSettings.SYNC_ON_SAVE, Choice.values()[onSave.getSelectionIndex()]);
            TeamSettings.set(TeamSettings.SYNC_ON_CLOSE, Choice.values()[onClose.getSelectionIndex()]);
        } catch (IOException e) {
            MessageDialog.openError(getShell(), "Team settings", "Not saved: " + e.getMessage());
            return;
        }
        super.okPressed();
    }
}
