package org.glossa.core.ops;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hidden folder beside an export's output folder that receives every file first. Only a complete export is
 * moved into place ({@link #publish}); a failed one is deleted ({@link #discard}), so the output never holds a
 * partial file.
 */
final class ExportStaging {
    static final String SUFFIX = ".glossa-export";

    private final Path target;
    private final Path folder;

    private ExportStaging(Path target, Path folder) {
        this.target = target;
        this.folder = folder;
    }

    /** A new staging folder in the output's parent folder (same file system, so moving is a rename). */
    static ExportStaging beside(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        // Not Files.createTempDirectory: its folder is private to the owner (0700) and becomes the output folder.
        Path folder = parent.resolve("." + absolute.getFileName() + SUFFIX + "-"
                + Long.toUnsignedString(new java.security.SecureRandom().nextLong(), 36));
        return new ExportStaging(output, Files.createDirectory(folder));
    }

    Path folder() {
        return folder;
    }

    /**
     * Moves the files into the output folder: the whole folder in one rename when the output does not exist or is
     * empty, else file by file, replacing files of the same name (--overwrite).
     */
    void publish() throws IOException {
        if (Files.isDirectory(target) && isEmpty(target)) {
            Files.delete(target);
        }
        if (!Files.exists(target)) {
            Files.move(folder, target);
        } else {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path file : files) {
                Path destination = target.resolve(folder.relativize(file).toString());
                Files.createDirectories(destination.getParent());
                try {
                    Files.move(file, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(file, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Deletes what is left of the staging folder: everything after a failure, empty folders after publishing.
     * Never throws, so that it cannot hide the failure of the export itself.
     */
    void discard() {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // the hidden staging folder stays; the output folder holds no partial file either way
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
