package org.glossa.ui.editor;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.glossa.ui.prefs.EditorPreferences;

/** Sets the editor's zoom back to 100% (Ctrl+0); remembered in the user's settings. */
public final class ResetZoomHandler {
    @Execute
    void execute(@Optional EditorPreferences preferences) {
        ZoomSteps.zoom(preferences, percent -> 100);
    }
}
