package org.glossa.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Layer;
import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.model.schema.SchemaBuilder;
import org.glossa.text.ContentHash;

/** Small projects for the editing tests: the news schema plus a layer that forbids overlaps. */
final class SampleProject {
    static final String TEXT = "Mayor Ines Calloway said on Monday that the bridge will open in May.\n"
            + "\"It is a great day,\" Calloway told reporters in Springfield.\n";
    /** A layer whose spans may not overlap, for the overlap rules (the news layers all allow overlaps). */
    static final String SENTENCE = "Sentence";
    /** Document order with the index's final tie-break, for oracles. */
    static final Comparator<SpanAnnotation> ORDER = Spans.DOCUMENT_ORDER.thenComparing(SpanAnnotation::getId);

    private SampleProject() {
    }

    static ProjectStore create(Path dir) throws IOException {
        AnnotationSchema schema = NewsSchema.create();
        Layer sentence = SchemaBuilder.layer(schema, SENTENCE, "Sentences, which never overlap", false);
        SchemaBuilder.label(sentence, "S", "#eeeeee", "s", "A sentence");
        return ProjectStore.create(dir, "test", schema);
    }

    static Document addDocument(ProjectStore store, String id, String text) throws IOException {
        return addDocument(store, id, text, 0, text.length());
    }

    static Document addDocument(ProjectStore store, String id, String text, int bodyBegin, int bodyEnd)
            throws IOException {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId(id);
        document.setTitle("Title of " + id);
        document.setContentHash(ContentHash.of(text));
        document.setBodyBegin(bodyBegin);
        document.setBodyEnd(bodyEnd);
        return store.addDocument(document, text);
    }

    /** Offsets of the first occurrence of {@code part} in {@code text}, as {begin, end}. */
    static int[] find(String text, String part) {
        int begin = text.indexOf(part);
        assertTrue(begin >= 0, part + " is in the text");
        return new int[] { begin, begin + part.length() };
    }

    /**
     * Asserts that {@code actual} equals {@code expected} in everything but the id counter, which undoing a
     * creation does not turn back: ids are never given out twice.
     */
    static void assertSameButIdCounter(AnnotationSet expected, AnnotationSet actual) {
        assertTrue(actual.getNextSpanNumber() >= expected.getNextSpanNumber(), "the id counter never goes back");
        AnnotationSet adjusted = EcoreUtil.copy(expected);
        adjusted.setNextSpanNumber(actual.getNextSpanNumber());
        assertTrue(EcoreUtil.equals(adjusted, actual), "same spans, links, attributes and status");
    }

    /** Checks every answer of the index that can be checked exhaustively against the set it indexes. */
    static void assertIndexMatches(AnnotationSet set, SpanIndex index) {
        List<SpanAnnotation> expected = new ArrayList<>(set.getSpans());
        expected.sort(ORDER);
        assertEquals(expected, index.all(), "index.all() is the set in document order");
        assertEquals(expected.size(), index.size());
        for (SpanAnnotation target : set.getSpans()) {
            List<Link> incoming = new ArrayList<>();
            set.getSpans().forEach(s -> s.getLinks().stream().filter(l -> l.getTarget() == target).forEach(incoming::add));
            List<Link> actual = index.incomingLinks(target);
            assertEquals(incoming.size(), actual.size(), "incoming links of " + target.getId());
            assertEquals(new HashSet<>(incoming), new HashSet<>(actual), "incoming links of " + target.getId());
        }
        for (int i = 0; i < expected.size(); i++) {
            SpanAnnotation span = expected.get(i);
            assertEquals(i + 1 < expected.size() ? expected.get(i + 1) : null, index.next(span, 0).orElse(null));
            assertEquals(i > 0 ? expected.get(i - 1) : null, index.previous(span, 0).orElse(null));
            List<SpanAnnotation> overlapping = expected.stream()
                    .filter(s -> s.getBegin() < span.getEnd() && s.getEnd() > span.getBegin()).toList();
            assertEquals(overlapping, index.overlapping(span.getBegin(), span.getEnd()));
        }
    }
}
