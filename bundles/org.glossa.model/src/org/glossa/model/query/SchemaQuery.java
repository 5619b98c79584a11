package org.glossa.model.query;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.glossa.model.AnnotationSchema;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.LinkType;

/**
 * Look-ups by name in a schema; spans refer to layers and labels by name. Plain loops: validating a set looks up
 * every span's layer and label, and a stream per look-up was a twentieth of an export.
 */
public final class SchemaQuery {
    private SchemaQuery() {
    }

    public static Optional<Layer> layer(AnnotationSchema schema, String name) {
        if (schema == null || name == null) {
            return Optional.empty();
        }
        return named(schema.getLayers(), name, Layer::getName);
    }

    public static Optional<Label> label(Layer layer, String name) {
        return named(layer.getLabels(), name, Label::getName);
    }

    public static Optional<Label> label(AnnotationSchema schema, String layerName, String labelName) {
        return layer(schema, layerName).flatMap(layer -> label(layer, labelName));
    }

    public static Optional<LinkType> linkType(Layer layer, String name) {
        return named(layer.getLinkTypes(), name, LinkType::getName);
    }

    public static Optional<AttributeDefinition> attribute(Layer layer, String name) {
        return named(layer.getAttributes(), name, AttributeDefinition::getName);
    }

    /** The first element called {@code name} (none for a null name). */
    private static <T> Optional<T> named(List<T> elements, String name, Function<T, String> nameOf) {
        if (name != null) {
            for (T element : elements) {
                if (name.equals(nameOf.apply(element))) {
                    return Optional.of(element);
                }
            }
        }
        return Optional.empty();
    }
}
