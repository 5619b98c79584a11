package org.glossa.core.ops;

import java.util.ArrayList;
import java.util.List;

import org.glossa.core.format.ReadDocument;
import org.glossa.model.Document;

/**
 * Where read documents go: an existing project document, or one the import creates.
 *
 * @param id       the project document's id (for a new one, the id it will get)
 * @param existing the project's document, or null when the import creates it
 * @param text     the document's text
 * @param reads    the read documents matched to it, in reading order
 */
record ImportAnnotationsTarget(String id, Document existing, String text, List<ReadDocument> reads) {
    ImportAnnotationsTarget(String id, Document existing, String text) {
        this(id, existing, text, new ArrayList<>());
    }

    /** Whether a file says which spans the document has (possibly none): then the annotator gets a set for it. */
    boolean annotated() {
        return reads.stream().anyMatch(ReadDocument::annotated);
    }
}
