package org.glossa.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.glossa.ui.EditorState;
import org.glossa.ui.parts.DocumentPart;

/**
 * Opens the find bar of the document editor (Ctrl+F, wherever the focus is): the editor's part is brought to the
 * front first, so the bar is seen and Esc returns the keyboard to the text.
 */
public final class FindHandler {
    @Execute
    void execute(EditorState state, EPartService parts) {
        if (state.editor() == null) {
            return;
        }
        var editorPart = parts.findPart(DocumentPart.ID);
        if (editorPart != null) {
            parts.activate(editorPart, false);
        }
        state.editor().showFindBar();
    }
}
