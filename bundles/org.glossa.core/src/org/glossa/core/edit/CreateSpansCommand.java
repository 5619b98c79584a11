package org.glossa.core.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;

/**
 * Creates one span, or many at once ("annotate all"), in one or more documents. Ids are drawn when the span is
 * first created and never given back: redo restores the same span objects with the same ids.
 */
final class CreateSpansCommand extends EditCommand {
    /** A span to create: validated against the schema, the text and the spans already there. */
    record Planned(IndexedSet target, String layer, String label, int begin, int end) {
    }

    private final List<Planned> planned;
    private final String author;
    private final Origin origin;
    private final List<ModelChange> changes;
    private final List<SpanAnnotation> created = new ArrayList<>();
    private final Map<IndexedSet, List<IndexedSet.SpanPosition>> undone = new LinkedHashMap<>();

    CreateSpansCommand(String label, List<Planned> planned, String author, Origin origin) {
        super(label);
        this.planned = List.copyOf(planned);
        this.author = author;
        this.origin = origin;
        ChangedRange range = new ChangedRange(ModelChange.Kind.SPANS);
        planned.forEach(p -> range.add(p.target().document(), p.begin(), p.end()));
        this.changes = range.changes();
    }

    /** The created spans, in the order they were planned. */
    List<SpanAnnotation> created() {
        return created;
    }

    @Override
    public void execute() {
        for (Planned p : planned) {
            created.add(p.target().create(p.layer(), p.label(), p.begin(), p.end(), author, origin));
        }
    }

    @Override
    public void undo() {
        Map<IndexedSet, List<SpanAnnotation>> byTarget = new LinkedHashMap<>();
        for (int i = 0; i < planned.size(); i++) {
            byTarget.computeIfAbsent(planned.get(i).target(), t -> new ArrayList<>()).add(created.get(i));
        }
        undone.clear();
        byTarget.forEach((target, spans) -> undone.put(target, target.removeSpans(spans)));
    }

    @Override
    public void redo() {
        undone.forEach(IndexedSet::restoreSpans);
    }

    @Override
    List<ModelChange> changes() {
        return changes;
    }
}
