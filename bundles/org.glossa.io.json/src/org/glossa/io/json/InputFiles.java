package org.glossa.io.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.glossa.core.files.FolderWalk;

/**
 * The files to read: files given by name are read whatever their name; folders give their files (recursively, in
 * name order, through the import's {@link FolderWalk}) with the format's endings, so that an export folder's {@code card.json} or {@code README.md} is left
 * alone when the folder is read back.
 */
final class InputFiles {
    private InputFiles() {
    }

    static List<Path> expand(List<Path> paths, FolderWalk folders, List<String> endings) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(folders.files(path, Integer.MAX_VALUE,
                        f -> endings.stream().anyMatch(e -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e))));
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
