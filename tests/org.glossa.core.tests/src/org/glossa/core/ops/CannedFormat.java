package org.glossa.core.ops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glossa.core.format.AnnotationImportException;
import org.glossa.core.format.FormatSupport;
import org.glossa.core.format.ReadDocument;
import org.glossa.core.format.ReadDocument.ReadLink;
import org.glossa.core.format.ReadDocument.ReadSpan;

/**
 * An import format for the framework's tests: "reading" a path returns the documents registered for it, so a
 * test states exactly what a reader would produce (ids, texts, offsets, types, relations, lines).
 */
final class CannedFormat implements FormatSupport {
    static final String ID = "canned";
    private final Map<Path, List<ReadDocument>> files = new LinkedHashMap<>();

    CannedFormat file(Path path, ReadDocument... documents) {
        files.computeIfAbsent(path, p -> new ArrayList<>()).addAll(List.of(documents));
        return this;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Canned";
    }

    @Override
    public String description() {
        return "documents prepared by the test";
    }

    @Override
    public boolean canImport() {
        return true;
    }

    @Override
    public List<ReadDocument> read(List<Path> paths, IProgressMonitor monitor) throws AnnotationImportException {
        List<ReadDocument> read = new ArrayList<>();
        for (Path path : paths) {
            List<ReadDocument> documents = files.get(path);
            if (documents == null) {
                throw new AnnotationImportException(path, 0, "no such canned file");
            }
            read.addAll(documents);
        }
        return read;
    }

    static ReadDocument document(String id, String text, Path file, List<ReadSpan> spans, List<ReadLink> links) {
        return new ReadDocument(id, text, spans, links, Map.of(), file);
    }

    /** A span over the first occurrence of {@code part} in {@code text}, defined on line {@code line}. */
    static ReadSpan span(String key, String type, String text, String part, int line) {
        return span(key, type, text, part, Map.of(), line);
    }

    static ReadSpan span(String key, String type, String text, String part, Map<String, String> attributes, int line) {
        int begin = text.indexOf(part);
        if (begin < 0) {
            throw new IllegalArgumentException(part + " is not in the text");
        }
        return new ReadSpan(key, type, begin, begin + part.length(), attributes, null, line);
    }
}
