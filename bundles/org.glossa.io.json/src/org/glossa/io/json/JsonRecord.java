package org.glossa.io.json;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.glossa.core.format.AnnotationImportException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One top-level JSON object of an input file with the line it starts on, and the checked field access that
 * every reader needs: each problem becomes an {@link AnnotationImportException} naming file and line.
 *
 * @param file   the file, for messages
 * @param line   the 1-based line where the object starts
 * @param object the object
 */
record JsonRecord(Path file, int line, JsonNode object) {

    AnnotationImportException problem(String what) {
        return new AnnotationImportException(file, line, what);
    }

    /** A string field of {@code node}; {@code where} names the node in messages (e.g. "entity 2"). */
    String requiredString(JsonNode node, String field, String where) throws AnnotationImportException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw problem(where + " has no \"" + field + "\"");
        }
        if (!value.isTextual()) {
            throw problem(where + ": \"" + field + "\" is " + kind(value) + ", not a string");
        }
        return value.textValue();
    }

    /** An integer field of {@code node} that fits in an int. */
    int requiredInt(JsonNode node, String field, String where) throws AnnotationImportException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw problem(where + " has no \"" + field + "\"");
        }
        return intValue(value, where + ": \"" + field + "\"");
    }

    int intValue(JsonNode value, String what) throws AnnotationImportException {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw problem(what + " is " + kind(value) + ", not an integer");
        }
        return value.intValue();
    }

    /** An array field, or an empty list when the field is absent or null. */
    List<JsonNode> optionalArray(JsonNode node, String field, String where) throws AnnotationImportException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw problem(where + ": \"" + field + "\" is " + kind(value) + ", not an array");
        }
        List<JsonNode> items = new ArrayList<>(value.size());
        value.forEach(items::add);
        return items;
    }

    /** An object field, or null when absent or null. */
    JsonNode optionalObject(JsonNode node, String field, String where) throws AnnotationImportException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw problem(where + ": \"" + field + "\" is " + kind(value) + ", not an object");
        }
        return value;
    }

    /** An id written as a string or a number, as its text; null when absent. */
    String optionalId(JsonNode node, String field, String where) throws AnnotationImportException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual() || value.isIntegralNumber()) {
            return value.asText();
        }
        throw problem(where + ": \"" + field + "\" is " + kind(value) + ", not a string or an integer");
    }

    /**
     * Adds {@code node}'s fields to {@code metadata} except the named ones: strings as they are, other values
     * as their JSON text.
     */
    static void collectMetadata(JsonNode node, Map<String, String> metadata, List<String> except) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!except.contains(field.getKey()) && !field.getValue().isNull()) {
                JsonNode value = field.getValue();
                metadata.put(field.getKey(), value.isTextual() ? value.textValue() : value.toString());
            }
        }
    }

    static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL, MISSING -> "null";
            default -> value.getNodeType().toString().toLowerCase();
        };
    }
}
