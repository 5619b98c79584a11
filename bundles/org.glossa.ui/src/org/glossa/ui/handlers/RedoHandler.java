package org.glossa.ui.handlers;


import org.eclipse.e4.core.di.annotations.Execute;
import org.glossa.ui.EditorState;

/** Redoes the last undone change (Ctrl+Y in the editor). */
public final class RedoHandler {
    @Execute
    void execute(EditorState state) {
        if (state.editor() != null) {
            state.editor().redo();
        }
    }
}
