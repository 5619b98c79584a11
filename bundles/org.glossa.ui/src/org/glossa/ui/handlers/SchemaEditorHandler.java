package org.glossa.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.edit.EditingSession;
import org.glossa.ui.EditorState;
import org.glossa.ui.dialogs.SchemaDialog;

/**
 * Opens the schema editor; its changes apply to open editors at once and can be undone. Closing it gives the keyboard
 * to the editor's text.
 */
public final class SchemaEditorHandler {
    @Execute
    void execute(Shell shell, EditingSession session, EditorState state, EPartService parts) {
        new SchemaDialog(shell, session).open();
        EditorFocus.restore(shell, parts, state);
    }
}
