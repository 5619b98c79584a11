package org.glossa.io.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glossa.core.format.ExportDocument;
import org.glossa.core.format.RecordingExportReport;
import org.glossa.core.format.SimpleExportContext;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.text.ContentHash;
import org.glossa.text.TextRegion;
import org.glossa.text.Tokenization;
import org.glossa.text.Tokenizations;

/**
 * A real project (news schema, in a temporary folder) to export from: documents with a body region, spans and
 * links per annotator, and the export context the export operation would build for one annotator.
 */
final class ExportFixture {
    static final List<String> ALL_LAYERS = List.of(NewsSchema.ENTITY, NewsSchema.CUE, NewsSchema.QUOTE, NewsSchema.CLAIM);

    final ProjectStore store;
    private final Map<String, String> splits = new HashMap<>();

    private ExportFixture(ProjectStore store) {
        this.store = store;
    }

    static ExportFixture create(Path dir) throws IOException {
        return new ExportFixture(ProjectStore.create(dir, "test", NewsSchema.create()));
    }

    Document document(String id, String text) throws IOException {
        return document(id, text, 0, text.length());
    }

    Document document(String id, String text, int bodyBegin, int bodyEnd) throws IOException {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId(id);
        document.setTitle("Title of " + id);
        document.setContentHash(ContentHash.of(text));
        document.setBodyBegin(bodyBegin);
        document.setBodyEnd(bodyEnd);
        return store.addDocument(document, text);
    }

    /** Puts a document in a split (documents are in {@code all} otherwise). */
    void split(Document document, String split) {
        splits.put(document.getId(), split);
    }

    SpanAnnotation span(Document document, String annotator, String layer, String label, int begin, int end)
            throws IOException {
        AnnotationSet set = store.annotations(document, annotator);
        return Spans.add(set, layer, label, begin, end, annotator, Origin.MANUAL);
    }

    /** A span over the {@code occurrence}-th (0-based) occurrence of {@code part} in the document's text. */
    SpanAnnotation span(Document document, String annotator, String layer, String label, String part, int occurrence)
            throws IOException {
        String text = store.text(document);
        int begin = -1;
        for (int i = 0; i <= occurrence; i++) {
            begin = text.indexOf(part, begin + 1);
            assertTrue(begin >= 0, "\"" + part + "\" occurs " + (occurrence + 1) + " times in " + document.getId());
        }
        return span(document, annotator, layer, label, begin, begin + part.length());
    }

    SpanAnnotation span(Document document, String annotator, String layer, String label, String part) throws IOException {
        return span(document, annotator, layer, label, part, 0);
    }

    /** An export of the annotator's spans of every layer into a new folder. */
    SimpleExportContext context(Path out, String annotator, Map<String, String> options) throws IOException {
        return context(out, annotator, options, ALL_LAYERS, false);
    }

    /**
     * What the export operation gives a format: every document with its body, the annotator's spans of the selected
     * layers inside the body in document order, its split.
     */
    SimpleExportContext context(Path out, String annotator, Map<String, String> options, List<String> layers,
            boolean tokenize) throws IOException {
        Files.createDirectories(out);
        List<ExportDocument> documents = new ArrayList<>();
        Set<String> presentSplits = new LinkedHashSet<>();
        for (Document document : store.project().getDocuments()) {
            String text = store.text(document);
            TextRegion body = new TextRegion(document.getBodyBegin(), document.getBodyEnd());
            List<SpanAnnotation> spans = new ArrayList<>(store.annotations(document, annotator).getSpans().stream()
                    .filter(s -> layers.contains(s.getLayer()))
                    .filter(s -> s.getBegin() >= body.begin() && s.getEnd() <= body.end())
                    .toList());
            spans.sort(Spans.DOCUMENT_ORDER);
            String split = splits.getOrDefault(document.getId(), "all");
            presentSplits.add(split);
            documents.add(new ExportDocument(document, text, body, spans, split));
        }
        List<String> orderedSplits = new ArrayList<>();
        for (String split : List.of("train", "dev", "test", "all")) {
            if (presentSplits.contains(split)) {
                orderedSplits.add(split);
            }
        }
        RecordingExportReport report = new RecordingExportReport();
        Tokenization tokenization = tokenize ? Tokenizations.icu(report::note) : null;
        return new SimpleExportContext(out, annotator, store.schema(), documents, orderedSplits, layers, Set.of(), options,
                tokenization, report);
    }

    static RecordingExportReport report(SimpleExportContext context) {
        return (RecordingExportReport) context.report();
    }
}
