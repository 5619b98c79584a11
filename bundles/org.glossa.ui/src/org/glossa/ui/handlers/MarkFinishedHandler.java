package org.glossa.ui.handlers;

import org.glossa.core.edit.EditingSession;
import org.glossa.model.AnnotationStatus;
import org.eclipse.e4.core.di.annotations.Execute;
import org.glossa.ui.EditorState;

/** Marks the open document finished for this annotator. */
public final class MarkFinishedHandler {
    @Execute
    void execute(EditorState state, EditingSession session) {
        if (state.document() != null) {
            session.setStatus(state.document(), AnnotationStatus.FINISHED);
        }
    }
}
