package org.glossa.io.conll;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.glossa.core.format.ExportException;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;

/** Which of a layer's overlapping or nested spans a token format keeps (it can hold only one per token). */
enum NestingPolicy {
    /** Enclosing spans win; of two crossing spans the earlier one. */
    OUTERMOST,
    /** Enclosed spans win; of two crossing spans the one that ends first. */
    INNERMOST,
    /** Longer spans win; ties go to the earlier one. */
    LONGEST;

    static NestingPolicy parse(String value) throws ExportException {
        for (NestingPolicy policy : values()) {
            if (policy.name().toLowerCase(Locale.ROOT).equals(value)) {
                return policy;
            }
        }
        throw new ExportException("option nested=" + value + " is not one of outermost, innermost, longest");
    }

    /** The spans kept, none overlapping another, in document order. */
    List<SpanAnnotation> keep(List<SpanAnnotation> spans) {
        List<SpanAnnotation> candidates = new ArrayList<>(spans);
        candidates.sort(Spans.DOCUMENT_ORDER); // cheap: an export's spans come in document order
        if (!anyOverlap(candidates)) {
            return candidates; // every policy keeps them all (searching the kept ones was 8% of a warm CoNLL export)
        }
        switch (this) {
            case OUTERMOST -> candidates.sort(Spans.DOCUMENT_ORDER);
            case INNERMOST -> candidates.sort(Comparator.comparingInt(SpanAnnotation::getEnd)
                    .thenComparing(Comparator.comparingInt(SpanAnnotation::getBegin).reversed())
                    .thenComparing(Spans.DOCUMENT_ORDER));
            case LONGEST -> candidates.sort(Comparator.comparingInt((SpanAnnotation s) -> s.getBegin() - s.getEnd())
                    .thenComparing(Spans.DOCUMENT_ORDER));
        }
        TreeMap<Integer, Integer> kept = new TreeMap<>(); // begin -> end of the spans kept so far
        List<SpanAnnotation> result = new ArrayList<>();
        for (SpanAnnotation span : candidates) {
            if (span.getBegin() == span.getEnd() || !overlapsAny(kept, span.getBegin(), span.getEnd())) {
                if (span.getBegin() < span.getEnd()) {
                    kept.put(span.getBegin(), span.getEnd());
                }
                result.add(span);
            }
        }
        result.sort(Spans.DOCUMENT_ORDER);
        return result;
    }

    /** Whether two spans that are not empty overlap; {@code spans} in document order. */
    private static boolean anyOverlap(List<SpanAnnotation> spans) {
        int end = Integer.MIN_VALUE;
        for (SpanAnnotation span : spans) {
            if (span.getBegin() < span.getEnd()) {
                if (span.getBegin() < end) {
                    return true;
                }
                end = Math.max(end, span.getEnd());
            }
        }
        return false;
    }

    private static boolean overlapsAny(TreeMap<Integer, Integer> kept, int begin, int end) {
        Map.Entry<Integer, Integer> before = kept.floorEntry(begin);
        if (before != null && before.getValue() > begin) {
            return true;
        }
        Map.Entry<Integer, Integer> after = kept.ceilingEntry(begin);
        return after != null && after.getKey() < end;
    }
}
