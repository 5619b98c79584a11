package org.glossa.core.edit;

import java.util.List;

import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;

/**
 * Gives a span another label, possibly of another layer; links and attributes the new layer does not allow
 * are dropped with it, and come back on undo.
 */
final class ChangeLabelCommand extends EditCommand {
    private final IndexedSet target;
    private final SpanAnnotation span;
    private final String oldLayer;
    private final String oldLabel;
    private final String newLayer;
    private final String newLabel;
    private final List<Link> droppedLinks;
    private final List<String> droppedAttributes;
    private final List<ModelChange> changes;
    private List<IndexedSet.LinkPosition> removedLinks = List.of();
    private List<AttributeEntries.EntryPosition> removedAttributes = List.of();

    ChangeLabelCommand(String label, IndexedSet target, SpanAnnotation span, String newLayer, String newLabel,
            List<Link> droppedLinks, List<String> droppedAttributes) {
        super(label);
        this.target = target;
        this.span = span;
        this.oldLayer = span.getLayer();
        this.oldLabel = span.getLabel();
        this.newLayer = newLayer;
        this.newLabel = newLabel;
        this.droppedLinks = List.copyOf(droppedLinks);
        this.droppedAttributes = List.copyOf(droppedAttributes);
        ChangedRange range = new ChangedRange(ModelChange.Kind.SPANS).add(target.document(), span);
        for (Link link : droppedLinks) {
            range.add(target.document(), (SpanAnnotation) link.eContainer()).add(target.document(), link.getTarget());
        }
        this.changes = range.changes();
    }

    @Override
    public void execute() {
        removedLinks = target.removeLinks(droppedLinks);
        removedAttributes = AttributeEntries.remove(span, droppedAttributes);
        target.setLayerAndLabel(span, newLayer, newLabel);
    }

    @Override
    public void undo() {
        target.setLayerAndLabel(span, oldLayer, oldLabel);
        AttributeEntries.restore(span, removedAttributes);
        target.restoreLinks(removedLinks);
    }

    @Override
    List<ModelChange> changes() {
        return changes;
    }
}
