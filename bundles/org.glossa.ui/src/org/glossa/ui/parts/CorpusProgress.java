package org.glossa.ui.parts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.swt.widgets.Label;
import org.glossa.core.ops.StatusTally;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;

/**
 * The line above the corpus list: how far the annotator is ("Finished 3 of 12 · in progress 2"). Every document's
 * status is read once, a slice at a time between the UI's other work (a corpus of 20,000 documents costs a few
 * hundred file stamps, never a set read), then kept up to date one document at a time as statuses change.
 */
final class CorpusProgress {
    /** How long one slice of the first count may hold the UI thread. */
    private static final long SLICE_NANOS = 15_000_000L;

    private final Label line;
    private final Function<Document, AnnotationStatus> statusOf;
    private final Map<Document, AnnotationStatus> counted = new HashMap<>();
    private StatusTally tally = new StatusTally();
    private List<Document> documents = List.of();
    private int next;
    /** Counts the counts begun: a slice of an earlier count (before the corpus changed) does nothing. */
    private int generation;

    CorpusProgress(Label line, Function<Document, AnnotationStatus> statusOf) {
        this.line = line;
        this.statusOf = statusOf;
    }

    /** Counts the documents again from the start, in slices. */
    void count(List<Document> corpus) {
        documents = List.copyOf(corpus);
        counted.clear();
        tally = new StatusTally();
        next = 0;
        int current = ++generation;
        show();
        line.getDisplay().asyncExec(() -> slice(current));
    }

    private void slice(int current) {
        if (line.isDisposed() || current != generation) {
            return;
        }
        long deadline = System.nanoTime() + SLICE_NANOS;
        while (next < documents.size() && System.nanoTime() < deadline) {
            Document document = documents.get(next++);
            AnnotationStatus status = statusOf.apply(document);
            counted.put(document, status);
            tally.add(status);
        }
        show();
        if (next < documents.size()) {
            line.getDisplay().asyncExec(() -> slice(current));
        }
    }

    /** The document's status may have changed: counted again (when it was counted already; else the count reaches it). */
    void changed(Document document) {
        AnnotationStatus old = counted.get(document);
        if (old == null || line.isDisposed()) {
            return;
        }
        AnnotationStatus now = statusOf.apply(document);
        counted.put(document, now);
        tally.move(old, now);
        show();
    }

    /** The figures as the line shows them. */
    String text() {
        if (next < documents.size()) {
            return "Counting statuses\u2026 " + next + " of " + documents.size();
        }
        return "Finished " + tally.count(AnnotationStatus.FINISHED) + " of " + documents.size() + " \u00b7 in progress "
                + tally.count(AnnotationStatus.IN_PROGRESS);
    }

    private void show() {
        if (!line.isDisposed()) {
            line.setText(text());
        }
    }
}
