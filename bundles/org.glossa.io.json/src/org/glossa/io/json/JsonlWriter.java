package org.glossa.io.json;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a JSON Lines file: UTF-8 without BOM, one compact JSON object per line, each line ended by LF, non-ASCII
 * characters as they are. Keys come out in the order the caller writes them, so every record has a fixed key
 * order. Jackson encodes the UTF-8 itself, straight into one big buffer (a character writer in between was a
 * third of the writing).
 */
final class JsonlWriter implements AutoCloseable {
    private final OutputStream out;
    private final JsonGenerator generator;

    private JsonlWriter(OutputStream out) throws IOException {
        this.out = out;
        this.generator = JsonSupport.FACTORY.createGenerator(out, JsonEncoding.UTF8);
        // records are separated by our own LF, not by Jackson's default space
        generator.setRootValueSeparator(null);
    }

    static JsonlWriter create(Path file) throws IOException {
        return new JsonlWriter(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    /** The generator to write the next record with; call {@link #endRecord()} after its closing brace. */
    JsonGenerator generator() {
        return generator;
    }

    void endRecord() throws IOException {
        generator.writeRaw('\n');
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
