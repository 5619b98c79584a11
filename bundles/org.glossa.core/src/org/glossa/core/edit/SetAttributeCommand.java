package org.glossa.core.edit;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EMap;
import org.glossa.model.SpanAnnotation;

/** Sets, changes or (with a null value) removes one attribute of a span, keeping the entries' order on undo. */
final class SetAttributeCommand extends EditCommand {
    private final SpanAnnotation span;
    private final String name;
    private final String newValue;
    private final List<ModelChange> changes;
    private Map.Entry<String, String> entry;
    private int position;
    private String oldValue;

    SetAttributeCommand(String label, IndexedSet target, SpanAnnotation span, String name, String valueOrNull) {
        super(label);
        this.span = span;
        this.name = name;
        this.newValue = valueOrNull;
        this.changes = new ChangedRange(ModelChange.Kind.ATTRIBUTES).add(target.document(), span).changes();
    }

    @Override
    public void execute() {
        EMap<String, String> attributes = span.getAttributes();
        position = attributes.indexOfKey(name);
        if (position >= 0) {
            entry = attributes.get(position);
            oldValue = entry.getValue();
            if (newValue == null) {
                attributes.remove(position);
            } else {
                entry.setValue(newValue);
            }
        } else {
            oldValue = null;
            position = attributes.size();
            attributes.put(name, newValue);
            entry = attributes.get(position);
        }
    }

    @Override
    public void undo() {
        EMap<String, String> attributes = span.getAttributes();
        if (oldValue == null) {
            attributes.remove(position);
        } else if (newValue == null) {
            attributes.add(position, entry);
        } else {
            entry.setValue(oldValue);
        }
    }

    @Override
    List<ModelChange> changes() {
        return changes;
    }
}
