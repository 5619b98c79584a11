package org.glossa.ui.team;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Shell;
import org.glossa.ui.WorkbenchProject;

/** After a save the user asked for (Ctrl+S, not the autosave): a sync, when the setting says so (default never). */
public final class SaveSync {
    private SaveSync() {
    }

    public static void afterSave(Shell shell, MApplication application, MWindow window) {
        WorkbenchProject project = application.getContext().get(WorkbenchProject.class);
        if (project != null && project.isShared() && SyncPrompt.shouldSync(shell, TeamSettings.SYNC_ON_SAVE,
                TeamSettings.syncOnSave(), "Sync your saved work with the team now?")) {
            new WorkbenchSync(shell, application, window).run();
        }
    }
}
