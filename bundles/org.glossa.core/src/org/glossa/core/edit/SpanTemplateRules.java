package org.glossa.core.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glossa.model.AnnotationSchema;
import org.glossa.model.Layer;
import org.glossa.model.LinkType;
import org.glossa.model.SpanAnnotation;

/**
 * The checks of {@link EditingSession#replaceSpans} before anything changes: each template must be valid for the
 * schema, must not duplicate a span, overlap where its layer forbids it or collide with an earlier template, and its
 * links (outgoing and incoming) must be ones the schema allows. The first problem throws
 * {@link IllegalArgumentException}.
 */
final class SpanTemplateRules {
    private final AnnotationSchema schema;
    private final IndexedSet target;
    private final List<SpanTemplate> templates;
    /** Spans of the set that the same step removes: they neither collide nor can be linked. */
    private final Set<SpanAnnotation> ignored;

    private SpanTemplateRules(AnnotationSchema schema, IndexedSet target, List<SpanTemplate> templates,
            Set<SpanAnnotation> ignored) {
        this.schema = schema;
        this.target = target;
        this.templates = templates;
        this.ignored = ignored;
    }

    static void check(AnnotationSchema schema, IndexedSet target, List<SpanTemplate> templates,
            Set<SpanAnnotation> ignored) {
        SpanTemplateRules rules = new SpanTemplateRules(schema, target, templates, ignored);
        for (int i = 0; i < templates.size(); i++) {
            rules.check(i);
        }
    }

    private void check(int i) {
        SpanTemplate template = templates.get(i);
        Layer layer = EditRules.layer(schema, template.layer());
        EditRules.label(layer, template.label());
        EditRules.range(target.document(), template.begin(), template.end());
        checkAgainstSet(template, layer);
        for (Map.Entry<String, String> attribute : template.attributes().entrySet()) {
            EditRules.attributeValue(EditRules.attribute(layer, attribute.getKey()), attribute.getValue());
        }
        checkAgainstEarlierTemplates(i, template, layer);
        checkLinks(i, template, layer);
        checkIncoming(template);
    }

    private void checkAgainstSet(SpanTemplate template, Layer layer) {
        for (SpanAnnotation other : target.index().overlapping(template.begin(), template.end())) {
            if (ignored.contains(other) || !other.getLayer().equals(template.layer())) {
                continue;
            }
            boolean duplicate = other.getBegin() == template.begin() && other.getEnd() == template.end()
                    && other.getLabel().equals(template.label());
            if (duplicate || !layer.isAllowOverlap()) {
                throw new IllegalArgumentException("[" + template.begin() + ", " + template.end() + ") "
                        + (duplicate ? "is already annotated as " + template.label() : "would overlap span "
                                + EditRules.describe(other) + ", but layer " + layer.getName()
                                + " does not allow overlapping spans"));
            }
        }
    }

    private void checkAgainstEarlierTemplates(int i, SpanTemplate template, Layer layer) {
        for (int j = 0; j < i; j++) {
            SpanTemplate other = templates.get(j);
            boolean overlapping = other.begin() < template.end() && template.begin() < other.end();
            boolean duplicate = other.begin() == template.begin() && other.end() == template.end()
                    && other.label().equals(template.label());
            if (other.layer().equals(template.layer()) && (duplicate || overlapping && !layer.isAllowOverlap())) {
                throw new IllegalArgumentException("the spans to create [" + other.begin() + ", " + other.end()
                        + ") and [" + template.begin() + ", " + template.end() + ") collide in layer " + layer.getName());
            }
        }
    }

    private void checkLinks(int i, SpanTemplate template, Layer layer) {
        Map<String, Integer> linksPerType = new HashMap<>();
        for (SpanTemplate.LinkTemplate link : template.links()) {
            LinkType type = EditRules.linkType(layer, link.type());
            String targetLayer;
            if (link.existing() != null) {
                if (link.existing().getSet() != target.set() || ignored.contains(link.existing())) {
                    throw new IllegalArgumentException("link target " + EditRules.describe(link.existing())
                            + " is not a span that stays in the set the spans are created in");
                }
                targetLayer = link.existing().getLayer();
            } else if (link.templateIndex() < templates.size() && link.templateIndex() != i) {
                targetLayer = templates.get(link.templateIndex()).layer();
            } else {
                throw new IllegalArgumentException("link " + link.type() + " of span " + i + " points at template "
                        + link.templateIndex() + ", which is not another span of this request");
            }
            if (!EditRules.targets(type, targetLayer)) {
                throw new IllegalArgumentException("a " + type.getName() + " link cannot point at a span of layer "
                        + targetLayer);
            }
            if (linksPerType.merge(type.getName(), 1, Integer::sum) > 1 && !type.isMultiple()) {
                throw new IllegalArgumentException("a span may have one " + type.getName() + " link only");
            }
        }
    }

    private void checkIncoming(SpanTemplate template) {
        for (SpanTemplate.IncomingLink link : template.incoming()) {
            SpanAnnotation source = link.source();
            if (source.getSet() != target.set() || ignored.contains(source)) {
                throw new IllegalArgumentException("link source " + EditRules.describe(source)
                        + " is not a span that stays in the set the spans are created in");
            }
            LinkType type = EditRules.linkType(EditRules.layer(schema, source.getLayer()), link.type());
            if (!EditRules.targets(type, template.layer())) {
                throw new IllegalArgumentException("a " + type.getName() + " link cannot point at a span of layer "
                        + template.layer());
            }
            boolean hasOne = source.getLinks().stream().anyMatch(l -> l.getType().equals(link.type())
                    && !ignored.contains(l.getTarget()));
            if (hasOne && !type.isMultiple()) {
                throw new IllegalArgumentException("span " + EditRules.describe(source) + " has a " + type.getName()
                        + " link already");
            }
        }
    }
}
