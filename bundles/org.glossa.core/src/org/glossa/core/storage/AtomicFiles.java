package org.glossa.core.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a crash, kill or I/O error at any moment leaves either the previous version or the
 * new one, never a mixture: the bytes go to a temporary file beside the target, are forced to disk, and the
 * temporary file is then renamed over the target in one atomic step.
 */
public final class AtomicFiles {
    /** Suffix of the temporary files; leftovers of an interrupted save are removed when a project is opened. */
    public static final String TEMP_SUFFIX = ".glossa-tmp";

    /** Test hook: a failure injected between writing the temporary file and the rename. */
    interface BeforeRename {
        void run(Path temporary) throws IOException;
    }

    private static volatile BeforeRename beforeRename = t -> { };

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its files are private to the owner (0600), and the rename would carry that over
        // to project files a team shares; a new file gets the permissions the user's umask gives any file.
        Path temporary = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            beforeRename.run(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static void setBeforeRename(BeforeRename hook) {
        beforeRename = hook == null ? t -> { } : hook;
    }

    /** Makes the rename itself durable; not every file system lets a directory be opened, which is fine. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort
        }
    }
}
