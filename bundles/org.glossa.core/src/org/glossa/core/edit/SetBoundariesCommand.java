package org.glossa.core.edit;

import java.util.List;

import org.glossa.model.SpanAnnotation;

/** Moves a span's begin and end. */
final class SetBoundariesCommand extends EditCommand {
    private final IndexedSet target;
    private final SpanAnnotation span;
    private final int oldBegin;
    private final int oldEnd;
    private final int newBegin;
    private final int newEnd;
    private final List<ModelChange> changes;

    SetBoundariesCommand(String label, IndexedSet target, SpanAnnotation span, int begin, int end) {
        super(label);
        this.target = target;
        this.span = span;
        this.oldBegin = span.getBegin();
        this.oldEnd = span.getEnd();
        this.newBegin = begin;
        this.newEnd = end;
        this.changes = new ChangedRange(ModelChange.Kind.SPANS).add(target.document(), oldBegin, oldEnd)
                .add(target.document(), begin, end).changes();
    }

    @Override
    public void execute() {
        target.setRange(span, newBegin, newEnd);
    }

    @Override
    public void undo() {
        target.setRange(span, oldBegin, oldEnd);
    }

    @Override
    List<ModelChange> changes() {
        return changes;
    }
}
