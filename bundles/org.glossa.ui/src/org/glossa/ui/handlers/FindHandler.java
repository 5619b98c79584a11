package org.glossa.ui.handlers;


import org.eclipse.e4.core.di.annotations.Execute;
import org.glossa.ui.EditorState;

/** Opens the find bar of the document editor. */
public final class FindHandler {
    @Execute
    void execute(EditorState state) {
        if (state.editor() != null) {
            state.editor().showFindBar();
        }
    }
}
