package org.glossa.core.edit;

import java.util.List;

import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;

/** Removes one link from its source span. */
final class UnlinkCommand extends EditCommand {
    private final IndexedSet target;
    private final Link link;
    private final List<ModelChange> changes;
    private List<IndexedSet.LinkPosition> removed = List.of();

    UnlinkCommand(String label, IndexedSet target, Link link) {
        super(label);
        this.target = target;
        this.link = link;
        this.changes = new ChangedRange(ModelChange.Kind.LINKS)
                .add(target.document(), (SpanAnnotation) link.eContainer())
                .add(target.document(), link.getTarget()).changes();
    }

    @Override
    public void execute() {
        removed = target.removeLinks(List.of(link));
    }

    @Override
    public void undo() {
        target.restoreLinks(removed);
    }

    @Override
    List<ModelChange> changes() {
        return changes;
    }
}
