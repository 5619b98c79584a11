package org.glossa.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportScannerTest {

    @TempDir
    Path dir;

    @Test
    void foldersAreWalkedSortedAndHiddenEntriesSkipped() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path b = touch(corpus.resolve("b.txt"));
        Path a = touch(corpus.resolve("a.html"));
        Path nested = touch(Files.createDirectories(corpus.resolve("2024/march")).resolve("c.txt"));
        Path z = touch(Files.createDirectories(corpus.resolve("zeta")).resolve("a.txt"));
        touch(corpus.resolve(".DS_Store"));
        touch(Files.createDirectories(corpus.resolve(".git")).resolve("config"));
        touch(Files.createDirectories(corpus.resolve("2024/.cache")).resolve("d.txt"));

        assertEquals(List.of(nested, a, b, z), ImportScanner.expand(List.of(corpus)));
    }

    @Test
    void filesAreKeptAsGivenInTheGivenOrderAndListedOnce() throws Exception {
        Path second = touch(dir.resolve("second.txt"));
        Path first = touch(dir.resolve("first.txt"));
        Path hidden = touch(dir.resolve(".notes.txt"));
        Path folder = Files.createDirectories(dir.resolve("more"));
        Path inFolder = touch(folder.resolve("x.txt"));

        assertEquals(List.of(second, first, hidden, inFolder),
                ImportScanner.expand(List.of(second, first, hidden, folder, first)));
    }

    @Test
    void missingPathIsAnError() {
        Path missing = dir.resolve("missing.txt");
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> ImportScanner.expand(List.of(missing)));
        assertEquals(missing.toString(), e.getFile());
    }

    private static Path touch(Path file) throws Exception {
        return Files.writeString(file, "x");
    }
}
