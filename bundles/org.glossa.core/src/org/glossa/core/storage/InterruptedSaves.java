package org.glossa.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.glossa.core.files.FileErrors;

/**
 * Temporary files that an interrupted save (or one in progress) left in a project: a reader only reports them, a
 * writer holding the lock removes them. Either way they go to the store's problems.
 */
final class InterruptedSaves {

    private InterruptedSaves() {
    }

    static void report(ProjectLayout layout, List<StorageProblem> problems) {
        forEachLeftover(layout, problems, file -> problems.add(new StorageProblem(file,
                "left over from an interrupted save, or a save in progress; the next writer removes it")));
    }

    static void remove(ProjectLayout layout, List<StorageProblem> problems) {
        forEachLeftover(layout, problems, file -> {
            Files.deleteIfExists(file);
            problems.add(new StorageProblem(file, "recovered: left over from an interrupted save; removed"
                    + " (the previous version of the file was kept)"));
        });
    }

    @FunctionalInterface
    private interface FileAction {
        void apply(Path file) throws IOException;
    }

    private static void forEachLeftover(ProjectLayout layout, List<StorageProblem> problems, FileAction action) {
        try (Stream<Path> files = Files.walk(layout.root(), 3)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(AtomicFiles.TEMP_SUFFIX)) {
                    action.apply(file);
                }
            }
        } catch (IOException e) {
            problems.add(new StorageProblem(layout.root(), "cannot be scanned: " + FileErrors.rootReason(e)));
        }
    }
}
