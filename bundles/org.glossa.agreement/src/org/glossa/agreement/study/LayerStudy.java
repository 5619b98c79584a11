package org.glossa.agreement.study;

import java.util.List;
import java.util.Map;

/**
 * What agreement on one layer is computed from: the annotators compared, the documents every one of them
 * annotated, and their spans of the layer inside each document's body. Immutable and detached from the model.
 *
 * @param labels           the layer's labels in schema order (labels nobody used included)
 * @param linkTypes        the layer's link types, for attribution agreement
 * @param spansOutsideBody spans of the layer left out because they are not inside their document's body
 * @param leftOutDocuments selected documents not compared, with the reason
 */
public record LayerStudy(String layer, List<String> labels, List<String> linkTypes, List<String> annotators,
        List<DocumentSpans> documents, int spansOutsideBody, Map<String, String> leftOutDocuments) {

    public LayerStudy {
        labels = List.copyOf(labels);
        linkTypes = List.copyOf(linkTypes);
        annotators = List.copyOf(annotators);
        documents = List.copyOf(documents);
        leftOutDocuments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(leftOutDocuments));
    }

    /** The total body length: the length of the corpus continuum. */
    public long continuumLength() {
        long length = 0;
        for (DocumentSpans document : documents) {
            length += document.bodyLength();
        }
        return length;
    }

    public int labelIndex(String label) {
        return labels.indexOf(label);
    }

    /** Spans of one annotator over all documents. */
    public int spanCount(int annotator) {
        int count = 0;
        for (DocumentSpans document : documents) {
            count += document.of(annotator).size();
        }
        return count;
    }

    /** The same study restricted to one document (for per-document figures). */
    public LayerStudy only(DocumentSpans document) {
        return new LayerStudy(layer, labels, linkTypes, annotators, List.of(document), 0, Map.of());
    }
}
