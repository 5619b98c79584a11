package org.glossa.ui.handlers;

import org.glossa.core.edit.EditingSession;
import org.glossa.model.Document;
import org.glossa.ui.EditorState;

/** Moves one edge of the open document's body region to the caret; refuses an empty or inverted body. */
final class BodyRegionEdits {
    private BodyRegionEdits() {
    }

    static void setEdge(EditorState state, EditingSession session, boolean start) {
        Document document = state.document();
        if (document == null || state.editor() == null) {
            return;
        }
        int caret = state.editor().textWidget().getCaretOffset();
        int begin = start ? caret : document.getBodyBegin();
        int end = start ? document.getBodyEnd() : caret;
        if (begin >= end) {
            state.editor().textWidget().getDisplay().beep();
            return;
        }
        session.setBodyRegion(document, begin, end);
    }
}
