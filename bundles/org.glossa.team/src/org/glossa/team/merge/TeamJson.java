package org.glossa.team.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * How the team's JSON files are read and written: keys sorted, two-space indentation, one final newline, so that
 * writing the same content twice gives the same bytes and a change is a small diff.
 */
public final class TeamJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private TeamJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static JsonNode read(String file, String side, byte[] bytes) throws IOException {
        try {
            return MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IOException(file + " (" + side + ") is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static byte[] write(Object value) throws IOException {
        String text = MAPPER.writeValueAsString(value).replace("\r\n", "\n");
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
