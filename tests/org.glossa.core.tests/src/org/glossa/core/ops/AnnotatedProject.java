package org.glossa.core.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.text.ContentHash;

/**
 * A small annotated news project on disk for the export and import tests: three documents (one with page
 * furniture around its body, one with an emoji and Korean, one plain), gold annotations and two annotators.
 */
final class AnnotatedProject {
    static final String HEADER = "MENU Home | World\n";
    static final String BODY_1 = "The mayor, Ines Calloway, said the bridge opens in June.";
    static final String FOOTER = "\nMost popular: Acme Corp";
    static final String TEXT_1 = HEADER + BODY_1 + FOOTER;
    static final String TEXT_2 = "😀 서울 시장 Kim Min-ji said \"we will win\" on Tuesday.";
    static final String TEXT_3 = "Acme Corp shares fell 5% in Berlin.";

    private AnnotatedProject() {
    }

    /**
     * d1 (body = the middle line; gold: PER, DATE inside, ORG in the footer, MISC across the body's end; gold and
     * alice finished), d2 (gold: GPE, PER, Cue, Quote with speaker and cue links, DATE, in progress; bob: PER), d3
     * (no gold; alice: ORG, GPE, finished). Outlets: d1 and d3 "Daily", d2 "Herald".
     */
    static ProjectStore create(Path dir) throws IOException {
        ProjectStore store = ProjectStore.create(dir, "news", NewsSchema.create());
        Document d1 = document(store, "d1", TEXT_1, HEADER.length(), HEADER.length() + BODY_1.length(), "Daily");
        Document d2 = document(store, "d2", TEXT_2, 0, TEXT_2.length(), "Herald");
        Document d3 = document(store, "d3", TEXT_3, 0, TEXT_3.length(), "Daily");

        span(store, d1, "gold", "Entity", "PER", "Ines Calloway");
        span(store, d1, "gold", "Entity", "DATE", "June");
        span(store, d1, "gold", "Entity", "ORG", "Acme Corp");
        span(store, d1, "gold", "Entity", "MISC", "June.\nMost");
        status(store, d1, "gold", AnnotationStatus.FINISHED);
        span(store, d1, "alice", "Entity", "PER", "Ines Calloway");
        span(store, d1, "alice", "Entity", "LOC", "bridge");
        status(store, d1, "alice", AnnotationStatus.FINISHED);

        span(store, d2, "gold", "Entity", "GPE", "서울");
        SpanAnnotation kim = span(store, d2, "gold", "Entity", "PER", "Kim Min-ji");
        SpanAnnotation said = span(store, d2, "gold", "Cue", "CUE", "said");
        SpanAnnotation quote = span(store, d2, "gold", "Quote", "QUOTE", "we will win");
        Spans.link(quote, NewsSchema.SPEAKER, kim);
        Spans.link(quote, NewsSchema.CUE_LINK, said);
        span(store, d2, "gold", "Entity", "DATE", "Tuesday");
        status(store, d2, "gold", AnnotationStatus.IN_PROGRESS);
        span(store, d2, "bob", "Entity", "PER", "Kim Min-ji");
        status(store, d2, "bob", AnnotationStatus.IN_PROGRESS);

        span(store, d3, "alice", "Entity", "ORG", "Acme Corp");
        span(store, d3, "alice", "Entity", "GPE", "Berlin");
        status(store, d3, "alice", AnnotationStatus.FINISHED);
        for (String annotator : new String[] { "alice", "bob" }) {
            org.glossa.model.Annotator entry = GlossaFactory.eINSTANCE.createAnnotator();
            entry.setName(annotator);
            store.project().getAnnotators().add(entry);
        }
        try {
            store.save();
        } catch (org.glossa.model.validation.InvalidModelException e) {
            throw new IllegalStateException(e);
        }
        return store;
    }

    static Document document(ProjectStore store, String id, String text, int bodyBegin, int bodyEnd, String outlet)
            throws IOException {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId(id);
        document.setTitle("Title of " + id);
        document.setContentHash(ContentHash.of(text));
        document.setBodyBegin(bodyBegin);
        document.setBodyEnd(bodyEnd);
        if (outlet != null) {
            document.getMetadata().put("outlet", outlet);
        }
        return store.addDocument(document, text);
    }

    static SpanAnnotation span(ProjectStore store, Document document, String annotator, String layer, String label,
            String part) throws DamagedFileException {
        String text = store.text(document);
        int begin = text.indexOf(part);
        assertTrue(begin >= 0, part + " is in " + document.getId());
        AnnotationSet set = store.annotations(document, annotator);
        return Spans.add(set, layer, label, begin, begin + part.length(), annotator, Origin.MANUAL);
    }

    static void status(ProjectStore store, Document document, String annotator, AnnotationStatus status)
            throws DamagedFileException {
        store.annotations(document, annotator).setStatus(status);
    }

    /** Every file below the folder with its bytes, by relative path. */
    static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
