package org.glossa.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.edit.EditingSession;
import org.glossa.ui.EditorState;
import org.glossa.ui.dialogs.KeyboardShortcutsDialog;
import org.glossa.ui.dialogs.ShortcutList;

/** Help → Keyboard Shortcuts (Ctrl+Shift+L): the sheet of every key; closing it returns the keyboard to the text. */
public final class ShortcutsHandler {
    @Execute
    void execute(Shell shell, MApplication application, EditingSession session, EditorState state, EPartService parts) {
        Shell open = KeyboardShortcutsDialog.openSheet(shell);
        if (open != null) {
            open.forceActive();
            return;
        }
        var shortcuts = ShortcutList.of(application, session.store().schema());
        new KeyboardShortcutsDialog(shortcuts, () -> EditorFocus.restore(shell, parts, state)).open(shell);
    }
}
