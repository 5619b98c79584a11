package org.glossa.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.glossa.core.format.ExportDocument;
import org.glossa.core.format.ReadDocument;
import org.glossa.core.format.RecordingExportReport;
import org.glossa.core.format.SimpleExportContext;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.model.schema.SchemaBuilder;
import org.glossa.text.ContentHash;
import org.glossa.text.IcuTokenization;
import org.glossa.text.TextRegion;

/**
 * A real Glossa project (the core's {@link ProjectStore}, news schema) in a folder, with gold annotations, and
 * export contexts over it as the export operation builds them. Also takes read documents in, as an
 * annotation import does: a type that is a label of some layer goes there, any other becomes a new label of
 * the Entity layer.
 */
public final class ProjectCorpus {
    public static final String GOLD = "gold";

    private final ProjectStore store;
    private final List<Document> documents = new ArrayList<>();

    public ProjectCorpus(Path dir) throws IOException {
        store = ProjectStore.create(dir, "test", NewsSchema.create());
    }

    public ProjectStore store() {
        return store;
    }

    public Document add(String id, String text) throws IOException {
        return add(id, text, 0, text.length());
    }

    public Document add(String id, String text, int bodyBegin, int bodyEnd) throws IOException {
        Document document = addDocument(store, id, id, text, bodyBegin, bodyEnd);
        documents.add(document);
        return document;
    }

    /** A new document of any project, as an import makes one (unsaved). */
    public static Document addDocument(ProjectStore store, String id, String title, String text, int bodyBegin,
            int bodyEnd) throws IOException {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId(id);
        document.setTitle(title);
        document.setContentHash(ContentHash.of(text));
        document.setBodyBegin(bodyBegin);
        document.setBodyEnd(bodyEnd);
        return store.addDocument(document, text);
    }

    public SpanAnnotation span(Document document, String layer, String label, int begin, int end) throws IOException {
        return Spans.add(gold(document), layer, label, begin, end, "test", Origin.MANUAL);
    }

    /** Entity spans on every occurrence of each word (whole words only) inside the body. */
    public void annotateAll(Document document, Map<String, String> labelsByWord) throws IOException {
        String text = store.text(document);
        for (Map.Entry<String, String> entry : labelsByWord.entrySet()) {
            String word = entry.getKey();
            for (int at = text.indexOf(word, document.getBodyBegin()); at >= 0 && at + word.length() <= document.getBodyEnd();
                    at = text.indexOf(word, at + 1)) {
                boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
                boolean endsWord = at + word.length() == text.length() || !Character.isLetter(text.charAt(at + word.length()));
                if (startsWord && endsWord) {
                    span(document, NewsSchema.ENTITY, entry.getValue(), at, at + word.length());
                }
            }
        }
    }

    public AnnotationSet gold(Document document) throws IOException {
        return store.annotations(document, GOLD);
    }

    public String text(Document document) throws IOException {
        return store.text(document);
    }

    /** Adds the documents read by an importer, with their spans and links as gold annotations. */
    public void addRead(List<ReadDocument> read) throws IOException {
        for (ReadDocument readDocument : read) {
            Document document = add(readDocument.id(), readDocument.text());
            Map<String, SpanAnnotation> byKey = new HashMap<>();
            for (ReadDocument.ReadSpan readSpan : readDocument.spans()) {
                Layer layer = layerOf(readSpan.type());
                SpanAnnotation span = span(document, layer.getName(), readSpan.type(), readSpan.begin(), readSpan.end());
                span.getAttributes().putAll(readSpan.attributes());
                span.setNote(readSpan.note());
                byKey.put(readSpan.key(), span);
            }
            for (ReadDocument.ReadLink link : readDocument.links()) {
                Spans.link(byKey.get(link.from()), link.type(), byKey.get(link.to()));
            }
        }
    }

    private Layer layerOf(String label) {
        for (Layer layer : store.schema().getLayers()) {
            if (SchemaQuery.label(layer, label).isPresent()) {
                return layer;
            }
        }
        Layer entity = SchemaQuery.layer(store.schema(), NewsSchema.ENTITY).orElseThrow();
        Label added = SchemaBuilder.label(entity, label, "#cccccc", null, label);
        return (Layer) added.eContainer();
    }

    public SimpleExportContext context(Path out, List<String> layers, Map<String, String> options, RecordingExportReport report)
            throws IOException {
        return context(out, layers, options, report, d -> "all", List.of("all"));
    }

    /** The gold spans of the layers inside each body, in document order, each document in the split given. */
    public SimpleExportContext context(Path out, List<String> layers, Map<String, String> options, RecordingExportReport report,
            Function<Document, String> split, List<String> splits) throws IOException {
        List<ExportDocument> exported = new ArrayList<>();
        for (String name : splits) {
            for (Document document : documents) {
                if (!name.equals(split.apply(document))) {
                    continue;
                }
                List<SpanAnnotation> spans = new ArrayList<>();
                for (SpanAnnotation span : gold(document).getSpans()) {
                    if (layers.contains(span.getLayer()) && span.getBegin() >= document.getBodyBegin()
                            && span.getEnd() <= document.getBodyEnd()) {
                        spans.add(span);
                    }
                }
                spans.sort(Spans.DOCUMENT_ORDER);
                exported.add(new ExportDocument(document, text(document),
                        new TextRegion(document.getBodyBegin(), document.getBodyEnd()), spans, name));
            }
        }
        return new SimpleExportContext(out, GOLD, store.schema(), exported, splits, layers, Set.of(), options,
                new IcuTokenization(report::note), report);
    }
}
