package org.glossa.review.adjudication;

import org.glossa.model.SpanAnnotation;

/** A span's identity across annotators' sets: layer, position and label. */
record SpanKey(String layer, int begin, int end, String label) {

    static SpanKey of(SpanAnnotation span) {
        return new SpanKey(span.getLayer(), span.getBegin(), span.getEnd(), span.getLabel());
    }

    boolean overlaps(SpanKey other) {
        return layer.equals(other.layer) && begin < other.end && other.begin < end;
    }
}
