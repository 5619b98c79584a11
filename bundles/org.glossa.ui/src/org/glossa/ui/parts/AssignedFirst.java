package org.glossa.ui.parts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.glossa.model.Document;
import org.glossa.team.Assignments;

/**
 * The corpus list's order in a team project: the documents assigned to the annotator first, then the others, each
 * group in the project's order. Assignments order the work; they hide nothing.
 */
record AssignedFirst(Set<String> documentIds) {
    static final AssignedFirst NONE = new AssignedFirst(Set.of());

    /** The annotator's assignments in the working copy; none when there are none or the file does not read. */
    static AssignedFirst read(Path root, String annotator) {
        try {
            return new AssignedFirst(Set.copyOf(Assignments.read(root).documentsOf(annotator)));
        } catch (IOException e) {
            return NONE; // the order is a convenience: a damaged assignments file is for the curator's sync to report
        }
    }

    boolean isAssigned(Document document) {
        return documentIds.contains(document.getId());
    }

    List<Document> order(List<Document> documents) {
        if (documentIds.isEmpty()) {
            return documents;
        }
        List<Document> ordered = new ArrayList<>(documents.size());
        documents.stream().filter(this::isAssigned).forEach(ordered::add);
        documents.stream().filter(d -> !isAssigned(d)).forEach(ordered::add);
        return ordered;
    }
}
