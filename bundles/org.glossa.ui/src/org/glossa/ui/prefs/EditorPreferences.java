package org.glossa.ui.prefs;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.glossa.core.settings.UserSettings;

/**
 * The annotator's editor preferences (font, zoom, palette, snapping, autosave), kept in the user's settings file and
 * shared by the whole workbench through its context. Whoever changes one calls {@link #update}: the value is
 * remembered at once and every listener (the editor, the preferences dialog) hears of it.
 */
public final class EditorPreferences {
    /** Colour sets for labels: the default stays distinct under common colour blindness; high contrast is bolder. */
    public enum Palette {
        DEFAULT, HIGH_CONTRAST;

        static Palette parse(String word) {
            for (Palette palette : values()) {
                if (palette.name().equalsIgnoreCase(word)) {
                    return palette;
                }
            }
            return DEFAULT;
        }
    }

    /** One set of values; a changed copy is made with the {@code with…} methods. */
    public record Values(String fontName, int fontHeight, int zoomPercent, Palette palette, boolean snapToWords,
            int autosaveSeconds) {
        public static final int MIN_ZOOM = 50;
        public static final int MAX_ZOOM = 300;

        public Values {
            zoomPercent = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoomPercent));
            fontHeight = Math.max(6, Math.min(72, fontHeight));
            autosaveSeconds = Math.max(0, autosaveSeconds);
        }

        public Values withFont(String name, int height) {
            return new Values(name, height, zoomPercent, palette, snapToWords, autosaveSeconds);
        }

        public Values withZoom(int percent) {
            return new Values(fontName, fontHeight, percent, palette, snapToWords, autosaveSeconds);
        }

        public Values withPalette(Palette newPalette) {
            return new Values(fontName, fontHeight, zoomPercent, newPalette, snapToWords, autosaveSeconds);
        }

        public Values withSnapToWords(boolean snap) {
            return new Values(fontName, fontHeight, zoomPercent, palette, snap, autosaveSeconds);
        }

        public Values withAutosaveSeconds(int seconds) {
            return new Values(fontName, fontHeight, zoomPercent, palette, snapToWords, seconds);
        }

        /** The font height the editor uses: the chosen height scaled by the zoom. */
        public int zoomedFontHeight() {
            return Math.max(4, Math.round(fontHeight * zoomPercent / 100f));
        }
    }

    /** No font chosen: the platform's text font. */
    public static final String SYSTEM_FONT = "";
    public static final Values DEFAULTS = new Values(SYSTEM_FONT, 11, 100, Palette.DEFAULT, true, 60);

    static final String FONT_NAME = "editor.font.name";
    static final String FONT_HEIGHT = "editor.font.height";
    static final String ZOOM = "editor.zoom";
    static final String PALETTE = "editor.palette";
    static final String SNAP = "editor.snapToWords";
    static final String AUTOSAVE = "editor.autosaveSeconds";

    private final UserSettings settings;
    private final List<Consumer<Values>> listeners = new CopyOnWriteArrayList<>();
    private Values values;

    private EditorPreferences(UserSettings settings, Values values) {
        this.settings = settings;
        this.values = values;
    }

    /** The preferences in the user's settings; anything missing or unreadable takes its default. */
    public static EditorPreferences load() {
        UserSettings settings = UserSettings.load();
        Values values = new Values(settings.get(FONT_NAME).orElse(DEFAULTS.fontName()),
                number(settings, FONT_HEIGHT, DEFAULTS.fontHeight()), number(settings, ZOOM, DEFAULTS.zoomPercent()),
                Palette.parse(settings.get(PALETTE).orElse("")),
                settings.get(SNAP).map(Boolean::parseBoolean).orElse(DEFAULTS.snapToWords()),
                number(settings, AUTOSAVE, DEFAULTS.autosaveSeconds()));
        return new EditorPreferences(settings, values);
    }

    private static int number(UserSettings settings, String key, int otherwise) {
        try {
            return settings.get(key).map(String::trim).map(Integer::parseInt).orElse(otherwise);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    public synchronized Values values() {
        return values;
    }

    /**
     * Takes new values: remembered in the settings file (a failure to write is reported, the values still apply for
     * this session) and announced to every listener.
     */
    public void update(Values newValues) throws IOException {
        Values old;
        synchronized (this) {
            old = values;
            values = newValues;
        }
        if (old.equals(newValues)) {
            return;
        }
        listeners.forEach(l -> l.accept(newValues));
        store(newValues);
    }

    private void store(Values newValues) throws IOException {
        settings.putAll(java.util.Map.of(FONT_NAME, newValues.fontName(), FONT_HEIGHT,
                Integer.toString(newValues.fontHeight()), ZOOM, Integer.toString(newValues.zoomPercent()), PALETTE,
                newValues.palette().name().toLowerCase(java.util.Locale.ROOT), SNAP,
                Boolean.toString(newValues.snapToWords()), AUTOSAVE, Integer.toString(newValues.autosaveSeconds())));
    }

    /** Calls the listener on every change from now on; the returned action stops that. */
    public Runnable onChange(Consumer<Values> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
