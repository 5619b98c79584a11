package org.glossa.ui.editor;

import java.io.IOException;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.glossa.ui.prefs.EditorPreferences;
import org.glossa.ui.prefs.EditorPreferences.Palette;

/** View → High-Contrast Palette: switches between the default and the high-contrast palette; remembered. */
public final class HighContrastHandler {
    @CanExecute
    boolean canExecute(@Optional EditorPreferences preferences, @Optional MItem item) {
        if (item != null && preferences != null) {
            item.setSelected(preferences.values().palette() == Palette.HIGH_CONTRAST); // the check follows the setting
        }
        return preferences != null;
    }

    @Execute
    void execute(@Optional EditorPreferences preferences) {
        if (preferences == null) {
            return;
        }
        EditorPreferences.Values values = preferences.values();
        Palette next = values.palette() == Palette.HIGH_CONTRAST ? Palette.DEFAULT : Palette.HIGH_CONTRAST;
        try {
            preferences.update(values.withPalette(next));
        } catch (IOException e) {
            // applies for this session all the same
        }
    }
}
