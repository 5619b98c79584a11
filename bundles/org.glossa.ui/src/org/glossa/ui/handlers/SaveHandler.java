package org.glossa.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * Saves (Ctrl+S): every part with unsaved changes through its {@code @Persist} method. The annotator's editor and,
 * in review mode, the gold decisions of the disagreement walker share one project, so one save writes both.
 */
public final class SaveHandler {
    @CanExecute
    boolean canExecute(EPartService parts) {
        return !parts.getDirtyParts().isEmpty();
    }

    @Execute
    void execute(EPartService parts) {
        parts.saveAll(false);
    }
}
