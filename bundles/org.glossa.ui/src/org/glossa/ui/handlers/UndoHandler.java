package org.glossa.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.glossa.ui.EditorState;

import jakarta.inject.Named;

/**
 * Undoes the last change (Ctrl+Z, wherever the focus is): of the active part when it keeps its own history
 * ({@link UndoTarget}), else of the annotator's editing session.
 */
public final class UndoHandler {
    @Execute
    void execute(EditorState state, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart active) {
        if (active != null && active.getObject() instanceof UndoTarget target) {
            target.undo();
        } else if (state.editor() != null) {
            state.editor().undo();
        }
    }
}
