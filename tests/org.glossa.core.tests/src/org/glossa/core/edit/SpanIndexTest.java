package org.glossa.core.edit;

import static org.glossa.core.edit.SampleProject.ORDER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index's answers against a brute-force oracle, on random nested, overlapping and duplicate spans. */
class SpanIndexTest {
    private static final long SEED = 20_261_124L;
    private static final int TEXT_LENGTH = 5_000;
    private static final List<String> LAYERS = List.of(NewsSchema.ENTITY, NewsSchema.QUOTE, NewsSchema.CLAIM, NewsSchema.CUE);

    @TempDir
    Path dir;

    @Test
    void queriesAgreeWithBruteForceOnRandomSpans() {
        Random random = new Random(SEED);
        AnnotationSet set = GlossaFactory.eINSTANCE.createAnnotationSet();
        for (int i = 0; i < 3_000; i++) {
            int begin = random.nextInt(TEXT_LENGTH - 1);
            int length = random.nextInt(10) == 0 ? 1 + random.nextInt(800) : 1 + random.nextInt(20);
            String layer = LAYERS.get(random.nextInt(LAYERS.size()));
            Spans.add(set, layer, "L" + random.nextInt(3), begin, Math.min(TEXT_LENGTH, begin + length), "t", Origin.MANUAL);
            if (random.nextInt(50) == 0) { // exact duplicates too: the index must order them consistently
                SpanAnnotation last = set.getSpans().get(set.getSpans().size() - 1);
                Spans.add(set, last.getLayer(), last.getLabel(), last.getBegin(), last.getEnd(), "t", Origin.MANUAL);
            }
        }
        SpanIndex index = new SpanIndex(set);
        assertQueriesMatch(set, index, random, 2_000);
    }

    /** Positions (what the annotations table reads row by row) agree with the full list, also after removals. */
    @Test
    void positionsAgreeWithTheDocumentOrderList() {
        Random random = new Random(SEED + 2);
        AnnotationSet set = GlossaFactory.eINSTANCE.createAnnotationSet();
        for (int i = 0; i < 2_000; i++) {
            int begin = random.nextInt(TEXT_LENGTH - 1);
            Spans.add(set, LAYERS.get(random.nextInt(LAYERS.size())), "L" + random.nextInt(3), begin,
                    Math.min(TEXT_LENGTH, begin + 1 + random.nextInt(30)), "t", Origin.MANUAL);
        }
        SpanIndex index = new SpanIndex(set);
        for (int i = 0; i < 500; i++) {
            index.remove(set.getSpans().remove(random.nextInt(set.getSpans().size())));
        }
        List<SpanAnnotation> all = index.all();
        assertEquals(all.size(), index.size());
        for (int position = 0; position < all.size(); position++) {
            assertEquals(all.get(position), index.get(position));
            assertEquals(position, index.positionOf(all.get(position)));
        }
        SpanAnnotation outside = Spans.add(GlossaFactory.eINSTANCE.createAnnotationSet(), NewsSchema.ENTITY, "L0", 0, 1,
                "t", Origin.MANUAL);
        assertEquals(-1, index.positionOf(outside));
    }

    @Test
    void randomEditsUndoAndRedoKeepTheIndexInSync() throws Exception {
        Random random = new Random(SEED + 1);
        ProjectStore store = SampleProject.create(dir);
        Document doc = SampleProject.addDocument(store, "long", "x".repeat(TEXT_LENGTH));
        EditingSession session = new EditingSession(store, "alice");
        AnnotationSet set = session.set(doc);
        SpanIndex index = session.index(doc);
        int refused = 0;
        for (int step = 0; step < 3_000; step++) {
            try {
                edit(session, doc, set, random);
            } catch (IllegalArgumentException duplicate) {
                refused++; // e.g. a second span with the same layer, label and range
            }
            if (step % 500 == 499) {
                assertQueriesMatch(set, index, random, 300);
            }
        }
        assertQueriesMatch(set, index, random, 500);
        while (session.canUndo()) {
            session.undo();
        }
        assertEquals(0, index.size());
        while (session.canRedo()) {
            session.redo();
        }
        assertQueriesMatch(set, index, random, 500);
        System.out.println("random edits: " + set.getSpans().size() + " spans at the end, " + refused + " refused");
    }

    private static void edit(EditingSession session, Document doc, AnnotationSet set, Random random) {
        List<SpanAnnotation> spans = set.getSpans();
        int choice = spans.isEmpty() ? 0 : random.nextInt(10);
        if (choice <= 4) {
            int begin = random.nextInt(TEXT_LENGTH - 1);
            int end = Math.min(TEXT_LENGTH, begin + 1 + random.nextInt(random.nextBoolean() ? 30 : 600));
            String layer = LAYERS.get(random.nextInt(LAYERS.size()));
            String label = switch (layer) {
                case NewsSchema.ENTITY -> random.nextBoolean() ? "PER" : "ORG";
                case NewsSchema.QUOTE -> "QUOTE";
                case NewsSchema.CLAIM -> "CLAIM";
                default -> "CUE";
            };
            session.createSpan(doc, layer, label, begin, end);
        } else if (choice == 5) {
            session.deleteSpans(List.of(spans.get(random.nextInt(spans.size()))));
        } else if (choice == 6) {
            SpanAnnotation span = spans.get(random.nextInt(spans.size()));
            int begin = Math.max(0, span.getBegin() + random.nextInt(11) - 5);
            session.setBoundaries(span, begin, Math.min(TEXT_LENGTH, Math.max(begin + 1, span.getEnd() + random.nextInt(11) - 5)));
        } else if (choice == 7) {
            SpanAnnotation span = spans.get(random.nextInt(spans.size()));
            session.changeLabel(span, NewsSchema.ENTITY, random.nextBoolean() ? "GPE" : "LOC");
        } else if (choice == 8) {
            SpanAnnotation source = spans.get(random.nextInt(spans.size()));
            SpanAnnotation target = spans.get(random.nextInt(spans.size()));
            if (source.getLayer().equals(NewsSchema.QUOTE) && target.getLayer().equals(NewsSchema.ENTITY)) {
                session.link(source, NewsSchema.SPEAKER, target);
            }
        } else if (session.canUndo()) {
            session.undo();
        }
    }

    private static void assertQueriesMatch(AnnotationSet set, SpanIndex index, Random random, int queries) {
        List<SpanAnnotation> sorted = new ArrayList<>(set.getSpans());
        sorted.sort(ORDER);
        assertEquals(sorted, index.all());
        assertEquals(sorted.size(), index.size());
        for (int q = 0; q < queries; q++) {
            int begin = random.nextInt(TEXT_LENGTH + 2) - 1;
            int end = begin + random.nextInt(random.nextBoolean() ? 5 : 500);
            assertEquals(sorted.stream().filter(s -> s.getBegin() < end && s.getEnd() > begin).toList(),
                    index.overlapping(begin, end), "overlapping(" + begin + ", " + end + ")");

            List<SpanAnnotation> at = new ArrayList<>(sorted.stream()
                    .filter(s -> s.getBegin() <= begin && begin < s.getEnd()).toList());
            at.sort(Comparator.comparingInt((SpanAnnotation s) -> s.getEnd() - s.getBegin()).reversed());
            assertEquals(at, index.at(begin), "at(" + begin + ")");

            Set<String> layers = Set.of(LAYERS.get(random.nextInt(LAYERS.size())));
            assertEquals(sorted.stream().filter(s -> s.getBegin() >= begin).findFirst(), index.next(null, begin));
            assertEquals(lastBefore(sorted, begin, null), index.previous(null, begin));
            assertEquals(sorted.stream().filter(s -> s.getBegin() >= begin && layers.contains(s.getLayer())).findFirst(),
                    index.next(null, begin, layers));
            assertEquals(lastBefore(sorted, begin, layers), index.previous(null, begin, layers));
            if (!sorted.isEmpty()) {
                int position = random.nextInt(sorted.size());
                SpanAnnotation current = sorted.get(position);
                assertEquals(sorted.stream().skip(position + 1).filter(s -> layers.contains(s.getLayer())).findFirst(),
                        index.next(current, -1, layers));
                assertEquals(position > 0 ? Optional.of(sorted.get(position - 1)) : Optional.empty(),
                        index.previous(current, -1));
            }
        }
        for (SpanAnnotation target : sorted) {
            long incoming = sorted.stream().flatMap(s -> s.getLinks().stream()).filter(l -> l.getTarget() == target).count();
            assertEquals(incoming, index.incomingLinks(target).size());
        }
    }

    private static Optional<SpanAnnotation> lastBefore(List<SpanAnnotation> sorted, int offset, Set<String> layers) {
        SpanAnnotation last = null;
        for (SpanAnnotation span : sorted) {
            if (span.getBegin() < offset && (layers == null || layers.contains(span.getLayer()))) {
                last = span;
            }
        }
        return Optional.ofNullable(last);
    }
}
