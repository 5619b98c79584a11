package org.glossa.core.edit;

import java.util.ArrayList;
import java.util.List;

import org.glossa.model.AnnotationSchema;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.Layer;
import org.glossa.model.Link;
import org.glossa.model.LinkType;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;
import org.glossa.model.validation.AttributeValues;

/**
 * What a span loses when it moves to another layer, so that the set stays valid: its links of types the new
 * layer does not define, links of other spans that may not point at the new layer, and attributes the new
 * layer does not define (or whose value it does not accept).
 */
record LayerChangeLosses(List<Link> links, List<String> attributes) {

    static LayerChangeLosses of(AnnotationSchema schema, SpanIndex index, SpanAnnotation span, Layer newLayer) {
        List<Link> links = new ArrayList<>();
        for (Link link : span.getLinks()) {
            LinkType type = SchemaQuery.linkType(newLayer, link.getType()).orElse(null);
            if (type == null || link.getTarget() == null || !EditRules.targets(type, link.getTarget().getLayer())) {
                links.add(link);
            }
        }
        for (Link link : index.incomingLinks(span)) {
            SpanAnnotation source = (SpanAnnotation) link.eContainer();
            LinkType type = SchemaQuery.layer(schema, source.getLayer())
                    .flatMap(layer -> SchemaQuery.linkType(layer, link.getType())).orElse(null);
            if (type == null || !EditRules.targets(type, newLayer.getName())) {
                links.add(link);
            }
        }
        List<String> attributes = new ArrayList<>();
        span.getAttributes().forEach(entry -> {
            AttributeDefinition definition = SchemaQuery.attribute(newLayer, entry.getKey()).orElse(null);
            if (definition == null || !AttributeValues.isValid(definition, entry.getValue())) {
                attributes.add(entry.getKey());
            }
        });
        return new LayerChangeLosses(List.copyOf(links), List.copyOf(attributes));
    }

    static LayerChangeLosses none() {
        return new LayerChangeLosses(List.of(), List.of());
    }
}
