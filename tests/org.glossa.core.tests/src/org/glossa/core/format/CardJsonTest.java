package org.glossa.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

class CardJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertEquals("\"say \\\"hi\\\"\"", CardJson.write("say \"hi\""));
        assertEquals("\"C:\\\\texts\\\\a.txt\"", CardJson.write("C:\\texts\\a.txt"));
        assertEquals("\"a\\u000ab\\u0009c\\u000dd\\u0000e\\u001f\"", CardJson.write("a\nb\tc\rd\u0000e\u001f"));
        assertEquals("\"\\u2028\\u2029\"", CardJson.write("\u2028\u2029"), "JavaScript line ends");
        assertEquals("\"/ \u007f\"", CardJson.write("/ \u007f"), "slash and DEL need no escape");
        assertEquals("{\n  \"a\\u000ab\": 1\n}", CardJson.write(Map.of("a\nb", 1)), "keys are escaped too");
    }

    @Test
    void koreanChineseAndEmojiAreWrittenAsTheyAre() throws Exception {
        String text = "서울 시장 said 你好 😀 𠮷";
        String quoted = CardJson.write(text);
        assertEquals("\"" + text + "\"", quoted);
        assertEquals(text, JSON.readTree(quoted).asText());
        // The emoji's surrogate pair stays a pair: valid UTF-8 when encoded.
        byte[] utf8 = quoted.getBytes(StandardCharsets.UTF_8);
        assertEquals(quoted, new String(utf8, StandardCharsets.UTF_8));
    }

    @Test
    void layoutIsTwoSpacesOneMemberALineAndEmptyContainersClosed() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "card");
        value.put("list", List.of(1, List.of(), Map.of()));
        value.put("empty", Map.of());
        assertEquals("{\n  \"name\": \"card\",\n  \"list\": [\n    1,\n    [],\n    {}\n  ],\n  \"empty\": {}\n}",
                CardJson.write(value));
        assertEquals("[]", CardJson.write(List.of()));
    }

    @Test
    void nestedValuesRoundTripThroughJackson() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "card \"one\"\n");
        value.put("count", 3);
        value.put("big", 12_345_678_901L);
        value.put("share", 0.8);
        value.put("whole", 3.0);
        value.put("ok", true);
        value.put("nothing", null);
        value.put("empty", Map.of());
        value.put("none", List.of());
        value.put("list", Arrays.asList("a", 1, false, null, List.of("x"), Map.of("k", "v")));
        String json = CardJson.write(value);

        JsonNode read = JSON.readTree(json);
        List<String> keys = new java.util.ArrayList<>();
        read.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.copyOf(value.keySet()), keys, "keys in the map's order");
        assertEquals("card \"one\"\n", read.get("name").asText());
        assertEquals(3, read.get("count").asInt());
        assertEquals(12_345_678_901L, read.get("big").asLong());
        assertEquals(0.8, read.get("share").doubleValue());
        assertTrue(read.get("whole").isIntegralNumber(), "whole doubles are written without a fraction: " + json);
        assertTrue(read.get("ok").booleanValue());
        assertTrue(read.has("nothing") && read.get("nothing").isNull());
        assertEquals(0, read.get("empty").size());
        assertTrue(read.get("none").isArray() && read.get("none").isEmpty());
        assertEquals(JSON.readTree("[\"a\", 1, false, null, [\"x\"], {\"k\": \"v\"}]"), read.get("list"));
        assertTrue(json.contains("\n  \"count\": 3,\n"), "indented by two spaces: " + json);
    }

    @Test
    void jacksonTreesAreLaidOutTheSameWay() {
        ObjectNode figures = JsonNodeFactory.instance.objectNode().put("alpha", 1.0).put("kappa", 0.25);
        figures.putNull("f1");
        assertEquals("{\n  \"alpha\": 1,\n  \"kappa\": 0.25,\n  \"f1\": null\n}", CardJson.write(figures));
    }

    @Test
    void valuesJsonCannotHoldAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CardJson.write(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> CardJson.write(List.of(Double.POSITIVE_INFINITY)));
        assertThrows(IllegalArgumentException.class, () -> CardJson.write(new Object()));
    }

    @Test
    void everyControlCharacterIsEscapedAndReadsBack() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            all.append(c);
        }
        String quoted = CardJson.write(all.toString());
        assertTrue(quoted.chars().allMatch(c -> c >= 0x20), quoted);
        assertEquals(all.toString(), JSON.readTree(quoted).asText());
    }
}
