package org.glossa.core.edit;

import java.util.List;

import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;

/** Adds a link to its source span, or, for a link type that allows one link only, replaces the existing one. */
final class LinkCommand extends EditCommand {
    private final IndexedSet target;
    private final SpanAnnotation source;
    private final Link link;
    private final int position;
    private final boolean replaces;
    private final List<ModelChange> changes;
    private Link replaced;

    /** @param replacedPosition the position of the link this one replaces, or -1 to add it at the end */
    LinkCommand(String label, IndexedSet target, SpanAnnotation source, Link link, int replacedPosition) {
        super(label);
        this.target = target;
        this.source = source;
        this.link = link;
        this.replaces = replacedPosition >= 0;
        this.position = replaces ? replacedPosition : source.getLinks().size();
        ChangedRange range = new ChangedRange(ModelChange.Kind.LINKS).add(target.document(), source)
                .add(target.document(), link.getTarget());
        if (replaces) {
            range.add(target.document(), source.getLinks().get(replacedPosition).getTarget());
        }
        this.changes = range.changes();
    }

    @Override
    public void execute() {
        if (replaces) {
            replaced = target.replaceLink(source, position, link);
        } else {
            target.addLink(source, position, link);
        }
    }

    @Override
    public void undo() {
        if (replaces) {
            target.replaceLink(source, position, replaced);
        } else {
            target.removeLinks(List.of(link));
        }
    }

    @Override
    List<ModelChange> changes() {
        return changes;
    }
}
