package org.glossa.core.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.glossa.model.AnnotationSchema;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.Layer;
import org.glossa.model.validation.AttributeValues;

/**
 * How another team's attribute names and values become the schema's, for an annotation import: {@code QuoteType=type}
 * reads the attribute {@code QuoteType} as {@code type}; {@code type:Direct=direct} reads the value {@code Direct} of
 * {@code type} as {@code direct}. Source names match exactly, else ignoring case (as unmapped names do); values match
 * exactly. Immutable.
 */
public final class AttributeMapping {
    public static final AttributeMapping NONE = new AttributeMapping(Map.of(), Map.of());

    /** source name → schema name */
    private final Map<String, String> names;
    /** schema attribute name → (source value → schema value) */
    private final Map<String, Map<String, String>> values;

    private AttributeMapping(Map<String, String> names, Map<String, Map<String, String>> values) {
        this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        values.forEach((attribute, byValue) -> copy.put(attribute, Map.copyOf(byValue)));
        this.values = Collections.unmodifiableMap(copy);
    }

    /**
     * Parses name mappings ({@code FROM=TO}) and value mappings ({@code ATTRIBUTE:FROM=TO}); each item may hold several,
     * separated by commas. A value mapping may name the attribute by its schema name or by a mapped source name.
     *
     * @throws IllegalArgumentException an item that is not of that form, or a name or value mapped two ways
     */
    public static AttributeMapping parse(List<String> nameMappings, List<String> valueMappings) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String item : items(nameMappings)) {
            String[] pair = pair(item, item, "FROM=TO, e.g. QuoteType=type");
            if ((pair[0] + pair[1]).codePoints().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("'" + item + "': attribute names have no spaces");
            }
            String previous = names.putIfAbsent(pair[0], pair[1]);
            if (previous != null && !previous.equals(pair[1])) {
                throw new IllegalArgumentException("attribute " + pair[0] + " is mapped to both " + previous + " and " + pair[1]);
            }
        }
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        for (String item : items(valueMappings)) {
            String form = "ATTRIBUTE:FROM=TO, e.g. type:Direct=direct";
            int colon = item.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("'" + item + "' is not " + form);
            }
            String attribute = item.substring(0, colon).strip();
            String[] pair = pair(item.substring(colon + 1), item, form);
            attribute = names.getOrDefault(attribute, attribute);
            String previous = values.computeIfAbsent(attribute, a -> new LinkedHashMap<>()).putIfAbsent(pair[0], pair[1]);
            if (previous != null && !previous.equals(pair[1])) {
                throw new IllegalArgumentException("value " + pair[0] + " of " + attribute + " is mapped to both "
                        + previous + " and " + pair[1]);
            }
        }
        return names.isEmpty() && values.isEmpty() ? NONE : new AttributeMapping(names, values);
    }

    /**
     * Checks the mapping against a schema before anything is read: each target attribute is defined by a layer, and
     * each target value is valid for it.
     *
     * @throws IllegalArgumentException naming the first target the schema does not have, and what it has
     */
    public void check(AnnotationSchema schema) {
        for (Map.Entry<String, String> name : names.entrySet()) {
            if (definitions(schema, name.getValue()).isEmpty()) {
                throw new IllegalArgumentException("--map-attribute " + name.getKey() + "=" + name.getValue()
                        + ": no layer defines an attribute '" + name.getValue() + "' (attributes: " + attributeNames(schema) + ")");
            }
        }
        values.forEach((attribute, byValue) -> {
            List<AttributeDefinition> definitions = definitions(schema, attribute);
            if (definitions.isEmpty()) {
                throw new IllegalArgumentException("--map-value " + attribute + ":…: no layer defines an attribute '"
                        + attribute + "' (attributes: " + attributeNames(schema) + ")");
            }
            byValue.forEach((from, to) -> {
                if (definitions.stream().noneMatch(d -> AttributeValues.isValid(d, to))) {
                    throw new IllegalArgumentException("--map-value " + attribute + ":" + from + "=" + to + ": '" + to
                            + "' is not a value of " + attribute + " (" + AttributeValues.describe(definitions.get(0)) + ")");
                }
            });
        });
    }

    public boolean isEmpty() {
        return names.isEmpty() && values.isEmpty();
    }

    /** The schema name a source attribute name is mapped to, if it is mapped. */
    public Optional<String> mappedName(String sourceName) {
        String exact = names.get(sourceName);
        if (exact != null) {
            return Optional.of(exact);
        }
        return names.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(sourceName)).map(Map.Entry::getValue)
                .findFirst();
    }

    /** The value to store for a source value of the schema attribute: its mapping, else the value itself. */
    public String value(String attribute, String sourceValue) {
        Map<String, String> byValue = values.get(attribute);
        return byValue == null ? sourceValue : byValue.getOrDefault(sourceValue, sourceValue);
    }

    /** The name mappings as given ({@code FROM=TO}), for reports. */
    public Map<String, String> names() {
        return names;
    }

    /** The value mappings by schema attribute ({@code FROM → TO}), for reports. */
    public Map<String, Map<String, String>> values() {
        return values;
    }

    private static List<AttributeDefinition> definitions(AnnotationSchema schema, String name) {
        List<AttributeDefinition> found = new ArrayList<>();
        for (Layer layer : schema.getLayers()) {
            ImportAnnotationsMapping.attribute(layer, name).ifPresent(found::add);
        }
        return found;
    }

    private static String attributeNames(AnnotationSchema schema) {
        List<String> all = new ArrayList<>();
        for (Layer layer : schema.getLayers()) {
            layer.getAttributes().forEach(a -> all.add(layer.getName() + "." + a.getName()));
        }
        return all.isEmpty() ? "none" : String.join(", ", all);
    }

    private static List<String> items(List<String> arguments) {
        List<String> items = new ArrayList<>();
        if (arguments != null) {
            for (String argument : arguments) {
                for (String item : argument.split(",")) {
                    if (!item.isBlank()) {
                        items.add(item.strip());
                    }
                }
            }
        }
        return items;
    }

    /** {@code FROM=TO} with both sides non-blank; {@code item} is named in the message. */
    private static String[] pair(String text, String item, String form) {
        int equals = text.indexOf('=');
        String from = equals < 0 ? "" : text.substring(0, equals).strip();
        String to = equals < 0 ? "" : text.substring(equals + 1).strip();
        if (from.isEmpty() || to.isEmpty()) {
            throw new IllegalArgumentException("'" + item + "' is not " + form);
        }
        return new String[] { from, to };
    }

    @Override
    public String toString() {
        return "names " + names + ", values " + values;
    }
}
