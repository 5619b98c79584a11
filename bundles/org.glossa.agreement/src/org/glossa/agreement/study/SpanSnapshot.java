package org.glossa.agreement.study;

import java.util.ArrayList;
import java.util.List;

import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;

/**
 * An immutable copy of a span with its links, so that agreement can be computed in the background while the
 * model goes on changing in the UI thread. Offsets are the model's UTF-16 offsets into the document text.
 */
public record SpanSnapshot(String id, int begin, int end, String layer, String label, java.util.Map<String, String> attributes,
        List<LinkSnapshot> links) {

    public SpanSnapshot {
        attributes = java.util.Map.copyOf(attributes);
        links = List.copyOf(links);
    }

    public static SpanSnapshot of(SpanAnnotation span) {
        List<LinkSnapshot> links = new ArrayList<>(span.getLinks().size());
        for (Link link : span.getLinks()) {
            SpanAnnotation target = link.getTarget();
            if (target != null) {
                links.add(new LinkSnapshot(link.getType(), target.getId(), target.getBegin(), target.getEnd(),
                        target.getLayer(), target.getLabel()));
            }
        }
        return new SpanSnapshot(span.getId(), span.getBegin(), span.getEnd(), span.getLayer(), span.getLabel(),
                span.getAttributes().map(), links);
    }

    public int length() {
        return end - begin;
    }

    public int overlap(SpanSnapshot other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
    }

    public boolean samePosition(SpanSnapshot other) {
        return begin == other.begin && end == other.end;
    }

    /** The links of one type, in model order. */
    public List<LinkSnapshot> links(String type) {
        return links.stream().filter(l -> l.type().equals(type)).toList();
    }

    /** A link's type and where its target is. */
    public record LinkSnapshot(String type, String targetId, int targetBegin, int targetEnd, String targetLayer,
            String targetLabel) {
    }
}
