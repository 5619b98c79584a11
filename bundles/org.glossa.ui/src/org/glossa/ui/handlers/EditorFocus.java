package org.glossa.ui.handlers;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.glossa.ui.EditorState;
import org.glossa.ui.parts.DocumentPart;

/** Where the keyboard goes after a dialog: the editor's text, where the next annotation is made. */
public final class EditorFocus {
    private EditorFocus() {
    }

    /**
     * Activates the workbench window and the editor's part, whose {@code @Focus} gives the text the keyboard. Run
     * after the dialog's shell is gone (asynchronously), so that its closing does not move the focus again.
     */
    public static void restore(Shell workbench, EPartService parts, EditorState state) {
        if (workbench.isDisposed()) {
            return;
        }
        workbench.getDisplay().asyncExec(() -> {
            if (workbench.isDisposed() || state.editor() == null || state.editor().textWidget().isDisposed()) {
                return;
            }
            workbench.forceActive();
            MPart editorPart = parts.findPart(DocumentPart.ID);
            if (editorPart != null) {
                parts.activate(editorPart, true);
            }
            state.editor().textWidget().setFocus();
        });
    }
}
