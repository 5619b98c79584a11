package org.glossa.model.query;

import java.util.Comparator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.glossa.model.AnnotationSet;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Link;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;

/** Creating spans with set-unique ids, and reading them. */
public final class Spans {
    /** Document order: by begin, longer spans first, then layer and label for a stable order. */
    public static final Comparator<SpanAnnotation> DOCUMENT_ORDER = Comparator.comparingInt(SpanAnnotation::getBegin)
            .thenComparing(Comparator.comparingInt(SpanAnnotation::getEnd).reversed())
            .thenComparing(SpanAnnotation::getLayer, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SpanAnnotation::getLabel, Comparator.nullsFirst(Comparator.naturalOrder()));

    private Spans() {
    }

    /** Adds a new span to the set; its id is unique within the set and never reused. */
    public static SpanAnnotation add(AnnotationSet set, String layer, String label, int begin, int end, String author,
            Origin origin) {
        SpanAnnotation span = GlossaFactory.eINSTANCE.createSpanAnnotation();
        span.setId(nextId(set));
        span.setLayer(layer);
        span.setLabel(label);
        span.setBegin(begin);
        span.setEnd(end);
        span.setCreatedBy(author);
        span.setCreatedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        span.setOrigin(origin);
        set.getSpans().add(span);
        return span;
    }

    public static String nextId(AnnotationSet set) {
        int number = Math.max(1, set.getNextSpanNumber());
        set.setNextSpanNumber(number + 1);
        return "s" + number;
    }

    public static Link link(SpanAnnotation source, String type, SpanAnnotation target) {
        Link link = GlossaFactory.eINSTANCE.createLink();
        link.setType(type);
        link.setTarget(target);
        source.getLinks().add(link);
        return link;
    }

    public static String coveredText(SpanAnnotation span, String text) {
        return text.substring(span.getBegin(), span.getEnd());
    }
}
