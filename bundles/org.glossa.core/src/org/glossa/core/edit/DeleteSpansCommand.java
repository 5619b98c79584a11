package org.glossa.core.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;

/** Deletes spans together with the links of other spans that point at them; undo puts all of it back in place. */
final class DeleteSpansCommand extends EditCommand {
    /** What to delete in one set: the spans, and the links of surviving spans that point at them. */
    record Deletion(IndexedSet target, List<SpanAnnotation> spans, List<Link> incomingLinks) {
    }

    /** What one deletion removed, with positions. */
    private record Removed(IndexedSet target, List<IndexedSet.SpanPosition> spans, List<IndexedSet.LinkPosition> links) {
    }

    private final List<Deletion> deletions;
    private final List<ModelChange> changes;
    private final List<Removed> removed = new ArrayList<>();

    /**
     * Deletes the spans, grouped by the set that holds them, with the links of other spans pointing at them.
     *
     * @param owner the set that holds a span (refusing spans the session does not edit)
     */
    static DeleteSpansCommand of(String label, Set<SpanAnnotation> deleted, Function<SpanAnnotation, IndexedSet> owner) {
        Map<IndexedSet, List<SpanAnnotation>> byTarget = new LinkedHashMap<>();
        for (SpanAnnotation span : deleted) {
            byTarget.computeIfAbsent(owner.apply(span), t -> new ArrayList<>()).add(span);
        }
        List<Deletion> deletions = new ArrayList<>();
        byTarget.forEach((target, group) -> {
            List<Link> incoming = new ArrayList<>();
            for (SpanAnnotation span : group) {
                for (Link link : target.index().incomingLinks(span)) {
                    if (!deleted.contains(link.eContainer())) {
                        incoming.add(link);
                    }
                }
            }
            deletions.add(new Deletion(target, group, incoming));
        });
        return new DeleteSpansCommand(label, deletions);
    }

    DeleteSpansCommand(String label, List<Deletion> deletions) {
        super(label);
        this.deletions = List.copyOf(deletions);
        ChangedRange range = new ChangedRange(ModelChange.Kind.SPANS);
        for (Deletion deletion : deletions) {
            deletion.spans().forEach(s -> range.add(deletion.target().document(), s));
            deletion.incomingLinks().forEach(l -> range.add(deletion.target().document(), (SpanAnnotation) l.eContainer()));
        }
        this.changes = range.changes();
    }

    @Override
    public void execute() {
        removed.clear();
        for (Deletion deletion : deletions) {
            List<IndexedSet.LinkPosition> links = deletion.target().removeLinks(deletion.incomingLinks());
            List<IndexedSet.SpanPosition> spans = deletion.target().removeSpans(deletion.spans());
            removed.add(new Removed(deletion.target(), spans, links));
        }
    }

    @Override
    public void undo() {
        for (int i = removed.size() - 1; i >= 0; i--) {
            Removed r = removed.get(i);
            r.target().restoreSpans(r.spans());
            r.target().restoreLinks(r.links());
        }
    }

    @Override
    List<ModelChange> changes() {
        return changes;
    }
}
