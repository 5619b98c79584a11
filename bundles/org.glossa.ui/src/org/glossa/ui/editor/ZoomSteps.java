package org.glossa.ui.editor;

import java.io.IOException;
import java.util.function.IntUnaryOperator;

import org.glossa.ui.prefs.EditorPreferences;
import org.glossa.ui.prefs.EditorPreferences.Values;

/** The zoom levels the zoom keys step through, as browsers and Eclipse step: finer near 100%. */
final class ZoomSteps {
    private static final int[] LEVELS = { 50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300 };

    private ZoomSteps() {
    }

    static int larger(int percent) {
        for (int level : LEVELS) {
            if (level > percent) {
                return level;
            }
        }
        return Values.MAX_ZOOM;
    }

    static int smaller(int percent) {
        for (int i = LEVELS.length - 1; i >= 0; i--) {
            if (LEVELS[i] < percent) {
                return LEVELS[i];
            }
        }
        return Values.MIN_ZOOM;
    }

    /** Sets the zoom from the current one and remembers it (a failure to write the settings still zooms). */
    static void zoom(EditorPreferences preferences, IntUnaryOperator step) {
        if (preferences == null) {
            return;
        }
        Values values = preferences.values();
        try {
            preferences.update(values.withZoom(step.applyAsInt(values.zoomPercent())));
        } catch (IOException e) {
            // the listeners have the new zoom already: it applies for this session, only not remembered
        }
    }
}
