package org.glossa.core.edit;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/** Removes an unused schema element (a label) from its owner's list; undo puts it back at its position. */
final class RemoveSchemaElementCommand extends EditCommand {
    private final EList<EObject> list;
    private final EObject element;
    private final int position;

    @SuppressWarnings("unchecked")
    RemoveSchemaElementCommand(String label, EObject element) {
        super(label);
        this.list = (EList<EObject>) element.eContainer().eGet(element.eContainmentFeature());
        this.element = element;
        this.position = list.indexOf(element);
    }

    @Override
    public void execute() {
        list.remove(position);
    }

    @Override
    public void undo() {
        list.add(position, element);
    }

    @Override
    List<ModelChange> changes() {
        return List.of(ModelChange.projectWide());
    }
}
