package org.glossa.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A folder of this JVM, emptied before each input: fuzz targets write their input there as real files. */
final class Scratch {
    private static Path root;

    private Scratch() {
    }

    /** An empty folder for one input. */
    static synchronized Path fresh() {
        try {
            if (root == null) {
                root = Files.createTempDirectory("glossa-fuzz");
            }
            Path dir = root.resolve("input");
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes before the first NUL and after it (all of it and nothing when there is none). */
    static byte[][] split(byte[] data) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == 0) {
                byte[] first = java.util.Arrays.copyOfRange(data, 0, i);
                byte[] second = java.util.Arrays.copyOfRange(data, i + 1, data.length);
                return new byte[][] { first, second };
            }
        }
        return new byte[][] { data, new byte[0] };
    }
}
