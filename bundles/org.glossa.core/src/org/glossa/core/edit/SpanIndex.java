package org.glossa.core.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.glossa.model.AnnotationSet;
import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;

/**
 * The spans of one annotation set, ordered for the queries an editor makes on every keystroke and repaint:
 * what overlaps a line, what is under the caret, the next and previous span, and which links point at a span.
 * Queries cost O(log n + k). The index is kept in sync by the {@link EditingSession}'s commands, their undo
 * and redo; it is never changed by callers.
 */
public final class SpanIndex {
    private static final Comparator<SpanAnnotation> OUTERMOST_FIRST = Comparator
            .comparingInt((SpanAnnotation s) -> s.getEnd() - s.getBegin()).reversed();

    private final SpanTree tree = new SpanTree();
    private final Map<SpanAnnotation, SpanTree.Node> nodes = new IdentityHashMap<>();
    private final Map<SpanAnnotation, List<Link>> incoming = new IdentityHashMap<>();

    SpanIndex(AnnotationSet set) {
        rebuild(set);
    }

    /**
     * An index of a set that nobody edits through this session (another annotator's, shown read-only in
     * review mode). It is a snapshot: it does not follow later changes of the set.
     */
    public static SpanIndex snapshotOf(AnnotationSet set) {
        return new SpanIndex(set);
    }

    public int size() {
        return tree.size();
    }

    /**
     * The span at a position in {@link Spans#DOCUMENT_ORDER} (0 is the first), in O(log n): a list of all spans
     * can show only the rows it draws without copying the whole index on every change.
     */
    public SpanAnnotation get(int position) {
        return tree.get(position);
    }

    /** The span's position in {@link Spans#DOCUMENT_ORDER}, in O(log n); -1 when it is not in the index. */
    public int positionOf(SpanAnnotation span) {
        SpanTree.Node node = nodes.get(span);
        return node == null ? -1 : tree.positionOf(node);
    }

    /** Every span, in {@link Spans#DOCUMENT_ORDER}. */
    public List<SpanAnnotation> all() {
        List<SpanAnnotation> result = new ArrayList<>(tree.size());
        tree.inOrder(result);
        return result;
    }

    /** Spans with {@code s.begin < end && s.end > begin}, in document order. */
    public List<SpanAnnotation> overlapping(int begin, int end) {
        List<SpanAnnotation> result = new ArrayList<>();
        tree.overlapping(begin, end, result);
        return result;
    }

    /** Spans with {@code begin <= offset < end}; the innermost (shortest) last. */
    public List<SpanAnnotation> at(int offset) {
        List<SpanAnnotation> result = overlapping(offset, offset + 1);
        result.sort(OUTERMOST_FIRST); // stable: equally long spans stay in document order
        return result;
    }

    /**
     * The span after {@code currentOrNull} in document order, or, when it is null, the first span that begins at
     * or after {@code offsetIfNull}. The current span need not be in the index any more (e.g. just deleted).
     */
    public Optional<SpanAnnotation> next(SpanAnnotation currentOrNull, int offsetIfNull) {
        return next(currentOrNull, offsetIfNull, null);
    }

    /**
     * The span before {@code currentOrNull} in document order, or, when it is null, the last span that begins
     * before {@code offsetIfNull}.
     */
    public Optional<SpanAnnotation> previous(SpanAnnotation currentOrNull, int offsetIfNull) {
        return previous(currentOrNull, offsetIfNull, null);
    }

    /** As {@link #next(SpanAnnotation, int)}, skipping spans whose layer is not in {@code layers} (null: any). */
    public Optional<SpanAnnotation> next(SpanAnnotation currentOrNull, int offsetIfNull, Set<String> layers) {
        SpanTree.Node node = currentOrNull != null ? tree.higher(key(currentOrNull, true))
                : tree.firstBeginningAtOrAfter(offsetIfNull);
        while (node != null && layers != null && !layers.contains(node.layer)) {
            node = tree.higher(node);
        }
        return node == null ? Optional.empty() : Optional.of(node.span);
    }

    /** As {@link #previous(SpanAnnotation, int)}, skipping spans whose layer is not in {@code layers} (null: any). */
    public Optional<SpanAnnotation> previous(SpanAnnotation currentOrNull, int offsetIfNull, Set<String> layers) {
        SpanTree.Node node = currentOrNull != null ? tree.lower(key(currentOrNull, false))
                : tree.lastBeginningBefore(offsetIfNull);
        while (node != null && layers != null && !layers.contains(node.layer)) {
            node = tree.lower(node);
        }
        return node == null ? Optional.empty() : Optional.of(node.span);
    }

    /** Links of other spans that point at {@code target}, by their source in document order. */
    public List<Link> incomingLinks(SpanAnnotation target) {
        List<Link> links = incoming.get(target);
        if (links == null) {
            return new ArrayList<>();
        }
        List<Link> result = new ArrayList<>(links);
        result.sort(Comparator.comparing(SpanIndex::source, Spans.DOCUMENT_ORDER));
        return result;
    }

    /** Whether the span is in this index. */
    boolean contains(SpanAnnotation span) {
        return nodes.containsKey(span);
    }

    /** Spans whose range is exactly [begin, end). */
    List<SpanAnnotation> withRange(int begin, int end) {
        List<SpanAnnotation> result = new ArrayList<>();
        tree.withRange(begin, end, result);
        return result;
    }

    void add(SpanAnnotation span) {
        if (nodes.containsKey(span)) {
            throw new IllegalStateException("span " + span.getId() + " is already indexed");
        }
        nodes.put(span, tree.insert(span));
        for (Link link : span.getLinks()) {
            linkAdded(link);
        }
    }

    void remove(SpanAnnotation span) {
        SpanTree.Node node = nodes.remove(span);
        if (node == null) {
            throw new IllegalStateException("span " + span.getId() + " is not indexed");
        }
        tree.remove(node);
        for (Link link : span.getLinks()) {
            linkRemoved(link);
        }
    }

    void linkAdded(Link link) {
        if (link.getTarget() != null) {
            incoming.computeIfAbsent(link.getTarget(), t -> new ArrayList<>(2)).add(link);
        }
    }

    void linkRemoved(Link link) {
        List<Link> links = incoming.get(link.getTarget());
        if (links != null) {
            links.removeIf(l -> l == link);
            if (links.isEmpty()) {
                incoming.remove(link.getTarget());
            }
        }
    }

    /** Forgets everything and indexes the set's spans again, e.g. after a change the index could not follow. */
    void rebuild(AnnotationSet set) {
        tree.clear();
        nodes.clear();
        incoming.clear();
        for (SpanAnnotation span : set.getSpans()) {
            add(span);
        }
    }

    private SpanTree.Node key(SpanAnnotation span, boolean afterEqualKeys) {
        SpanTree.Node node = nodes.get(span);
        return node != null ? node : SpanTree.probe(span, afterEqualKeys);
    }

    private static SpanAnnotation source(Link link) {
        return (SpanAnnotation) link.eContainer();
    }
}
