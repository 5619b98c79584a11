package org.glossa.io.json;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glossa.core.files.InputLimits;
import org.glossa.core.files.ReadingFailure;
import org.glossa.core.format.AnnotationImportException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the top-level objects of a JSON input file one at a time, each with the line it starts on. Accepts JSON
 * Lines, a sequence of objects spread over several lines each (doccano ships its relation example pretty-printed),
 * and a single JSON array of objects (Label Studio's export). Invalid JSON is reported with its line.
 */
final class JsonRecords {

    /** Receives the records of a file in order. */
    @FunctionalInterface
    interface Handler {
        void record(JsonRecord record) throws AnnotationImportException;
    }

    private JsonRecords() {
    }

    static void read(Path file, Handler handler) throws IOException, AnnotationImportException {
        try {
            readRecords(file, handler);
        } catch (VirtualMachineError e) {
            throw ReadingFailure.of(file, e);
        }
    }

    private static void readRecords(Path file, Handler handler) throws IOException, AnnotationImportException {
        LongStringGuard.check(file);
        // Jackson detects UTF-8 (with or without BOM) and UTF-16/32 from the bytes
        try (InputStream in = Files.newInputStream(file); JsonParser parser = createParser(file, in)) {
            JsonToken first = next(file, parser);
            if (first == JsonToken.START_ARRAY) {
                JsonToken token;
                while ((token = next(file, parser)) != JsonToken.END_ARRAY) {
                    if (token == null) {
                        throw new AnnotationImportException(file, line(parser.currentLocation()),
                                "the file ends inside the top-level array (missing ']')");
                    }
                    handler.record(object(file, parser));
                }
                JsonToken after = next(file, parser);
                if (after != null) {
                    throw new AnnotationImportException(file, line(parser.currentTokenLocation()),
                            "unexpected content after the top-level array");
                }
                return;
            }
            for (JsonToken token = first; token != null; token = next(file, parser)) {
                handler.record(object(file, parser));
            }
        }
    }

    /** A parser of the file's encoding, which Jackson detects from the first bytes. */
    private static JsonParser createParser(Path file, InputStream in) throws IOException, AnnotationImportException {
        try {
            return JsonSupport.FACTORY.createParser(in);
        } catch (CharConversionException e) {
            throw new AnnotationImportException(file, 1, "not valid text: " + e.getMessage());
        }
    }

    private static JsonRecord object(Path file, JsonParser parser) throws IOException, AnnotationImportException {
        int line = line(parser.currentTokenLocation());
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new AnnotationImportException(file, line,
                    "expected a JSON object, found " + describe(parser.currentToken()));
        }
        try {
            JsonNode node = JsonSupport.MAPPER.readTree(parser);
            return new JsonRecord(file, line, node);
        } catch (JsonProcessingException e) {
            throw invalid(file, e, parser);
        } catch (CharConversionException e) {
            throw undecodable(file, e, parser);
        }
    }

    private static JsonToken next(Path file, JsonParser parser) throws IOException, AnnotationImportException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw invalid(file, e, parser);
        } catch (CharConversionException e) {
            throw undecodable(file, e, parser);
        }
    }

    private static AnnotationImportException invalid(Path file, JsonProcessingException e, JsonParser parser) {
        if (e instanceof StreamConstraintsException) {
            int line = e.getLocation() != null ? line(e.getLocation()) : line(parser.currentLocation());
            return new AnnotationImportException(file, line, "a string longer than the limit of "
                    + InputLimits.textLimit() + " of text (" + JsonSupport.MAX_STRING_LENGTH + " characters)");
        }
        return new AnnotationImportException(file, line(e.getLocation()), "invalid JSON: " + e.getOriginalMessage());
    }

    /** Bytes that are not text in the encoding Jackson detected (UTF-8, UTF-16 or UTF-32). */
    private static AnnotationImportException undecodable(Path file, CharConversionException e, JsonParser parser) {
        return new AnnotationImportException(file, line(parser.currentLocation()), "not valid text: " + e.getMessage());
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }
}
