package org.glossa.core.ops;

import java.util.EnumMap;
import java.util.Map;

import org.glossa.model.AnnotationStatus;

/**
 * How many documents an annotator has in each status, kept up to date one document at a time: a corpus view counts
 * once, then moves a document from its old status to its new one when it changes.
 */
public final class StatusTally {
    private final Map<AnnotationStatus, Integer> counts = new EnumMap<>(AnnotationStatus.class);

    /** Counts one more document in {@code status}. */
    public void add(AnnotationStatus status) {
        counts.merge(status, 1, Integer::sum);
    }

    /** A counted document changed from {@code from} to {@code to}. */
    public void move(AnnotationStatus from, AnnotationStatus to) {
        if (from == to) {
            return;
        }
        counts.merge(from, -1, Integer::sum);
        add(to);
    }

    public int count(AnnotationStatus status) {
        return counts.getOrDefault(status, 0);
    }

    /** The documents counted. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
