package org.glossa.core.edit;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Sets one single-valued feature (a note, a status, a colour, a hot key) and puts the old value back on undo. */
final class SetFeatureCommand extends EditCommand {
    private final EObject owner;
    private final EStructuralFeature feature;
    private final Object oldValue;
    private final Object newValue;
    private final List<ModelChange> changes;

    SetFeatureCommand(String label, EObject owner, EStructuralFeature feature, Object newValue, List<ModelChange> changes) {
        super(label);
        this.owner = owner;
        this.feature = feature;
        this.oldValue = owner.eGet(feature);
        this.newValue = newValue;
        this.changes = List.copyOf(changes);
    }

    @Override
    public void execute() {
        owner.eSet(feature, newValue);
    }

    @Override
    public void undo() {
        owner.eSet(feature, oldValue);
    }

    @Override
    List<ModelChange> changes() {
        return changes;
    }
}
