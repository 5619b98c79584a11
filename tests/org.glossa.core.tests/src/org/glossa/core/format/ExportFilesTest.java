package org.glossa.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Names from the data (document ids, split and source names) never lead an export outside its folder. */
class ExportFilesTest {
    private final Path out = Path.of("/tmp/export-out");

    @Test
    void namesThatLeadOutsideAreRefused() {
        for (String bad : new String[] {"../x.txt", "../../../../etc/passwd", "/etc/passwd", "..", ".", "", "a/b", "a\\b"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFiles.inside(out, bad), bad);
            assertTrue(e.getMessage().contains("'" + bad + "' would lead outside " + out), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> ExportFiles.inside(out, "train", bad), bad);
        }
    }

    @Test
    void ordinaryNamesAreElementsBelowTheFolder() {
        assertEquals(out.resolve("train/doc-1.txt"), ExportFiles.inside(out, "train", "doc-1.txt"));
        assertEquals(out.resolve("..hidden-but-inside"), ExportFiles.inside(out, "..hidden-but-inside"));
    }
}
