package org.glossa.ui.team;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Shell;
import org.glossa.ui.WorkbenchProject;

/** Team > Sync (Ctrl+Alt+S): saves, then syncs the working copy with the team. */
public final class SyncHandler {
    @CanExecute
    boolean canExecute(WorkbenchProject project) {
        return project.isShared();
    }

    @Execute
    void execute(Shell shell, MApplication application, MWindow window) {
        new WorkbenchSync(shell, application, window).run();
    }
}
