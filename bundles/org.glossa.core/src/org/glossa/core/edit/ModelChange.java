package org.glossa.core.edit;

import org.glossa.model.Document;

/**
 * What changed, so that a view can repaint only that. {@code begin}/{@code end} are the union of the old and
 * new text ranges of the affected spans; {@code (-1, -1)} means "everything of this document"; a null
 * {@code document} means a project-wide change (schema, annotators).
 */
public record ModelChange(Document document, int begin, int end, Kind kind) {
    public enum Kind {
        SPANS, LINKS, ATTRIBUTES, STATUS, BODY, SCHEMA
    }

    static ModelChange projectWide() {
        return new ModelChange(null, -1, -1, Kind.SCHEMA);
    }

    static ModelChange wholeDocument(Document document, Kind kind) {
        return new ModelChange(document, -1, -1, kind);
    }
}
