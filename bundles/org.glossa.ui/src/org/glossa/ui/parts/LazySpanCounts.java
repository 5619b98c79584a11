package org.glossa.ui.parts;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.SpanCounts;
import org.glossa.model.Document;

/**
 * The span counts of the corpus list's rows as they are shown: known ones at once (a set in memory, no set, a file
 * the record of verified files vouches for), the others read a slice at a time once the first rows are painted
 * ({@link #start}), each row then asked for again. Counts are kept until the document changes.
 */
final class LazySpanCounts {
    /** Shown while a count is being read. */
    static final String PENDING = "\u2026";
    private static final long SLICE_NANOS = 20_000_000L;

    private final SpanCounts counts;
    private final String annotator;
    private final Display display;
    private final Consumer<Document> counted;
    private final Map<Document, String> texts = new HashMap<>();
    private final Set<Document> pending = new LinkedHashSet<>();
    private boolean scheduled;
    private boolean started;
    private boolean stopped;

    /** @param counted told when a document's count has been read, so that its row is asked for again */
    LazySpanCounts(SpanCounts counts, String annotator, Display display, Consumer<Document> counted) {
        this.counts = counts;
        this.annotator = annotator;
        this.display = display;
        this.counted = counted;
    }

    /** The count as the row shows it: a number, {@link #PENDING} while it is read, "?" for a damaged set. */
    String text(Document document) {
        String known = texts.get(document);
        if (known != null) {
            return known;
        }
        OptionalInt count = counts.known(document, annotator);
        if (count.isPresent()) {
            String text = Integer.toString(count.getAsInt());
            texts.put(document, text);
            return text;
        }
        pending.add(document);
        schedule();
        return PENDING;
    }

    /**
     * Begins reading the counts not known (called once the first rows are painted: the first read of a set loads
     * and compiles the reader, which would otherwise delay the first paint).
     */
    void start() {
        started = true;
        schedule();
    }

    private void schedule() {
        if (started && !scheduled && !stopped && !pending.isEmpty()) {
            scheduled = true;
            display.asyncExec(this::readSome);
        }
    }

    /** The document's set changed: its count is taken again when its row is shown. */
    void forget(Document document) {
        texts.remove(document);
    }

    /** No more reading (the list is gone). */
    void stop() {
        stopped = true;
        pending.clear();
    }

    private void readSome() {
        scheduled = false;
        if (stopped) {
            return;
        }
        long deadline = System.nanoTime() + SLICE_NANOS;
        var iterator = pending.iterator();
        while (iterator.hasNext() && System.nanoTime() < deadline) {
            Document document = iterator.next();
            iterator.remove();
            String text;
            try {
                text = Integer.toString(counts.count(document, annotator));
            } catch (DamagedFileException | RuntimeException e) {
                text = "?";
            }
            texts.put(document, text);
            counted.accept(document);
        }
        schedule();
    }
}
