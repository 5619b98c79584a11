package org.glossa.core.edit;

import java.util.stream.Collectors;

import org.glossa.model.AnnotationSchema;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.Document;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.LinkType;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;
import org.glossa.model.validation.AttributeValues;

/**
 * The checks an edit must pass before it becomes a command; each failure is an IllegalArgumentException whose
 * message says what is wrong in the user's terms. The same rules as {@link
 * org.glossa.model.validation.ModelValidator}, checked per edit so that nothing invalid reaches a save.
 */
final class EditRules {
    private EditRules() {
    }

    static Layer layer(AnnotationSchema schema, String name) {
        return SchemaQuery.layer(schema, name).orElseThrow(() -> new IllegalArgumentException("layer '" + name
                + "' is not in the schema (it has " + names(schema) + ")"));
    }

    static Label label(Layer layer, String name) {
        return SchemaQuery.label(layer, name).orElseThrow(() -> new IllegalArgumentException("label '" + name
                + "' is not in layer " + layer.getName() + " (it has "
                + layer.getLabels().stream().map(Label::getName).collect(Collectors.joining(", ")) + ")"));
    }

    static LinkType linkType(Layer layer, String name) {
        return SchemaQuery.linkType(layer, name).orElseThrow(() -> new IllegalArgumentException("link type '" + name
                + "' is not defined in layer " + layer.getName() + (layer.getLinkTypes().isEmpty() ? ", which has none"
                        : " (it has " + layer.getLinkTypes().stream().map(LinkType::getName)
                                .collect(Collectors.joining(", ")) + ")")));
    }

    static AttributeDefinition attribute(Layer layer, String name) {
        return SchemaQuery.attribute(layer, name).orElseThrow(() -> new IllegalArgumentException("attribute '" + name
                + "' is not defined in layer " + layer.getName()));
    }

    static void attributeValue(AttributeDefinition definition, String valueOrNull) {
        if (!AttributeValues.isValid(definition, valueOrNull)) {
            throw new IllegalArgumentException(valueOrNull == null
                    ? "attribute '" + definition.getName() + "' is required and cannot be removed"
                    : "'" + valueOrNull + "' is not a valid value for attribute '" + definition.getName() + "' ("
                            + AttributeValues.describe(definition) + ")");
        }
    }

    /** A span range must be non-empty and inside the text. */
    static void range(Document document, int begin, int end) {
        if (begin < 0 || begin >= end || end > document.getTextLength()) {
            throw new IllegalArgumentException("[" + begin + ", " + end + ") is not a non-empty range inside the text of "
                    + document.getId() + " (length " + document.getTextLength() + ")");
        }
    }

    /** No second span with the same layer, label and range (it would be invisible and count twice). */
    static void noDuplicate(SpanIndex index, String layer, String label, int begin, int end, SpanAnnotation ignored) {
        for (SpanAnnotation other : index.withRange(begin, end)) {
            if (other != ignored && layer.equals(other.getLayer()) && label.equals(other.getLabel())) {
                throw new IllegalArgumentException("span " + describe(other) + " already covers [" + begin + ", "
                        + end + ") with that label");
            }
        }
    }

    /** In a layer that forbids overlaps, the range must not touch another span of the layer. */
    static void noOverlap(SpanIndex index, Layer layer, int begin, int end, SpanAnnotation ignored) {
        SpanAnnotation other = firstOverlap(index, layer, begin, end, ignored);
        if (other != null) {
            throw new IllegalArgumentException("[" + begin + ", " + end + ") would overlap span " + describe(other)
                    + ", but layer " + layer.getName() + " does not allow overlapping spans");
        }
    }

    static SpanAnnotation firstOverlap(SpanIndex index, Layer layer, int begin, int end, SpanAnnotation ignored) {
        if (layer.isAllowOverlap()) {
            return null;
        }
        for (SpanAnnotation other : index.overlapping(begin, end)) {
            if (other != ignored && layer.getName().equals(other.getLayer())) {
                return other;
            }
        }
        return null;
    }

    /** Whether a link of {@code type} may point at a span of {@code targetLayer}. */
    static boolean targets(LinkType type, String targetLayer) {
        return type.getTargetLayers().stream().anyMatch(l -> l.getName().equals(targetLayer));
    }

    /** The type of a new link from source to target: both in one set, not the same span, a target the type allows. */
    static LinkType link(AnnotationSchema schema, SpanAnnotation source, String linkType, SpanAnnotation target) {
        if (target.getSet() != source.getSet()) {
            throw new IllegalArgumentException("links stay within one annotation set: span " + describe(target)
                    + " belongs to another set");
        }
        if (target == source) {
            throw new IllegalArgumentException("span " + describe(source) + " cannot link to itself");
        }
        LinkType type = linkType(layer(schema, source.getLayer()), linkType);
        if (!targets(type, target.getLayer())) {
            throw new IllegalArgumentException("a '" + linkType + "' link of layer " + source.getLayer()
                    + " points at " + String.join(" or ", type.getTargetLayers().stream().map(Layer::getName).toList())
                    + " spans, not at " + describe(target));
        }
        return type;
    }

    static String describe(SpanAnnotation span) {
        return span.getId() + " (" + span.getLayer() + " " + span.getLabel() + " [" + span.getBegin() + ", "
                + span.getEnd() + "))";
    }

    private static String names(AnnotationSchema schema) {
        return schema.getLayers().stream().map(Layer::getName).collect(Collectors.joining(", "));
    }
}
