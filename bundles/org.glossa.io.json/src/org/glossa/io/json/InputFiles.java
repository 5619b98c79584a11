package org.glossa.io.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files to read: files given by name are read whatever their name; folders give their files (recursively, in
 * name order) with the format's endings, so that an export folder's {@code card.json} or {@code README.md} is left
 * alone when the folder is read back.
 */
final class InputFiles {
    private InputFiles() {
    }

    static List<Path> expand(List<Path> paths, List<String> endings) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> endings.stream().anyMatch(e -> f.getFileName().toString().toLowerCase().endsWith(e)))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
