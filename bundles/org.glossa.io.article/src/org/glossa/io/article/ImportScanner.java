package org.glossa.io.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.glossa.core.files.FileErrors;
import org.glossa.core.files.FolderWalk;

/** Expands the paths a user picked (files and folders) into the files to import. */
public final class ImportScanner {

    private ImportScanner() {
    }

    /** {@link #expand(List, FolderWalk)} with a {@link FolderWalk#strict() strict} walk. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        return expand(paths, FolderWalk.strict());
    }

    /**
     * Files are kept as given, in the given order; folders are walked recursively by {@code folders} and
     * contribute their files sorted by path (see {@link FolderWalk}: names starting with '.' are skipped, links
     * leading outside the folder are followed only when asked). A file reached twice is listed once.
     *
     * @throws NoSuchFileException when a given path does not exist
     */
    public static List<Path> expand(List<Path> paths, FolderWalk folders) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            FileErrors.requireExists(path);
            if (Files.isDirectory(path)) {
                files.addAll(folders.files(path, Integer.MAX_VALUE, file -> true));
            } else {
                files.add(path);
            }
        }
        return List.copyOf(files);
    }
}
