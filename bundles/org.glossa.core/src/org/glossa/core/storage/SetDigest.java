package org.glossa.core.storage;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.SpanAnnotation;

/**
 * What listing and counting need of a sound annotation set, without its annotations: its status and how many
 * spans it holds per layer and label.
 *
 * @param spans span counts by layer, then by label (both sorted by name)
 */
public record SetDigest(AnnotationStatus status, Map<String, Map<String, Integer>> spans) {
    public SetDigest {
        Map<String, Map<String, Integer>> copy = new TreeMap<>();
        spans.forEach((layer, labels) -> copy.put(layer, Collections.unmodifiableMap(new TreeMap<>(labels))));
        spans = Collections.unmodifiableMap(copy);
    }

    public static SetDigest of(AnnotationSet set) {
        Map<String, Map<String, Integer>> spans = new TreeMap<>();
        for (SpanAnnotation span : set.getSpans()) {
            spans.computeIfAbsent(span.getLayer(), l -> new TreeMap<>()).merge(span.getLabel(), 1, Integer::sum);
        }
        return new SetDigest(set.getStatus(), spans);
    }

    /** The number of spans in the set. */
    public int total() {
        return spans.values().stream().flatMap(labels -> labels.values().stream()).mapToInt(Integer::intValue).sum();
    }
}
