package org.glossa.ui.team;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

/** Team > Settings…: when to sync (after saving, when closing). */
public final class SettingsHandler {
    @Execute
    void execute(Shell shell) {
        new TeamSettingsDialog(shell).open();
    }
}
