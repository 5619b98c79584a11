package org.glossa.ui.handlers;


import org.eclipse.e4.core.di.annotations.Execute;
import org.glossa.ui.EditorState;

/** Undoes the last change (Ctrl+Z in the editor). */
public final class UndoHandler {
    @Execute
    void execute(EditorState state) {
        if (state.editor() != null) {
            state.editor().undo();
        }
    }
}
