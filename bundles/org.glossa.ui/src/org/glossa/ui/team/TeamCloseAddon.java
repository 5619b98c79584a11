package org.glossa.ui.team;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.glossa.ui.WorkbenchProject;

/**
 * Offers a sync when the workbench of a team project closes (the setting team.syncOnClose; default: ask): after the
 * window's own close handler had its say (it asks to save what is unsaved), so a sync only takes saved work. A sync
 * that fails asks whether to close anyway; the work stays saved here either way.
 */
public final class TeamCloseAddon {
    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Object event, MApplication application) {
        for (MWindow window : application.getChildren()) {
            IWindowCloseHandler saving = window.getContext() == null ? null
                    : window.getContext().get(IWindowCloseHandler.class);
            if (window.getContext() != null) {
                window.getContext().set(IWindowCloseHandler.class, closing -> close(application, closing, saving));
            }
        }
    }

    private static boolean close(MApplication application, MWindow window, IWindowCloseHandler saving) {
        if (saving != null && !saving.close(window)) {
            return false;
        }
        WorkbenchProject project = application.getContext().get(WorkbenchProject.class);
        if (project == null || !project.isShared() || !(window.getWidget() instanceof Shell shell)) {
            return true;
        }
        if (!SyncPrompt.shouldSync(shell, TeamSettings.SYNC_ON_CLOSE, TeamSettings.syncOnClose(),
                "Sync your work with the team before closing?")) {
            return true;
        }
        return new WorkbenchSync(shell, application, window).run() || MessageDialog.openQuestion(shell, SyncPrompt.TITLE,
                "The sync did not go through; your work is saved here and syncs next time. Close anyway?");
    }
}
