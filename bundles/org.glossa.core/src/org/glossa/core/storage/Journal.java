package org.glossa.core.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.glossa.core.files.FileErrors;

/**
 * Commits several files in one step that a crash cannot split. Every new file's bytes are staged in
 * {@code .glossa/journal/ID/N}; then all staged files are forced to disk in one batch (each once, several at a
 * time, see {@link BatchedForce}), listed in a manifest that is forced after them, and the manifest is renamed to
 * {@code committed}: that rename is the commit, and it becomes durable only after the data it names. Only then is
 * each staged file renamed over its target (the index, given last, last of all, so it never names a text that is not
 * in place), the folders forced once each, and the journal deleted. A crash before the commit leaves the old files
 * (the journal is rolled back on the next {@link #recover}); a crash after it is completed by {@link #recover}, which
 * redoes the renames not done yet.
 * <p>
 * Callers hold the project's {@link ProjectLock}.
 */
final class Journal {
    static final String MANIFEST = "manifest";
    static final String COMMITTED = "committed";

    /** The steps of a commit, for tests that inject a crash after each. */
    enum Step { STAGED, MANIFEST_WRITTEN, COMMITTED, MOVED, DONE }

    /** Test hook: runs after each step; a crash is simulated by throwing an Error that nothing catches. */
    interface StepHook {
        void after(Step step, int index) throws IOException;
    }

    private static volatile StepHook hook = (step, index) -> { };

    private Journal() {
    }

    static void setHook(StepHook value) {
        hook = value == null ? (step, index) -> { } : value;
    }

    /** Writes {@code files} (targets inside the project, in the order they are moved into place) as one commit. */
    static void commit(ProjectLayout layout, Map<Path, byte[]> files) throws IOException {
        Path dir = layout.journal().resolve(System.currentTimeMillis() + "-" + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectories(dir);
        List<Path> targets = new ArrayList<>(files.keySet());
        try {
            StringBuilder manifest = new StringBuilder();
            List<Path> staged = new ArrayList<>(targets.size());
            for (int i = 0; i < targets.size(); i++) {
                Path file = dir.resolve(Integer.toString(i));
                write(file, files.get(targets.get(i)), false);
                staged.add(file);
                manifest.append(i).append('\t').append(layout.relativize(targets.get(i))).append('\n');
                hook.after(Step.STAGED, i);
            }
            // One batch of forces for the whole save (an import: every text and the index), before the manifest.
            BatchedForce.force(staged);
            write(dir.resolve(MANIFEST), manifest.toString().getBytes(StandardCharsets.UTF_8), true);
            forceDirectory(dir);
            hook.after(Step.MANIFEST_WRITTEN, -1);
        } catch (IOException | RuntimeException e) {
            deleteTree(dir); // not committed: nothing has changed
            throw e;
        }
        move(dir.resolve(MANIFEST), dir.resolve(COMMITTED));
        forceDirectory(dir);
        hook.after(Step.COMMITTED, -1);
        rollForward(layout, dir);
        hook.after(Step.DONE, -1);
    }

    /**
     * Completes committed journals and deletes unfinished ones; returns what was done, for the user to read.
     * Only a writer holding the lock may call this: a live writer's journal looks just like an interrupted one.
     */
    static List<StorageProblem> recover(ProjectLayout layout) throws IOException {
        List<StorageProblem> report = new ArrayList<>();
        for (Path dir : journals(layout)) {
            if (staged(dir) == 0) {
                // created before the first file was staged, or emptied after the last was moved: no save to report
                deleteTree(dir);
            } else if (Files.isRegularFile(dir.resolve(COMMITTED))) {
                int files = manifest(layout, dir.resolve(COMMITTED)).size();
                rollForward(layout, dir);
                report.add(new StorageProblem(dir, "recovered: completed an interrupted save of " + files
                        + (files == 1 ? " file" : " files")));
            } else {
                int files = Files.isRegularFile(dir.resolve(MANIFEST)) ? manifest(layout, dir.resolve(MANIFEST)).size() : staged(dir);
                deleteTree(dir);
                report.add(new StorageProblem(dir, "recovered: rolled back an unfinished save of " + files
                        + (files == 1 ? " file" : " files") + " (the files before that save were kept)"));
            }
        }
        return report;
    }

    /** For readers: the journals present, reported but left alone (they may belong to a live writer). */
    static List<StorageProblem> pending(ProjectLayout layout) {
        List<StorageProblem> report = new ArrayList<>();
        try {
            for (Path dir : journals(layout)) {
                boolean committed = Files.isRegularFile(dir.resolve(COMMITTED));
                report.add(new StorageProblem(dir, (committed ? "a committed save" : "an unfinished save")
                        + " is in progress or was interrupted; the next writer "
                        + (committed ? "completes" : "rolls back") + " it"));
            }
        } catch (IOException e) {
            report.add(new StorageProblem(layout.journal(), "cannot be listed: " + FileErrors.rootReason(e)));
        }
        return report;
    }

    private static List<Path> journals(ProjectLayout layout) throws IOException {
        if (!Files.isDirectory(layout.journal())) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(layout.journal())) {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** Idempotent: a staged file that is gone was already moved into place. */
    private static void rollForward(ProjectLayout layout, Path dir) throws IOException {
        Map<String, Path> entries = manifest(layout, dir.resolve(COMMITTED));
        Set<Path> folders = new LinkedHashSet<>();
        int index = 0;
        for (Map.Entry<String, Path> entry : entries.entrySet()) {
            Path staged = dir.resolve(entry.getKey());
            if (Files.exists(staged)) {
                Path folder = entry.getValue().getParent();
                if (!Files.isDirectory(folder)) {
                    Files.createDirectories(folder);
                    folders.add(folder.getParent()); // a new folder's own name must be durable too
                }
                move(staged, entry.getValue());
                folders.add(folder);
            }
            hook.after(Step.MOVED, index++);
        }
        folders.forEach(Journal::forceDirectory);
        deleteTree(dir);
        forceDirectory(layout.journal());
    }

    private static Map<String, Path> manifest(ProjectLayout layout, Path file) throws IOException {
        Map<String, Path> entries = new LinkedHashMap<>();
        int line = 0;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            int tab = text.indexOf('\t');
            if (tab <= 0) {
                throw new DamagedFileException(file, "line " + line + ": not 'N<TAB>path'", null);
            }
            try {
                entries.put(text.substring(0, tab), layout.resolveInside(text.substring(tab + 1)));
            } catch (IllegalArgumentException e) {
                throw new DamagedFileException(file, "line " + line + ": " + e.getMessage(), e);
            }
        }
        return entries;
    }

    private static int staged(Path dir) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            int count = 0;
            for (Path ignored : files) {
                count++;
            }
            return count;
        }
    }

    private static void write(Path file, byte[] content, boolean force) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (force) {
                channel.force(true);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Makes renames durable; not every file system lets a directory be opened, which is fine. */
    static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort
        }
    }
}
