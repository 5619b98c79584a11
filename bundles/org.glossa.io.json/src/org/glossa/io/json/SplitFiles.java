package org.glossa.io.json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportException;

/**
 * One JSON Lines file per split ({@code train.jsonl}, {@code dev.jsonl}, {@code test.jsonl}, or {@code all.jsonl}),
 * all created up front so that every split present has its file even when it holds no record.
 */
final class SplitFiles implements AutoCloseable {
    private final Map<String, JsonlWriter> writers = new LinkedHashMap<>();

    private SplitFiles() {
    }

    static SplitFiles open(ExportContext context) throws IOException {
        SplitFiles files = new SplitFiles();
        try {
            for (String split : context.splits()) {
                Path file = context.file(split + ".jsonl");
                files.writers.put(split, JsonlWriter.create(file));
                context.report().written(file);
            }
        } catch (IOException | RuntimeException e) {
            files.close();
            throw e;
        }
        return files;
    }

    JsonlWriter of(String split) throws ExportException {
        JsonlWriter writer = writers.get(split);
        if (writer == null) {
            throw new ExportException("a document is in split '" + split + "', which is not among the splits "
                    + writers.keySet());
        }
        return writer;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (JsonlWriter writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
