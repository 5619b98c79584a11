package org.glossa.model.query;

import java.util.Optional;

import org.glossa.model.AnnotationSchema;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.LinkType;

/** Look-ups by name in a schema; spans refer to layers and labels by name. */
public final class SchemaQuery {
    private SchemaQuery() {
    }

    public static Optional<Layer> layer(AnnotationSchema schema, String name) {
        if (schema == null || name == null) {
            return Optional.empty();
        }
        return schema.getLayers().stream().filter(l -> name.equals(l.getName())).findFirst();
    }

    public static Optional<Label> label(Layer layer, String name) {
        return layer.getLabels().stream().filter(l -> name != null && name.equals(l.getName())).findFirst();
    }

    public static Optional<Label> label(AnnotationSchema schema, String layerName, String labelName) {
        return layer(schema, layerName).flatMap(layer -> label(layer, labelName));
    }

    public static Optional<LinkType> linkType(Layer layer, String name) {
        return layer.getLinkTypes().stream().filter(t -> name != null && name.equals(t.getName())).findFirst();
    }

    public static Optional<AttributeDefinition> attribute(Layer layer, String name) {
        return layer.getAttributes().stream().filter(a -> name != null && name.equals(a.getName())).findFirst();
    }
}
