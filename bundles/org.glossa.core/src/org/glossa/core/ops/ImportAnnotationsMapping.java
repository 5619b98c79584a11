package org.glossa.core.ops;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.glossa.model.AnnotationSchema;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.LinkType;
import org.glossa.model.query.SchemaQuery;
import org.glossa.model.schema.SchemaBuilder;

/**
 * How another tool's type, attribute and relation names become Glossa's: a type that names a layer
 * (case-insensitively: {@code Quote}, {@code claim}) is a span of that layer with its first label; any other
 * type is a label of the import's layer. Relation names match a link type of the source span's layer
 * case-insensitively, so brat's {@code Speaker} is the {@code speaker} link.
 */
final class ImportAnnotationsMapping {
    /** Colours for labels an import adds; the first one not yet used in the schema is taken. */
    private static final String[] PALETTE = { "#e76f51", "#2a9d8f", "#f72585", "#4cc9f0", "#b5838d", "#ffb703",
            "#8338ec", "#3a86ff", "#06d6a0", "#ef476f", "#118ab2", "#9c6644" };

    /** Where a type goes. {@code missing}: the label is not in the layer yet. */
    record Placement(Layer layer, String label, boolean missing) {
    }

    private final AnnotationSchema schema;
    private final Layer defaultLayer;

    ImportAnnotationsMapping(AnnotationSchema schema, Layer defaultLayer) {
        this.schema = schema;
        this.defaultLayer = defaultLayer;
    }

    /** @return the placement, or empty when the type names a layer without labels */
    Optional<Placement> place(String type) {
        String name = type.strip();
        Optional<Layer> namedLayer = schema.getLayers().stream().filter(l -> l.getName().equalsIgnoreCase(name)).findFirst();
        if (namedLayer.isPresent()) {
            Layer layer = namedLayer.get();
            return layer.getLabels().isEmpty() ? Optional.empty()
                    : Optional.of(new Placement(layer, layer.getLabels().get(0).getName(), false));
        }
        String label = labelName(name);
        if (SchemaQuery.label(defaultLayer, label).isEmpty()) {
            // A label that exactly one other layer has (e.g. of a custom layer) goes back to that layer.
            List<Layer> owners = schema.getLayers().stream().filter(l -> SchemaQuery.label(l, label).isPresent()).toList();
            if (owners.size() == 1) {
                return Optional.of(new Placement(owners.get(0), label, false));
            }
        }
        return Optional.of(new Placement(defaultLayer, label, SchemaQuery.label(defaultLayer, label).isEmpty()));
    }

    /** Labels cannot hold white space; other tools' types may ({@code Person Name} becomes {@code Person_Name}). */
    static String labelName(String type) {
        return type.strip().replaceAll("\\s+", "_");
    }

    static Optional<AttributeDefinition> attribute(Layer layer, String name) {
        return SchemaQuery.attribute(layer, name)
                .or(() -> layer.getAttributes().stream().filter(a -> a.getName().equalsIgnoreCase(name)).findFirst());
    }

    static Optional<LinkType> linkType(Layer layer, String name) {
        return SchemaQuery.linkType(layer, name)
                .or(() -> layer.getLinkTypes().stream().filter(t -> t.getName().equalsIgnoreCase(name)).findFirst());
    }

    static boolean allowsTarget(LinkType type, String targetLayer) {
        return type.getTargetLayers().stream().anyMatch(l -> l.getName().equals(targetLayer));
    }

    /** Adds a label with an unused colour and no hot key. */
    static Label addLabel(AnnotationSchema schema, Layer layer, String name, String formatId) {
        Set<String> used = new TreeSet<>();
        schema.getLayers().forEach(l -> l.getLabels().forEach(label -> {
            if (label.getColor() != null) {
                used.add(label.getColor().toLowerCase(Locale.ROOT));
            }
        }));
        String color = PALETTE[used.size() % PALETTE.length];
        for (String candidate : PALETTE) {
            if (!used.contains(candidate)) {
                color = candidate;
                break;
            }
        }
        return SchemaBuilder.label(layer, name, color, null, "Added by an import of " + formatId + " annotations");
    }
}
