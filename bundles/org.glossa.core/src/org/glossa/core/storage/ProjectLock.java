package org.glossa.core.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The write lock of a project: an operating-system lock on {@code .glossa/lock}, held by every writer for its
 * whole read-modify-write. The operating system releases it when the process ends, however it ends, so a
 * killed writer never leaves a lock that blocks; the holder information it wrote is simply overwritten.
 */
public final class ProjectLock implements AutoCloseable {
    /**
     * Locks held by this process. Checked before the lock file is touched: on Linux, closing any channel of a
     * file releases every lock this process holds on it, so a refused second writer in the same process must
     * not even open the file.
     */
    private static final Map<Path, LockHolder> HELD = new ConcurrentHashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of the project in {@code dir} without opening it, for a writer that changes files but not
     * through a {@link ProjectStore} (the project doctor's repair). Use {@link ProjectStore#openForWriting} otherwise.
     */
    public static ProjectLock acquire(Path dir, String what) throws IOException {
        return acquire(new ProjectLayout(dir.toAbsolutePath().normalize()), what);
    }

    /** Takes the lock at once or throws a {@link ProjectLockedException} naming the holder; never waits. */
    static ProjectLock acquire(ProjectLayout layout, String what) throws IOException {
        Path file = layout.lockFile();
        LockHolder holder = LockHolder.thisProcess(what);
        LockHolder heldHere = HELD.putIfAbsent(file, holder);
        if (heldHere != null) {
            throw new ProjectLockedException(layout.root(), heldHere);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new ProjectLockedException(layout.root(), awaitHolder(channel));
            }
            channel.truncate(0);
            ByteBuffer bytes = ByteBuffer.wrap(holder.toFileText().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes, bytes.position());
            }
            channel.force(false);
            return new ProjectLock(file, channel, lock);
        } catch (IOException | RuntimeException e) {
            HELD.remove(file);
            if (channel != null) {
                channel.close();
            }
            throw e;
        }
    }

    /** The holder writes its record just after taking the lock: give it a moment before naming nobody. */
    private static LockHolder awaitHolder(FileChannel channel) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            LockHolder holder = readHolder(channel);
            if (holder != null) {
                return holder;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return null;
    }

    private static LockHolder readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 64 * 1024));
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // read to the end of the small file
        }
        return LockHolder.parse(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)).orElse(null);
    }

    /** Whether this lock is still held (a closed lock is not). */
    public boolean isValid() {
        return lock.isValid();
    }

    /** Releases the lock; the holder information stays in the file and is overwritten by the next writer. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the channel is gone either way, and with it the lock
        } finally {
            HELD.remove(file);
        }
    }
}
