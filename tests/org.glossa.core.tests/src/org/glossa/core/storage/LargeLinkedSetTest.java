package org.glossa.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.Link;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links in a large set resolve to the spans they were made for after saving and loading: targets before and after
 * their quote in the file (forward references), up to three speakers per quote, and again after spans were deleted and
 * added (loading looks link targets up by id through a map, which must never hand out a stale or wrong span).
 */
class LargeLinkedSetTest {
    private static final int SPANS = 20_000;

    @TempDir
    Path dir;

    @Test
    void everyLinkResolvesToItsSpanAfterSaveAndLoad() throws Exception {
        ProjectStore store = ProjectStore.create(dir, "links", NewsSchema.create());
        String text = "word ".repeat(SPANS * 2);
        Document document = ProjectStoreTest.addDocument(store, "long", text);
        AnnotationSet set = store.annotations(document, "alice");
        List<SpanAnnotation> entities = new ArrayList<>();
        for (int i = 0; i < SPANS; i++) {
            entities.add(Spans.add(set, NewsSchema.ENTITY, "PER", i * 10, i * 10 + 4, "alice", Origin.MANUAL));
        }
        Random random = new Random(11);
        Map<String, List<String>> expected = new HashMap<>();
        for (int q = 0; q < 2_000; q++) {
            // Files keep spans in text order, so about half of the speakers come after their quote: forward
            // references while loading.
            SpanAnnotation quote = Spans.add(set, NewsSchema.QUOTE, "QUOTE", q * 100, q * 100 + 9, "alice", Origin.MANUAL);
            for (int s = 0; s < 1 + q % 3; s++) {
                SpanAnnotation speaker = entities.get((random.nextInt(SPANS / 3) * 3 + s) % SPANS); // distinct
                Spans.link(quote, NewsSchema.SPEAKER, speaker);
                expected.computeIfAbsent(quote.getId(), k -> new ArrayList<>()).add(speaker.getId());
            }
        }
        store.save();
        store.close();

        ProjectStore reader = ProjectStore.open(dir);
        assertLinks(expected, reader.annotations(reader.document("long").orElseThrow(), "alice"));

        // Delete some targets, add spans with new ids, save, and load again.
        ProjectStore writer = ProjectStore.openForWriting(dir, "test");
        AnnotationSet editable = writer.annotations(writer.document("long").orElseThrow(), "alice");
        Map<String, SpanAnnotation> byId = index(editable);
        for (int i = 1_000; i < 1_100; i++) {
            SpanAnnotation gone = byId.get(entities.get(i).getId());
            for (SpanAnnotation span : editable.getSpans()) {
                span.getLinks().removeIf(link -> link.getTarget() == gone);
            }
            editable.getSpans().remove(gone);
            for (List<String> targets : expected.values()) {
                targets.remove(gone.getId());
            }
        }
        SpanAnnotation added = Spans.add(editable, NewsSchema.ENTITY, "ORG", 5, 9, "test", Origin.MANUAL);
        SpanAnnotation firstQuote = byId.get(expected.keySet().stream().filter(id -> byId.get(id).getLayer()
                .equals(NewsSchema.QUOTE)).findFirst().orElseThrow());
        Spans.link(firstQuote, NewsSchema.SPEAKER, added);
        expected.get(firstQuote.getId()).add(added.getId());
        writer.save();
        writer.close();

        ProjectStore again = ProjectStore.open(dir);
        assertLinks(expected, again.annotations(again.document("long").orElseThrow(), "alice"));
    }

    private static void assertLinks(Map<String, List<String>> expected, AnnotationSet set) {
        Map<String, SpanAnnotation> byId = index(set);
        int links = 0;
        for (SpanAnnotation span : set.getSpans()) {
            List<String> targets = new ArrayList<>();
            for (Link link : span.getLinks()) {
                assertTrue(link.getTarget().eContainer() == set, span.getId() + " links to a span outside its set");
                assertEquals(byId.get(link.getTarget().getId()), link.getTarget(), "the one span with that id");
                targets.add(link.getTarget().getId());
                links++;
            }
            List<String> wanted = expected.getOrDefault(span.getId(), List.of());
            assertEquals(wanted, targets, "links of " + span.getId());
        }
        assertEquals(expected.values().stream().mapToInt(List::size).sum(), links);
        assertNull(byId.get("missing"));
    }

    private static Map<String, SpanAnnotation> index(AnnotationSet set) {
        Map<String, SpanAnnotation> byId = new HashMap<>();
        for (SpanAnnotation span : set.getSpans()) {
            byId.put(span.getId(), span);
        }
        return byId;
    }
}
