package org.glossa.core.storage;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes Glossa's disposable caches in {@code .glossa/cache/}: whole, by a rename, but without forcing them to disk
 * (a cache cut short by a crash fails its checksum and is rebuilt). Their partial files have a suffix of their own, so
 * that they are never taken for the leftovers of an interrupted save of the project.
 */
final class CacheFiles {
    private static final String PARTIAL = ".partial";
    /** Partial files older than this were left by a killed process. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private CacheFiles() {
    }

    static Path folder(ProjectLayout layout) {
        return layout.control().resolve("cache");
    }

    /** Replaces the cache file with {@code bytes}; never fails (a cache that cannot be written is not kept). */
    static void replace(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            removeAbandoned(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + PARTIAL);
            try {
                Files.write(partial, bytes);
                try {
                    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException | RuntimeException e) {
            // A cache only: the next command reads the project's files instead.
        }
    }

    private static void removeAbandoned(Path folder) throws IOException {
        FileTime before = FileTime.from(Instant.now().minus(ABANDONED));
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(folder, "*" + PARTIAL)) {
            for (Path partial : partials) {
                if (Files.getLastModifiedTime(partial).compareTo(before) < 0) {
                    Files.deleteIfExists(partial);
                }
            }
        }
    }
}
