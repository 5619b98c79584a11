package org.glossa.review.adjudication;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.glossa.core.edit.SpanTemplate;
import org.glossa.core.edit.SpanTemplate.IncomingLink;
import org.glossa.core.edit.SpanTemplate.LinkTemplate;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Layer;
import org.glossa.model.LinkType;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;

/**
 * Builds the templates that adopt annotators' spans into a gold set. A link's target is looked up in gold (the
 * same span, else an overlapping gold span of the same layer and label); when gold has nothing there yet, the
 * target comes along as a span of its own, so that accepting a quote brings its speaker.
 */
final class GoldTemplates {
    private final AnnotationSchema schema;
    private final AnnotationSet gold;
    private final List<SpanTemplate> templates = new ArrayList<>();
    private final Map<SpanKey, Integer> planned = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<SpanAnnotation> leaving;

    /** @param leaving gold spans the step removes: planned as if they were gone */
    GoldTemplates(AnnotationSchema schema, AnnotationSet gold, Collection<SpanAnnotation> leaving) {
        this.schema = schema;
        this.gold = gold;
        this.leaving = new HashSet<>(leaving);
    }

    /** Plans the span with the attributes; returns its template index. */
    int add(SpanAnnotation version, Map<String, String> attributes) {
        return add(SpanKey.of(version), attributes);
    }

    /** Plans a span at the key with the attributes; returns its template index (the same key is planned once). */
    int add(SpanKey key, Map<String, String> attributes) {
        Integer known = planned.get(key);
        if (known != null) {
            return known;
        }
        templates.add(new SpanTemplate(key.layer(), key.label(), key.begin(), key.end(), attributes, null, List.of()));
        planned.put(key, templates.size() - 1);
        return templates.size() - 1;
    }

    void setLinks(int index, List<LinkTemplate> links) {
        templates.set(index, templates.get(index).withLinks(links));
    }

    void setIncoming(int index, List<IncomingLink> incoming) {
        templates.set(index, templates.get(index).withIncoming(incoming));
    }

    /**
     * A link of the given type to the target's counterpart in gold: a planned span with the same key, the same
     * span in gold, an overlapping gold span with the same label, or (if allowed and nothing stands in the way)
     * the target itself, planned as a new span. Null, with a note, when none of these is possible.
     */
    LinkTemplate resolve(String type, SpanAnnotation target, boolean bringTarget) {
        SpanKey key = SpanKey.of(target);
        Integer plannedIndex = planned.get(key);
        if (plannedIndex != null) {
            return LinkTemplate.toTemplate(type, plannedIndex);
        }
        SpanAnnotation inGold = findInGold(key);
        if (inGold != null) {
            return LinkTemplate.toSpan(type, inGold);
        }
        if (!bringTarget) {
            notes.add(type + " link to " + target.getLabel() + " [" + target.getBegin() + ", " + target.getEnd()
                    + ") left out: its target is not in gold");
            return null;
        }
        if (blockedInGold(key)) {
            notes.add(type + " link to " + target.getLabel() + " [" + target.getBegin() + ", " + target.getEnd()
                    + ") left out: gold has a different span there");
            return null;
        }
        return LinkTemplate.toTemplate(type, add(target, target.getAttributes().map()));
    }

    /** Whether spans of the layer may have several links of the type (unknown types: as the validator, yes). */
    boolean allowsSeveral(String layer, String linkType) {
        return SchemaQuery.layer(schema, layer).flatMap(l -> SchemaQuery.linkType(l, linkType))
                .map(LinkType::isMultiple).orElse(true);
    }

    void note(String note) {
        notes.add(note);
    }

    /** Whether gold already holds exactly this span. */
    boolean inGold(SpanKey key) {
        return staying().anyMatch(s -> SpanKey.of(s).equals(key));
    }

    /** Gold spans of the layer overlapping the key, in a layer that forbids overlaps (they stand in the way). */
    List<SpanAnnotation> conflicts(SpanKey key) {
        Layer layer = SchemaQuery.layer(schema, key.layer()).orElse(null);
        List<SpanAnnotation> conflicts = new ArrayList<>();
        for (SpanAnnotation span : (Iterable<SpanAnnotation>) staying()::iterator) {
            SpanKey other = SpanKey.of(span);
            if (other.overlaps(key) && (layer == null || !layer.isAllowOverlap() || other.equals(key))) {
                conflicts.add(span);
            }
        }
        return conflicts;
    }

    List<SpanTemplate> templates() {
        return templates;
    }

    List<String> notes() {
        return notes;
    }

    private SpanAnnotation findInGold(SpanKey key) {
        SpanAnnotation overlapping = null;
        for (SpanAnnotation span : (Iterable<SpanAnnotation>) staying()::iterator) {
            SpanKey other = SpanKey.of(span);
            if (other.equals(key)) {
                return span;
            }
            if (overlapping == null && other.overlaps(key) && other.label().equals(key.label())) {
                overlapping = span;
            }
        }
        return overlapping;
    }

    private Stream<SpanAnnotation> staying() {
        return gold.getSpans().stream().filter(s -> !leaving.contains(s));
    }

    private boolean blockedInGold(SpanKey key) {
        return !conflicts(key).isEmpty();
    }
}
