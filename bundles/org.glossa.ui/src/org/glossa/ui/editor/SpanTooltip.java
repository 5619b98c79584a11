package org.glossa.ui.editor;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.custom.StyledText;
import org.glossa.core.edit.SpanIndex;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.Layer;
import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;

/**
 * The hover text of a span: its label (in full, as its chip may show it abbreviated), layer, annotator, every
 * attribute of its layer (the schema's default, marked as such, when the span has none), its links with their
 * targets' text, links pointing at it, and its note. Made only when the pointer rests on a span.
 */
final class SpanTooltip {
    private SpanTooltip() {
    }

    static String describe(SpanAnnotation span, AnnotationSchema schema, SpanIndex index, StyledText text) {
        StringBuilder tip = new StringBuilder();
        tip.append(span.getLabel()).append("  —  layer ").append(span.getLayer()).append("  [").append(span.getBegin())
                .append('–').append(span.getEnd()).append(")\n");
        tip.append('"').append(StatusText.excerpt(text, span)).append("\"\n");
        String annotator = span.getSet() == null ? null : span.getSet().getAnnotator();
        tip.append("Annotator: ").append(annotator == null ? "?" : annotator);
        if (span.getCreatedBy() != null && !span.getCreatedBy().equals(annotator)) {
            tip.append(" (made by ").append(span.getCreatedBy()).append(')');
        }
        Layer layer = SchemaQuery.layer(schema, span.getLayer()).orElse(null);
        if (layer != null) {
            for (AttributeDefinition attribute : layer.getAttributes()) {
                String value = span.getAttributes().get(attribute.getName());
                tip.append('\n').append(attribute.getName()).append(": ");
                if (value != null) {
                    tip.append(value);
                } else if (attribute.getDefaultValue() != null) {
                    tip.append(attribute.getDefaultValue()).append(" (default)");
                } else {
                    tip.append("(not set)");
                }
            }
        }
        for (Map.Entry<String, String> extra : span.getAttributes()) {
            if (layer == null || SchemaQuery.attribute(layer, extra.getKey()).isEmpty()) {
                tip.append('\n').append(extra.getKey()).append(": ").append(extra.getValue());
            }
        }
        for (Link link : span.getLinks()) {
            SpanAnnotation target = link.getTarget();
            tip.append('\n').append(link.getType()).append(" → ");
            tip.append(target == null ? "(missing)" : target.getLabel() + " \"" + StatusText.excerpt(text, target) + '"');
        }
        List<Link> incoming = index == null ? List.of() : index.incomingLinks(span);
        for (Link link : incoming) {
            SpanAnnotation source = (SpanAnnotation) link.eContainer();
            tip.append('\n').append(link.getType()).append(" of ").append(source.getLabel()).append(" \"")
                    .append(StatusText.excerpt(text, source)).append('"');
        }
        if (span.getNote() != null && !span.getNote().isBlank()) {
            tip.append("\nNote: ").append(span.getNote());
        }
        return tip.toString();
    }
}
