package org.glossa.core.format;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;

/**
 * The layout of {@link CardJson}: members and elements each on their own line, indented by two spaces,
 * {@code "key": value}, and empty objects and arrays closed on the same line.
 */
final class CardLayout implements PrettyPrinter {
    private static final String INDENT = "  ";
    private int depth;

    @Override
    public void writeRootValueSeparator(JsonGenerator json) throws IOException {
        json.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator json) throws IOException {
        open(json, '{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator json) throws IOException {
        newLine(json);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator json) throws IOException {
        json.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator json) throws IOException {
        separate(json);
    }

    @Override
    public void writeEndObject(JsonGenerator json, int entries) throws IOException {
        close(json, entries, '}');
    }

    @Override
    public void writeStartArray(JsonGenerator json) throws IOException {
        open(json, '[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator json) throws IOException {
        newLine(json);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
        separate(json);
    }

    @Override
    public void writeEndArray(JsonGenerator json, int values) throws IOException {
        close(json, values, ']');
    }

    private void open(JsonGenerator json, char bracket) throws IOException {
        json.writeRaw(bracket);
        depth++;
    }

    private void separate(JsonGenerator json) throws IOException {
        json.writeRaw(',');
        newLine(json);
    }

    /** An empty object or array closes on its own line: {@code {}}, {@code []}. */
    private void close(JsonGenerator json, int members, char bracket) throws IOException {
        depth--;
        if (members > 0) {
            newLine(json);
        }
        json.writeRaw(bracket);
    }

    private void newLine(JsonGenerator json) throws IOException {
        json.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            json.writeRaw(INDENT);
        }
    }
}
