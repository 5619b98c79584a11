package org.glossa.core.edit;

import java.util.ArrayList;
import java.util.List;

/** Several commands that are done, undone and redone as one step (one entry in the undo history). */
final class SequenceCommand extends EditCommand {
    private final List<EditCommand> steps;

    SequenceCommand(String label, List<EditCommand> steps) {
        super(label);
        this.steps = List.copyOf(steps);
    }

    @Override
    public void execute() {
        steps.forEach(EditCommand::execute);
    }

    @Override
    public void undo() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            steps.get(i).undo();
        }
    }

    @Override
    public void redo() {
        steps.forEach(EditCommand::redo);
    }

    @Override
    List<ModelChange> changes() {
        List<ModelChange> changes = new ArrayList<>();
        steps.forEach(step -> changes.addAll(step.changes()));
        return changes;
    }

    @Override
    boolean invalidatesIndexes() {
        return steps.stream().anyMatch(EditCommand::invalidatesIndexes);
    }
}
