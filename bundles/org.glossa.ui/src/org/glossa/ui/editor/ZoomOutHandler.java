package org.glossa.ui.editor;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.glossa.ui.prefs.EditorPreferences;

/** Zooms the editor out one step (Ctrl+-); remembered in the user's settings. */
public final class ZoomOutHandler {
    @Execute
    void execute(@Optional EditorPreferences preferences) {
        ZoomSteps.zoom(preferences, ZoomSteps::smaller);
    }
}
