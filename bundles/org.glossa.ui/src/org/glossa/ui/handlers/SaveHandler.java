package org.glossa.ui.handlers;


import org.eclipse.e4.core.di.annotations.Execute;
import org.glossa.ui.EditorState;

/** Saves every changed annotation file (Ctrl+S in the editor does the same). */
public final class SaveHandler {
    @Execute
    void execute(EditorState state) {
        if (state.editor() != null) {
            state.editor().save();
        }
    }
}
