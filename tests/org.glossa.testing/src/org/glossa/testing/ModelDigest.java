package org.glossa.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;

/**
 * The annotations of one annotator in a project as comparable lines: per document (by id) its text length, then
 * every span (layer, label, offsets, attributes, note) in document order with its links, each link naming its
 * target by layer, label and offsets. Two projects that hold the same annotations give equal digests whatever
 * the order the spans were added in.
 */
public final class ModelDigest {
    private ModelDigest() {
    }

    public static List<String> of(ProjectStore store, String annotator) throws IOException {
        List<Document> documents = new ArrayList<>(store.project().getDocuments());
        documents.sort(Comparator.comparing(Document::getId));
        List<String> lines = new ArrayList<>();
        for (Document document : documents) {
            if (!store.hasAnnotations(document, annotator)) {
                continue;
            }
            lines.add("document " + document.getId() + " (" + store.text(document).length() + " chars)");
            List<SpanAnnotation> spans = new ArrayList<>(store.annotations(document, annotator).getSpans());
            spans.sort(Spans.DOCUMENT_ORDER);
            for (SpanAnnotation span : spans) {
                lines.add("  " + describe(span) + attributes(span) + (span.getNote() == null ? "" : " note=" + span.getNote()));
                List<String> links = new ArrayList<>();
                for (Link link : span.getLinks()) {
                    links.add("    -" + link.getType() + "-> " + describe(link.getTarget()));
                }
                links.sort(null);
                lines.addAll(links);
            }
        }
        return lines;
    }

    private static String describe(SpanAnnotation span) {
        return span.getLayer() + "/" + span.getLabel() + " [" + span.getBegin() + "," + span.getEnd() + ")";
    }

    private static String attributes(SpanAnnotation span) {
        Map<String, String> sorted = new TreeMap<>();
        span.getAttributes().forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted.isEmpty() ? "" : " " + sorted;
    }
}
