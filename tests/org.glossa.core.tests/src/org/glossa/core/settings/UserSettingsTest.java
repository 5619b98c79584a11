package org.glossa.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {
    @TempDir
    Path dir;

    private Path settingsDir;
    private String previous;

    @BeforeEach
    void pointSettingsAtTheTemporaryFolder() {
        settingsDir = dir.resolve("not-yet-created");
        previous = System.setProperty(UserSettings.DIRECTORY_PROPERTY, settingsDir.toString());
    }

    @AfterEach
    void restoreProperty() {
        if (previous == null) {
            System.clearProperty(UserSettings.DIRECTORY_PROPERTY);
        } else {
            System.setProperty(UserSettings.DIRECTORY_PROPERTY, previous);
        }
    }

    @Test
    void settingsRoundTripThroughTheFile() throws Exception {
        UserSettings settings = UserSettings.load();
        assertEquals(Optional.empty(), settings.annotator());
        assertEquals(settingsDir.resolve("settings.properties"), settings.file());

        settings.setAnnotator("alice");
        settings.put("editor.font", "Noto Sans CJK 12 = big\nsecond line: 서울 👍");
        settings.put("recent.project", "/home/alice/news");
        settings.put("recent.project", null);

        UserSettings reloaded = UserSettings.load();
        assertEquals(Optional.of("alice"), reloaded.annotator());
        assertEquals(Optional.of("Noto Sans CJK 12 = big\nsecond line: 서울 👍"), reloaded.get("editor.font"));
        assertEquals(Optional.empty(), reloaded.get("recent.project"));
        try (Stream<Path> files = Files.list(settingsDir)) {
            assertEquals(List.of("settings.properties"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary files are left behind");
        }
        String text = Files.readString(settings.file());
        assertTrue(text.startsWith("# Glossa user settings\n"), text);
        assertEquals(1, text.lines().filter(l -> l.startsWith("#")).count(), "no date comment, so unchanged settings give an unchanged file");
    }

    @Test
    void invalidAnnotatorNamesAreRefusedAndNothingIsWritten() throws Exception {
        UserSettings settings = UserSettings.load();
        assertThrows(IllegalArgumentException.class, () -> settings.setAnnotator("gold"));
        assertThrows(IllegalArgumentException.class, () -> settings.setAnnotator("a/b"));
        assertThrows(IllegalArgumentException.class, () -> settings.setAnnotator(null));
        assertEquals(Optional.empty(), settings.annotator());
        assertTrue(Files.notExists(settings.file()));
    }

    @Test
    void twoHoldersInOneProcessKeepEachOthersKeys() throws Exception {
        UserSettings preferences = UserSettings.load(); // e.g. the editor's preferences, loaded at start
        UserSettings.load().setAnnotator("bob"); // e.g. Switch Annotator, later
        preferences.put("editor.zoom", "150");
        UserSettings reloaded = UserSettings.load();
        assertEquals(Optional.of("bob"), reloaded.annotator(), "the other holder's key survives");
        assertEquals(Optional.of("150"), reloaded.get("editor.zoom"));
    }

    @Test
    void anUnreadableFileGivesEmptySettings() throws Exception {
        Files.createDirectories(settingsDir);
        Files.writeString(settingsDir.resolve("settings.properties"), "annotator=\\u12"); // a broken escape
        assertEquals(Optional.empty(), UserSettings.load().annotator());
    }
}
