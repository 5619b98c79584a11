package org.glossa.model.query;

import java.util.List;
import java.util.Optional;

import org.glossa.model.AttributeDefinition;
import org.glossa.model.AttributeKind;
import org.glossa.model.Layer;
import org.glossa.model.SpanAnnotation;

/**
 * The values an annotator can pick for a span's attribute, as the editor's keys and the properties part offer them:
 * the choices of an enumerated attribute (true/false for a flag), the value in effect (the span's own, else the
 * schema's default) and how a value reads ("direct (default)").
 */
public final class AttributeValues {
    private static final String DEFAULT_MARK = " (default)";

    private AttributeValues() {
    }

    /** Whether the attribute has a fixed list of values (a choice or a flag). */
    public static boolean isEnumerated(AttributeDefinition attribute) {
        return attribute.getKind() == AttributeKind.CHOICE || attribute.getKind() == AttributeKind.BOOLEAN;
    }

    /** The values of an enumerated attribute in the schema's order; empty for a free-text attribute. */
    public static List<String> choices(AttributeDefinition attribute) {
        return switch (attribute.getKind()) {
            case CHOICE -> List.copyOf(attribute.getChoices());
            case BOOLEAN -> List.of("true", "false");
            default -> List.of();
        };
    }

    /** The layer's first enumerated attribute (a quote's type, a claim's stance): the one the cycling keys change. */
    public static Optional<AttributeDefinition> firstEnumerated(Layer layer) {
        if (layer == null) {
            return Optional.empty();
        }
        return layer.getAttributes().stream().filter(AttributeValues::isEnumerated).findFirst();
    }

    /** The value in effect: the span's own, else the schema's default (null when neither is set). */
    public static String effective(SpanAnnotation span, AttributeDefinition attribute) {
        String own = span.getAttributes().get(attribute.getName());
        return own != null ? own : attribute.getDefaultValue();
    }

    /**
     * The value after (or before) the one in effect, wrapping around; the first (last) value when none is in
     * effect. Empty for a free-text attribute.
     */
    public static Optional<String> step(SpanAnnotation span, AttributeDefinition attribute, boolean forward) {
        List<String> choices = choices(attribute);
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        int current = choices.indexOf(effective(span, attribute));
        int next;
        if (current < 0) {
            next = forward ? 0 : choices.size() - 1;
        } else {
            next = Math.floorMod(current + (forward ? 1 : -1), choices.size());
        }
        return Optional.of(choices.get(next));
    }

    /** How the value reads in a list: the schema's default is marked so ("direct (default)"). */
    public static String display(AttributeDefinition attribute, String value) {
        return value != null && value.equals(attribute.getDefaultValue()) ? value + DEFAULT_MARK : value;
    }

    /** What an unset attribute shows: its default, marked so, or nothing when the schema has no default. */
    public static String unsetDisplay(AttributeDefinition attribute) {
        return attribute.getDefaultValue() == null ? "" : attribute.getDefaultValue() + DEFAULT_MARK;
    }
}
