package org.glossa.core.doctor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The findings of one examination, their files made relative to the project folder. */
final class Findings {
    private final Path root;
    private final List<Finding> list = new ArrayList<>();
    private final Set<String> documents = new HashSet<>();

    Findings(Path root) {
        this.root = root;
    }

    void add(Path file, String documentId, String annotator, FindingKind kind, String message, String advice) {
        if (documentId != null) {
            documents.add(documentId);
        }
        list.add(new Finding(relative(file), documentId, annotator, kind, message, advice));
    }

    /** Whether any finding so far concerns the document. */
    boolean hasDocument(String documentId) {
        return documents.contains(documentId);
    }

    List<Finding> list() {
        return list;
    }

    Path relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    }
}
