package org.glossa.core.edit;

import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * The base of Glossa's commands: each knows exactly how to undo and redo itself (no change recording, so an
 * edit of one span costs the same in a set of 30,000) and what it changed, for {@link ModelChange} events.
 * Commands are built only from requests that were already validated: executing one never fails.
 */
abstract class EditCommand extends AbstractCommand {
    EditCommand(String label) {
        super(label);
    }

    @Override
    protected final boolean prepare() {
        return true;
    }

    /** Redoing is executing again: every command keeps what it needs to do so. */
    @Override
    public void redo() {
        execute();
    }

    /** What execute, undo and redo change (the same ranges each time: the union of old and new). */
    abstract List<ModelChange> changes();

    /**
     * Whether the command changes span keys behind the back of {@link IndexedSet} (schema renames rewrite
     * layer and label names in every set), so that the session must rebuild its indexes afterwards.
     */
    boolean invalidatesIndexes() {
        return false;
    }
}
