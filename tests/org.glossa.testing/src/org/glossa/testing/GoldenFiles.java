package org.glossa.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Compares a folder written by a test with a folder of expected files, byte for byte. With the system property
 * {@code glossa.golden.update=true} (or the environment variable {@code GLOSSA_GOLDEN_UPDATE=true}, which reaches
 * the forked test runtime without a build change) the expected folder is rewritten from the actual one instead:
 * for deliberate changes of a format's output, reviewed in the diff before committing. Never on by default.
 */
public final class GoldenFiles {
    private GoldenFiles() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("glossa.golden.update") || "true".equals(System.getenv("GLOSSA_GOLDEN_UPDATE"));
    }

    /**
     * Asserts that {@code actual} holds the same files as {@code expected} (names relative to each folder, except
     * {@code ignored} file names), each with the same bytes; or, when {@link #updating()}, makes it so.
     */
    public static void assertSameFiles(Path expected, Path actual, Set<String> ignored) throws IOException {
        assertSameFiles(expected, actual, ignored, "");
    }

    /**
     * {@link #assertSameFiles(Path, Path, Set)} for the files whose names start with {@code prefix} only, for an
     * expected folder that several tests share (one file group per test).
     */
    public static void assertSameFiles(Path expected, Path actual, Set<String> ignored, String prefix) throws IOException {
        Predicate<Path> wanted = file -> file.getFileName().toString().startsWith(prefix)
                && !ignored.contains(file.getFileName().toString());
        if (updating()) {
            rewrite(expected, actual, wanted);
            return;
        }
        assertTrue(Files.isDirectory(expected), "missing expected folder " + expected
                + " (write it with -Dglossa.golden.update=true or GLOSSA_GOLDEN_UPDATE=true, then review it)");
        assertIdentical(expected, actual, wanted);
    }

    /** Asserts that both folders hold the same files (except {@code ignored} file names) with the same bytes. */
    public static void assertIdentical(Path expected, Path actual, Set<String> ignored) throws IOException {
        assertIdentical(expected, actual, file -> !ignored.contains(file.getFileName().toString()));
    }

    private static void assertIdentical(Path expected, Path actual, Predicate<Path> wanted) throws IOException {
        List<Path> actualFiles = files(actual, wanted);
        assertEquals(names(files(expected, wanted)), names(actualFiles), "the files written, against " + expected);
        for (Path file : actualFiles) {
            byte[] want = Files.readAllBytes(expected.resolve(file.toString()));
            byte[] got = Files.readAllBytes(actual.resolve(file.toString()));
            if (!Arrays.equals(want, got)) {
                // the text comparison shows where; the byte comparison is what decides
                assertEquals(new String(want, StandardCharsets.UTF_8), new String(got, StandardCharsets.UTF_8),
                        "the bytes of " + file + " against " + expected);
                throw new AssertionError("the bytes of " + file + " differ from " + expected + " outside their text");
            }
        }
    }

    private static void rewrite(Path expected, Path actual, Predicate<Path> wanted) throws IOException {
        if (Files.isDirectory(expected)) {
            for (Path stale : files(expected, wanted)) {
                Files.delete(expected.resolve(stale.toString()));
            }
        }
        for (Path file : files(actual, wanted)) {
            Path target = expected.resolve(file.toString());
            Files.createDirectories(target.getParent());
            Files.copy(actual.resolve(file.toString()), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The regular files under a folder, relative to it, except {@code ignored} file names, sorted. */
    public static List<Path> files(Path folder, Set<String> ignored) throws IOException {
        return files(folder, file -> !ignored.contains(file.getFileName().toString()));
    }

    private static List<Path> files(Path folder, Predicate<Path> wanted) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(wanted).map(folder::relativize).sorted().toList();
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.toString().replace('\\', '/')).toList();
    }
}
