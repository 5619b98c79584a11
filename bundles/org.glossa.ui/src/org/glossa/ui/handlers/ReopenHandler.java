package org.glossa.ui.handlers;

import org.glossa.core.edit.EditingSession;
import org.glossa.model.AnnotationStatus;
import org.eclipse.e4.core.di.annotations.Execute;
import org.glossa.ui.EditorState;

/** Sets the open document back to in progress. */
public final class ReopenHandler {
    @Execute
    void execute(EditorState state, EditingSession session) {
        if (state.document() != null) {
            session.setStatus(state.document(), AnnotationStatus.IN_PROGRESS);
        }
    }
}
