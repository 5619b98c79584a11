package org.glossa.core.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Forces files already written to disk, all in one batch: a few threads wait for the disk at once, so that the file
 * system commits their data together instead of one journal commit per file. (Forcing each file right after writing
 * it made an import of thousands of documents wait for thousands of commits, one after the other.)
 */
final class BatchedForce {
    /** Forces in flight at once; each mostly waits for the disk, so more than the cores pays. */
    private static final int THREADS = 8;
    /** Below this many files a pool of threads costs more than it saves. */
    private static final int SMALL_BATCH = 4;

    private static final ThreadFactory DAEMONS = runnable -> {
        Thread thread = new Thread(runnable, "glossa-force");
        thread.setDaemon(true);
        return thread;
    };

    private BatchedForce() {
    }

    /** Returns once every file's bytes are on disk; throws the first failure (then any file may not be). */
    static void force(List<Path> files) throws IOException {
        if (files.size() < SMALL_BATCH) {
            for (Path file : files) {
                forceOne(file);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, files.size()), DAEMONS);
        try {
            List<Future<?>> pending = new ArrayList<>(files.size());
            for (Path file : files) {
                pending.add(pool.submit(() -> {
                    try {
                        forceOne(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
            awaitAll(pending);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Waits for every force even when this thread is interrupted meanwhile (the caller deletes the files after a
     * failure, which must not race a force still running); the interrupt is kept for the caller to see.
     */
    private static void awaitAll(List<Future<?>> pending) throws IOException {
        boolean interrupted = false;
        IOException failure = null;
        for (Future<?> future : pending) {
            while (true) {
                try {
                    future.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    IOException cause = e.getCause() instanceof UncheckedIOException unchecked ? unchecked.getCause()
                            : new IOException("cannot force to disk: " + e.getCause(), e.getCause());
                    if (failure == null) {
                        failure = cause;
                    }
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void forceOne(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
