package org.glossa.core.edit;

import static org.glossa.core.edit.SampleProject.ORDER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sanity check for large documents: 30,000 spans created one command each, then single edits among them.
 * It checks correctness and prints the times; it asserts nothing about time (machines differ).
 */
class LargeDocumentEditingTest {
    private static final int SPANS = 30_000;
    private static final int WORDS = 25_000;
    private static final String WORD = "word ";
    private static final List<String> LABELS = List.of("PER", "ORG", "LOC", "GPE", "DATE");

    @TempDir
    Path dir;

    @Test
    void thirtyThousandSpansThroughTheSession() throws Exception {
        ProjectStore store = SampleProject.create(dir);
        Document doc = SampleProject.addDocument(store, "long", WORD.repeat(WORDS));
        EditingSession session = new EditingSession(store, "alice");
        AnnotationSet set = session.set(doc);
        SpanIndex index = session.index(doc);

        long start = System.nanoTime();
        for (int i = 0; i < SPANS; i++) {
            int word = i % WORDS;
            int words = 1 + i / WORDS; // the second round nests two-word spans over the first
            int end = Math.min(WORDS, word + words) * WORD.length() - 1;
            session.createSpan(doc, NewsSchema.ENTITY, LABELS.get(i % LABELS.size()), word * WORD.length(), end);
        }
        long created = System.nanoTime() - start;

        assertEquals(SPANS, set.getSpans().size());
        assertEquals(SPANS, index.size());
        List<SpanAnnotation> sorted = new ArrayList<>(set.getSpans());
        sorted.sort(ORDER);
        assertEquals(sorted, index.all());
        int middle = WORDS / 2 * WORD.length();
        assertEquals(sorted.stream().filter(s -> s.getBegin() < middle + 40 && s.getEnd() > middle).toList(),
                index.overlapping(middle, middle + 40));

        long[] singleEdits = new long[200];
        for (int i = 0; i < singleEdits.length; i++) {
            SpanAnnotation span = sorted.get(i * 97);
            long before = System.nanoTime();
            session.setBoundaries(span, span.getBegin(), span.getEnd() - 1);
            session.changeLabel(span, NewsSchema.ENTITY, "MISC");
            session.deleteSpans(List.of(span));
            session.undo();
            singleEdits[i] = (System.nanoTime() - before) / 4;
        }
        Arrays.sort(singleEdits);
        assertEquals(SPANS, index.size());
        assertEquals("MISC", sorted.get(97).getLabel());

        for (int i = 0; i < 1_000; i++) {
            session.undo(); // the 400 resizes and relabellings, then the last 600 creations
        }
        assertEquals(SPANS - 600, index.size());
        List<SpanAnnotation> remaining = new ArrayList<>(set.getSpans());
        remaining.sort(ORDER);
        assertEquals(remaining, index.all());
        assertEquals(LABELS.get(set.getSpans().indexOf(sorted.get(97)) % LABELS.size()), sorted.get(97).getLabel());
        System.out.printf("LargeDocumentEditingTest: %,d spans created through the session in %d ms (%.1f µs each);"
                + " one edit among them (resize, relabel, delete, undo) takes %.1f µs (median), %.1f µs (95th percentile)%n",
                SPANS, created / 1_000_000, created / 1_000.0 / SPANS, singleEdits[singleEdits.length / 2] / 1_000.0,
                singleEdits[singleEdits.length * 95 / 100] / 1_000.0);
    }
}
