package org.glossa.core.importer;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Expands the paths a user picked (files and folders) into the files to import. */
public final class ImportScanner {

    private ImportScanner() {
    }

    /**
     * Files are kept as given, in the given order; folders are walked recursively and contribute their files
     * sorted by path. Inside folders, files and folders whose name starts with '.' are skipped (editor backups,
     * {@code .git}, {@code .DS_Store}). A file reached twice is listed once.
     *
     * @throws NoSuchFileException when a given path does not exist
     */
    public static List<Path> expand(List<Path> paths) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(walk(path));
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                throw new NoSuchFileException(path.toString());
            }
        }
        return List.copyOf(files);
    }

    private static List<Path> walk(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                // Files.isRegularFile follows a symbolic link to a file, which the walk itself does not.
                if (!isHidden(file) && Files.isRegularFile(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
