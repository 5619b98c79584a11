package org.glossa.model.schema;

import java.util.List;

import org.glossa.model.AnnotationSchema;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.AttributeKind;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.LinkType;

/** Small fluent helpers for building schemas in code (defaults, tests, importers adding labels). */
public final class SchemaBuilder {
    private static final GlossaFactory FACTORY = GlossaFactory.eINSTANCE;

    private SchemaBuilder() {
    }

    public static Layer layer(AnnotationSchema schema, String name, String description, boolean allowOverlap) {
        Layer layer = FACTORY.createLayer();
        layer.setName(name);
        layer.setDescription(description);
        layer.setAllowOverlap(allowOverlap);
        schema.getLayers().add(layer);
        return layer;
    }

    public static Label label(Layer layer, String name, String color, String hotKey, String description) {
        Label label = FACTORY.createLabel();
        label.setName(name);
        label.setColor(color);
        label.setHotKey(hotKey);
        label.setDescription(description);
        layer.getLabels().add(label);
        return label;
    }

    public static AttributeDefinition choice(Layer layer, String name, String defaultValue, List<String> choices) {
        AttributeDefinition attribute = attribute(layer, name, AttributeKind.CHOICE);
        attribute.getChoices().addAll(choices);
        attribute.setDefaultValue(defaultValue);
        return attribute;
    }

    public static AttributeDefinition attribute(Layer layer, String name, AttributeKind kind) {
        AttributeDefinition attribute = FACTORY.createAttributeDefinition();
        attribute.setName(name);
        attribute.setKind(kind);
        layer.getAttributes().add(attribute);
        return attribute;
    }

    public static LinkType link(Layer layer, String name, boolean multiple, Layer... targets) {
        LinkType linkType = FACTORY.createLinkType();
        linkType.setName(name);
        linkType.setMultiple(multiple);
        linkType.getTargetLayers().addAll(List.of(targets));
        layer.getLinkTypes().add(linkType);
        return linkType;
    }
}
