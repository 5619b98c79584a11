package org.glossa.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.glossa.ui.team.SaveSync;

/**
 * Saves (Ctrl+S): every part with unsaved changes through its {@code @Persist} method. The annotator's editor and,
 * in review mode, the gold decisions of the disagreement walker share one project, so one save writes both. In a
 * team project a sync may follow, as the user's setting says (default: never).
 */
public final class SaveHandler {
    @CanExecute
    boolean canExecute(EPartService parts) {
        return !parts.getDirtyParts().isEmpty();
    }

    @Execute
    void execute(EPartService parts, Shell shell, MApplication application, MWindow window) {
        if (parts.saveAll(false)) {
            SaveSync.afterSave(shell, application, window);
        }
    }
}
