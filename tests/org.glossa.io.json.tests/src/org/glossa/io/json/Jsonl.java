package org.glossa.io.json;

import org.glossa.testing.JsonSchemaCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading what the exports wrote, and the checks every JSON Lines file must pass. */
final class Jsonl {
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private Jsonl() {
    }

    /**
     * The records of a JSON Lines file, after checking its form: UTF-8 without BOM, LF line ends (no CR), every line
     * one JSON object, the file ending in LF, non-ASCII characters not escaped.
     */
    static List<JsonNode> records(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertFalse(bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb, file + " has no BOM");
        String content = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(content.contains("\r"), file + " has no CR");
        Matcher escape = UNICODE_ESCAPE.matcher(content);
        while (escape.find()) {
            assertTrue(Integer.parseInt(escape.group(1), 16) < 0x80, file + " writes non-ASCII characters as they are");
        }
        List<JsonNode> records = new ArrayList<>();
        if (content.isEmpty()) {
            return records;
        }
        assertTrue(content.endsWith("\n"), file + " ends with LF");
        for (String line : content.substring(0, content.length() - 1).split("\n", -1)) {
            JsonNode node = JsonSupport.MAPPER.readTree(line);
            assertTrue(node.isObject(), "each line of " + file + " is one object: " + line);
            records.add(node);
        }
        return records;
    }

    /** Checks every record of the file against the schema. */
    static List<JsonNode> validRecords(Path file, String schema) throws IOException {
        JsonSchemaCheck check = JsonSchemaCheck.load(Jsonl.class, schema);
        List<JsonNode> records = records(file);
        for (int i = 0; i < records.size(); i++) {
            assertEquals(List.of(), check.violations(records.get(i)), file.getFileName() + " line " + (i + 1) + " follows " + schema);
        }
        return records;
    }

    /** The field names of an object in order. */
    static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** Python's {@code text[start:end]}: a slice in code points. */
    static String slice(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
