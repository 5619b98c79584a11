package org.glossa.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;

/**
 * Closes the workbench after the window's close handler had its say: the workbench's own, which asks to save only
 * when a part is dirty (see the parts' {@code @Persist} methods).
 */
public final class QuitHandler {
    @Execute
    void execute(IWorkbench workbench, MWindow window) {
        IWindowCloseHandler handler = window.getContext().get(IWindowCloseHandler.class);
        if (handler == null || handler.close(window)) {
            workbench.close();
        }
    }
}
