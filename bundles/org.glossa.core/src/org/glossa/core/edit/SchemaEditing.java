package org.glossa.core.edit;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.AttributeKind;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.GlossaPackage;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.LinkType;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;

/**
 * Undoable changes of the project's annotation schema, run through the session's command stack; each announces
 * {@code ModelChange(null, -1, -1, SCHEMA)}. Invalid requests throw {@link IllegalArgumentException}.
 */
public final class SchemaEditing {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** Hot keys are one key: a digit 1-9 or a letter. */
    private static final Pattern HOT_KEY = Pattern.compile("[1-9]|\\p{L}");

    private final EditingSession session;

    public SchemaEditing(EditingSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    public Layer addLayer(String name, boolean allowOverlap) {
        requireName("layer", name);
        if (SchemaQuery.layer(schema(), name).isPresent()) {
            throw new IllegalArgumentException("the schema already has a layer " + name);
        }
        Layer layer = GlossaFactory.eINSTANCE.createLayer();
        layer.setName(name);
        layer.setAllowOverlap(allowOverlap);
        session.execute(new AddSchemaElementCommand("Add layer " + name, schema(),
                GlossaPackage.Literals.ANNOTATION_SCHEMA__LAYERS, layer));
        return layer;
    }

    /** Adds a label; its name is unique in the layer, its colour is #rrggbb, its hot key (if any) unique in the schema. */
    public Label addLabel(Layer layer, String name, String color, String hotKeyOrNull) {
        requireLayer(layer);
        requireLabelName(layer, name, null);
        requireColor(color);
        String hotKey = hotKey(hotKeyOrNull, null);
        Label label = GlossaFactory.eINSTANCE.createLabel();
        label.setName(name);
        label.setColor(color);
        label.setHotKey(hotKey);
        session.execute(new AddSchemaElementCommand("Add label " + name, layer, GlossaPackage.Literals.LAYER__LABELS,
                label));
        return label;
    }

    /** Renames the label in the schema and in every annotation set of the project (all annotators and gold). */
    public void renameLabel(Label label, String newName) {
        Layer layer = requireLabel(label);
        if (label.getName().equals(newName)) {
            return;
        }
        requireLabelName(layer, newName, label);
        session.execute(RenameCommand.label(session.store(), label, newName));
    }

    /** Renames the layer in the schema and in every annotation set of the project (all annotators and gold). */
    public void renameLayer(Layer layer, String newName) {
        requireLayer(layer);
        if (layer.getName().equals(newName)) {
            return;
        }
        requireName("layer", newName);
        if (SchemaQuery.layer(schema(), newName).isPresent()) {
            throw new IllegalArgumentException("the schema already has a layer " + newName);
        }
        session.execute(RenameCommand.layer(session.store(), layer, newName));
    }

    public void setColor(Label label, String color) {
        requireLabel(label);
        requireColor(color);
        if (!color.equals(label.getColor())) {
            session.execute(new SetFeatureCommand("Change colour of " + label.getName(), label,
                    GlossaPackage.Literals.LABEL__COLOR, color, List.of(ModelChange.projectWide())));
        }
    }

    /** Sets or (with null or blank) removes the label's hot key. */
    public void setHotKey(Label label, String hotKeyOrNull) {
        requireLabel(label);
        String hotKey = hotKey(hotKeyOrNull, label);
        if (!Objects.equals(hotKey, label.getHotKey())) {
            session.execute(new SetFeatureCommand("Change hot key of " + label.getName(), label,
                    GlossaPackage.Literals.LABEL__HOT_KEY, hotKey, List.of(ModelChange.projectWide())));
        }
    }

    /**
     * Deletes a label that no span uses.
     *
     * @throws IllegalStateException naming how many spans in how many documents use it, when any does
     */
    public void deleteLabel(Label label) {
        Layer layer = requireLabel(label);
        Usage usage = usage(session.store(), layer.getName(), label.getName());
        if (usage.spans() > 0) {
            throw new IllegalStateException("label " + label.getName() + " of layer " + layer.getName() + " is used by "
                    + usage.spans() + (usage.spans() == 1 ? " span" : " spans") + " in " + usage.documents()
                    + (usage.documents() == 1 ? " document" : " documents"));
        }
        session.execute(new RemoveSchemaElementCommand("Delete label " + label.getName(), label));
    }

    /** Adds an attribute definition; {@code choices} are required for (and only allowed with) {@link AttributeKind#CHOICE}. */
    public AttributeDefinition addAttribute(Layer layer, String name, AttributeKind kind, List<String> choices) {
        requireLayer(layer);
        requireName("attribute", name);
        Objects.requireNonNull(kind, "kind");
        if (SchemaQuery.attribute(layer, name).isPresent()) {
            throw new IllegalArgumentException("layer " + layer.getName() + " already has an attribute " + name);
        }
        List<String> values = choices == null ? List.of() : List.copyOf(choices);
        if (kind == AttributeKind.CHOICE) {
            if (values.isEmpty() || values.stream().anyMatch(String::isBlank) || new HashSet<>(values).size() != values.size()) {
                throw new IllegalArgumentException("a choice attribute needs distinct, non-blank choices");
            }
        } else if (!values.isEmpty()) {
            throw new IllegalArgumentException("only choice attributes have choices, not " + kind.getLiteral() + " ones");
        }
        AttributeDefinition attribute = GlossaFactory.eINSTANCE.createAttributeDefinition();
        attribute.setName(name);
        attribute.setKind(kind);
        attribute.getChoices().addAll(values);
        session.execute(new AddSchemaElementCommand("Add attribute " + name, layer,
                GlossaPackage.Literals.LAYER__ATTRIBUTES, attribute));
        return attribute;
    }

    /** Adds a link type from spans of {@code layer} to spans of the target layers. */
    public LinkType addLinkType(Layer layer, String name, boolean multiple, List<Layer> targets) {
        requireLayer(layer);
        requireName("link type", name);
        if (SchemaQuery.linkType(layer, name).isPresent()) {
            throw new IllegalArgumentException("layer " + layer.getName() + " already has a link type " + name);
        }
        if (targets == null || targets.isEmpty()) {
            throw new IllegalArgumentException("link type " + name + " needs at least one target layer");
        }
        targets.forEach(this::requireLayer);
        LinkType linkType = GlossaFactory.eINSTANCE.createLinkType();
        linkType.setName(name);
        linkType.setMultiple(multiple);
        linkType.getTargetLayers().addAll(new LinkedHashSet<>(targets));
        session.execute(new AddSchemaElementCommand("Add link type " + name, layer,
                GlossaPackage.Literals.LAYER__LINK_TYPES, linkType));
        return linkType;
    }

    /**
     * Lets spans have several links of the type (a quote several speakers) or only one. Going back to one is
     * refused while any span has several, since that would make saved annotations invalid.
     *
     * @throws IllegalStateException naming how many spans have several such links, when going back to one
     */
    public void setMultiple(LinkType linkType, boolean multiple) {
        if (linkType == null || !(linkType.eContainer() instanceof Layer layer)) {
            throw new IllegalArgumentException("the link type is not part of the project's schema");
        }
        requireLayer(layer);
        if (linkType.isMultiple() == multiple) {
            return;
        }
        if (!multiple) {
            int spans = spansWithSeveralLinks(session.store(), layer.getName(), linkType.getName());
            if (spans > 0) {
                throw new IllegalStateException(spans + (spans == 1 ? " span of layer " + layer.getName() + " has"
                        : " spans of layer " + layer.getName() + " have") + " several " + linkType.getName()
                        + " links; remove all but one first");
            }
        }
        session.execute(new SetFeatureCommand((multiple ? "Allow several " : "Allow one ") + linkType.getName() + " link"
                + (multiple ? "s" : ""), linkType, GlossaPackage.Literals.LINK_TYPE__MULTIPLE, multiple,
                List.of(ModelChange.projectWide())));
    }

    private static int spansWithSeveralLinks(ProjectStore store, String layer, String linkType) {
        int spans = 0;
        for (Document document : List.copyOf(store.project().getDocuments())) {
            for (String annotator : store.annotatorsOf(document)) {
                try {
                    for (SpanAnnotation span : store.annotations(document, annotator).getSpans()) {
                        if (layer.equals(span.getLayer())
                                && span.getLinks().stream().filter(l -> linkType.equals(l.getType())).count() > 1) {
                            spans++;
                        }
                    }
                } catch (DamagedFileException e) {
                    // reported in store.problems()
                }
            }
            store.releaseUnmodifiedSets();
        }
        return spans;
    }

    /** How many spans use the label, across every annotation set of the project (all annotators and gold). */
    public static int usages(ProjectStore store, String layer, String label) {
        return usage(store, layer, label).spans();
    }

    private record Usage(int spans, int documents) {
    }

    /** Reads every set (letting go of unmodified ones as it goes, like the statistics); damaged files count as unused. */
    private static Usage usage(ProjectStore store, String layer, String label) {
        int spans = 0;
        int documents = 0;
        for (Document document : List.copyOf(store.project().getDocuments())) {
            int inDocument = 0;
            for (String annotator : store.annotatorsOf(document)) {
                try {
                    for (SpanAnnotation span : store.annotations(document, annotator).getSpans()) {
                        if (layer.equals(span.getLayer()) && label.equals(span.getLabel())) {
                            inDocument++;
                        }
                    }
                } catch (DamagedFileException e) {
                    // reported in store.problems()
                }
            }
            store.releaseUnmodifiedSets();
            spans += inDocument;
            documents += inDocument > 0 ? 1 : 0;
        }
        return new Usage(spans, documents);
    }

    private AnnotationSchema schema() {
        return session.store().schema();
    }

    private void requireLayer(Layer layer) {
        if (layer == null || layer.eContainer() != schema()) {
            throw new IllegalArgumentException("layer " + (layer == null ? "null" : layer.getName())
                    + " is not part of the project's schema");
        }
    }

    /** The label's layer, after checking that the label is part of the schema. */
    private Layer requireLabel(Label label) {
        if (label == null || !(label.eContainer() instanceof Layer layer)) {
            throw new IllegalArgumentException("label " + (label == null ? "null" : label.getName())
                    + " is not part of the project's schema");
        }
        requireLayer(layer);
        return layer;
    }

    private static void requireName(String what, String name) {
        if (name == null || name.isBlank() || !name.strip().equals(name)) {
            throw new IllegalArgumentException("a " + what + " name must be non-empty, without spaces at either end: '"
                    + name + "'");
        }
    }

    private static void requireLabelName(Layer layer, String name, Label ignored) {
        if (name == null || name.isEmpty() || name.codePoints().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a label name must be non-empty and without spaces: '" + name + "'");
        }
        SchemaQuery.label(layer, name).filter(existing -> existing != ignored).ifPresent(existing -> {
            throw new IllegalArgumentException("layer " + layer.getName() + " already has a label " + name);
        });
    }

    private static void requireColor(String color) {
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("colour '" + color + "' is not of the form #rrggbb");
        }
    }

    /** The normalised hot key (null for none), after checking it is one key and not taken by another label. */
    private String hotKey(String hotKeyOrNull, Label ignored) {
        if (hotKeyOrNull == null || hotKeyOrNull.isBlank()) {
            return null;
        }
        if (!HOT_KEY.matcher(hotKeyOrNull).matches()) {
            throw new IllegalArgumentException("hot key '" + hotKeyOrNull + "' must be one digit 1-9 or one letter");
        }
        String key = hotKeyOrNull.toLowerCase(Locale.ROOT);
        for (Layer layer : schema().getLayers()) {
            for (Label label : layer.getLabels()) {
                if (label != ignored && label.getHotKey() != null
                        && label.getHotKey().toLowerCase(Locale.ROOT).equals(key)) {
                    throw new IllegalArgumentException("hot key '" + hotKeyOrNull + "' is already used by label "
                            + label.getName() + " of layer " + layer.getName());
                }
            }
        }
        return hotKeyOrNull;
    }
}
