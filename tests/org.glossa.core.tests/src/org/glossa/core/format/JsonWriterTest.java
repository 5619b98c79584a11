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

class JsonWriterTest {
    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertEquals("\"say \\\"hi\\\"\"", JsonWriter.quote("say \"hi\""));
        assertEquals("\"C:\\\\texts\\\\a.txt\"", JsonWriter.quote("C:\\texts\\a.txt"));
        assertEquals("\"a\\u000ab\\u0009c\\u000dd\\u0000e\\u001f\"", JsonWriter.quote("a\nb\tc\rd\u0000e\u001f"));
        assertEquals("\"\\u2028\\u2029\"", JsonWriter.quote("\u2028\u2029"), "JavaScript line ends");
        assertEquals("\"/ \u007f\"", JsonWriter.quote("/ \u007f"), "slash and DEL need no escape");
    }

    @Test
    void koreanChineseAndEmojiAreWrittenAsTheyAre() {
        String text = "서울 시장 said 你好 😀 𠮷";
        String quoted = JsonWriter.quote(text);
        assertEquals("\"" + text + "\"", quoted);
        assertEquals(text, MiniJson.parse(quoted));
        // The emoji's surrogate pair stays a pair: valid UTF-8 when encoded.
        byte[] utf8 = quoted.getBytes(StandardCharsets.UTF_8);
        assertEquals(quoted, new String(utf8, StandardCharsets.UTF_8));
    }

    @Test
    void unpairedSurrogatesAreEscapedBecauseUtf8CannotHoldThem() {
        assertEquals("\"a\\ud83d b\"", JsonWriter.quote("a\ud83d b"));
        assertEquals("\"\\ude00x\"", JsonWriter.quote("\ude00x"));
    }

    @Test
    void nestedValuesRoundTripThroughAStrictReader() {
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
        String json = JsonWriter.write(value);

        Map<String, Object> read = MiniJson.object(json);
        assertEquals(List.copyOf(value.keySet()), List.copyOf(read.keySet()), "keys in the map's order");
        assertEquals("card \"one\"\n", read.get("name"));
        assertEquals(3L, read.get("count"));
        assertEquals(12_345_678_901L, read.get("big"));
        assertEquals(0.8, read.get("share"));
        assertEquals(3L, read.get("whole"), "whole doubles are written without a fraction");
        assertEquals(true, read.get("ok"));
        assertTrue(read.containsKey("nothing") && read.get("nothing") == null);
        assertEquals(Map.of(), read.get("empty"));
        assertEquals(List.of(), read.get("none"));
        assertEquals(Arrays.asList("a", 1L, false, null, List.of("x"), Map.of("k", "v")), read.get("list"));
        assertTrue(json.contains("\n  \"count\": 3,\n"), "indented by two spaces: " + json);
    }

    @Test
    void valuesJsonCannotHoldAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.write(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.write(List.of(Double.POSITIVE_INFINITY)));
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.write(new Object()));
    }

    @Test
    void everyControlCharacterIsEscapedAndReadsBack() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            all.append(c);
        }
        String quoted = JsonWriter.quote(all.toString());
        assertTrue(quoted.chars().allMatch(c -> c >= 0x20), quoted);
        assertEquals(all.toString(), MiniJson.parse(quoted));
    }
}
