package org.glossa.ui.handlers;

import org.glossa.core.edit.EditingSession;
import org.eclipse.e4.core.di.annotations.Execute;
import org.glossa.ui.EditorState;

/** Moves the start of the article body to the caret. */
public final class BodyStartHandler {
    @Execute
    void execute(EditorState state, EditingSession session) {
        BodyRegionEdits.setEdge(state, session, true);
    }
}
