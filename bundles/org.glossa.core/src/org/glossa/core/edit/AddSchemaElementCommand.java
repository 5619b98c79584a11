package org.glossa.core.edit;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** Adds a layer, label, attribute definition or link type at the end of its owner's list. */
final class AddSchemaElementCommand extends EditCommand {
    private final EList<EObject> list;
    private final EObject element;
    private final int position;

    @SuppressWarnings("unchecked")
    AddSchemaElementCommand(String label, EObject owner, EReference containment, EObject element) {
        super(label);
        this.list = (EList<EObject>) owner.eGet(containment);
        this.element = element;
        this.position = list.size();
    }

    @Override
    public void execute() {
        list.add(position, element);
    }

    @Override
    public void undo() {
        list.remove(position);
    }

    @Override
    List<ModelChange> changes() {
        return List.of(ModelChange.projectWide());
    }
}
