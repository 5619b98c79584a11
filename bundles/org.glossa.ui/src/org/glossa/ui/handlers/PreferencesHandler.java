package org.glossa.ui.handlers;

import java.io.IOException;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.glossa.ui.prefs.EditorPreferences;
import org.glossa.ui.prefs.PreferencesDialog;

/** Edit > Preferences: the editor's font, zoom, palette and snapping, and the autosave interval. */
public final class PreferencesHandler {
    @Execute
    void execute(Shell shell, EditorPreferences preferences) {
        PreferencesDialog dialog = new PreferencesDialog(shell, preferences.values());
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            preferences.update(dialog.result());
        } catch (IOException e) {
            MessageDialog.openWarning(shell, "Preferences", "The preferences apply now but could not be remembered: "
                    + e.getMessage());
        }
    }
}
