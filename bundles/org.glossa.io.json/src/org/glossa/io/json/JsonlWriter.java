package org.glossa.io.json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a JSON Lines file: UTF-8 without BOM, one compact JSON object per line, each line ended by LF, non-ASCII
 * characters as they are. Keys come out in the order the caller writes them, so every record has a fixed key
 * order.
 */
final class JsonlWriter implements AutoCloseable {
    private final Writer out;
    private final JsonGenerator generator;

    private JsonlWriter(Writer out) throws IOException {
        this.out = out;
        this.generator = JsonSupport.FACTORY.createGenerator(out);
        // records are separated by our own LF, not by Jackson's default space
        generator.setRootValueSeparator(null);
    }

    static JsonlWriter create(Path file) throws IOException {
        return new JsonlWriter(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16));
    }

    /** The generator to write the next record with; call {@link #endRecord()} after its closing brace. */
    JsonGenerator generator() {
        return generator;
    }

    void endRecord() throws IOException {
        generator.flush();
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        try {
            generator.close();
        } finally {
            out.close();
        }
    }
}
