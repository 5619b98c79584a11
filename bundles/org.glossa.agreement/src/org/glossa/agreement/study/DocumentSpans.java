package org.glossa.agreement.study;

import java.util.List;

/**
 * One document's spans of one layer, per annotator, inside the document's body region [bodyBegin, bodyEnd).
 *
 * @param spans per annotator (in the study's annotator order), sorted in document order
 */
public record DocumentSpans(String documentId, int bodyBegin, int bodyEnd, List<List<SpanSnapshot>> spans) {

    public DocumentSpans {
        spans = spans.stream().map(List::copyOf).toList();
    }

    public int bodyLength() {
        return bodyEnd - bodyBegin;
    }

    public List<SpanSnapshot> of(int annotator) {
        return spans.get(annotator);
    }
}
