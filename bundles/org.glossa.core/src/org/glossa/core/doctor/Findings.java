package org.glossa.core.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.glossa.core.files.FileErrors;

/** The findings of one examination, their files made relative to the project folder. */
final class Findings {
    private final Path root;
    private final List<Finding> list = new ArrayList<>();

    Findings(Path root) {
        this.root = root;
    }

    void add(Path file, String documentId, String annotator, FindingKind kind, String message, String advice) {
        list.add(new Finding(relative(file), documentId, annotator, kind, message, advice));
    }

    List<Finding> list() {
        return list;
    }

    Path relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    }

    /** The folder's entries, sorted, without hidden ones (temporary files are scanned separately). */
    List<Path> entries(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            add(folder, null, null, FindingKind.UNREADABLE, "cannot be listed: " + FileErrors.rootReason(e), null);
            return List.of();
        }
    }
}
