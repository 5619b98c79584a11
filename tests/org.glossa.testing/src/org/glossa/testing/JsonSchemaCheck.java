package org.glossa.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Validates JSON values against the schemas in {@code schemas/} (JSON Schema 2020-12). Implements the keywords those
 * schemas use and fails on any other, so a schema cannot silently check less than it says: type, enum, required,
 * properties, additionalProperties, items, prefixItems, minItems, maxItems, minimum, minLength, pattern and local
 * {@code $ref}s into {@code $defs}. Each keyword applies only to values of its kind, as the specification says.
 */
public final class JsonSchemaCheck {
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    private static final List<String> KNOWN = List.of("$schema", "title", "description", "$defs", "$ref", "type", "enum",
            "required", "properties", "additionalProperties", "items", "prefixItems", "minItems", "maxItems", "minimum",
            "minLength", "pattern");

    private final JsonNode root;

    private JsonSchemaCheck(JsonNode root) {
        this.root = root;
    }

    /** The schema {@code schemas/NAME.schema.json} beside the anchor class (in the anchor's bundle). */
    public static JsonSchemaCheck load(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream("schemas/" + name + ".schema.json")) {
            if (in == null) {
                throw new IllegalStateException("no schema " + name + " beside " + anchor.getName());
            }
            return new JsonSchemaCheck(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations of the value, each with its JSON pointer; empty when it is valid. */
    public List<String> violations(JsonNode value) {
        List<String> found = new ArrayList<>();
        check(root, value, "", found);
        return found;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> found) {
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            if (!KNOWN.contains(keyword.getKey())) {
                throw new IllegalArgumentException("the schema uses keyword " + keyword.getKey() + ", which this check does not know");
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local references: " + ref);
            }
            check(root.at(ref.substring(1)), value, at, found);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            found.add(at + ": " + describe(value) + " is not of type " + schema.get("type"));
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            found.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (value.isObject()) {
            checkObject(schema, value, at, found);
        } else if (value.isArray()) {
            checkArray(schema, value, at, found);
        } else if (value.isNumber() && schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
            found.add(at + ": " + value + " is less than " + schema.get("minimum"));
        } else if (value.isTextual()) {
            if (schema.has("minLength") && value.textValue().codePointCount(0, value.textValue().length()) < schema.get("minLength").intValue()) {
                found.add(at + ": \"" + value.textValue() + "\" is shorter than " + schema.get("minLength"));
            }
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").textValue()).matcher(value.textValue()).find()) {
                found.add(at + ": \"" + value.textValue() + "\" does not match " + schema.get("pattern"));
            }
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String at, List<String> found) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                found.add(at + ": missing \"" + required.asText() + "\"");
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String path = at + "/" + field.getKey();
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), path, found);
            } else if (additional != null && additional.isBoolean() && !additional.booleanValue()) {
                found.add(at + ": unexpected \"" + field.getKey() + "\"");
            } else if (additional != null && additional.isObject()) {
                check(additional, field.getValue(), path, found);
            }
        }
    }

    private void checkArray(JsonNode schema, JsonNode value, String at, List<String> found) {
        if (schema.has("minItems") && value.size() < schema.get("minItems").intValue()) {
            found.add(at + ": fewer than " + schema.get("minItems") + " items");
        }
        if (schema.has("maxItems") && value.size() > schema.get("maxItems").intValue()) {
            found.add(at + ": more than " + schema.get("maxItems") + " items");
        }
        JsonNode prefix = schema.path("prefixItems");
        for (int i = 0; i < value.size(); i++) {
            if (i < prefix.size()) {
                check(prefix.get(i), value.get(i), at + "/" + i, found);
            } else if (schema.has("items")) {
                check(schema.get("items"), value.get(i), at + "/" + i, found);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (typeMatches(one, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static boolean contains(JsonNode options, JsonNode value) {
        for (JsonNode option : options) {
            if (option.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
