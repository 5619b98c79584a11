package org.glossa.core.edit;

import java.util.List;

import org.glossa.model.Document;

/** Moves a document's body region (the part that exports and agreement use) in the project index. */
final class SetBodyRegionCommand extends EditCommand {
    private final Document document;
    private final int oldBegin;
    private final int oldEnd;
    private final int newBegin;
    private final int newEnd;
    private final List<ModelChange> changes;

    SetBodyRegionCommand(String label, Document document, int begin, int end) {
        super(label);
        this.document = document;
        this.oldBegin = document.getBodyBegin();
        this.oldEnd = document.getBodyEnd();
        this.newBegin = begin;
        this.newEnd = end;
        this.changes = List.of(new ModelChange(document, Math.min(oldBegin, begin), Math.max(oldEnd, end),
                ModelChange.Kind.BODY));
    }

    @Override
    public void execute() {
        set(newBegin, newEnd);
    }

    @Override
    public void undo() {
        set(oldBegin, oldEnd);
    }

    private void set(int begin, int end) {
        document.setBodyBegin(begin);
        document.setBodyEnd(end);
    }

    @Override
    List<ModelChange> changes() {
        return changes;
    }
}
