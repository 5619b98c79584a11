package org.glossa.ui.team;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.storage.ProjectStore;
import org.glossa.team.GitAccess;
import org.glossa.team.Role;
import org.glossa.team.SyncResult;
import org.glossa.team.TeamSync;
import org.glossa.team.TeamSync.SyncConflictException;
import org.glossa.team.merge.Resolution;
import org.glossa.ui.StatusLine;
import org.glossa.ui.WorkbenchProject;
import org.glossa.ui.WorkbenchReload;

/**
 * Team > Sync in the workbench: saves what is unsaved, syncs on a background thread under the lock the workbench
 * holds (a progress dialog with Cancel; the workbench waits, so nothing is edited while the sync writes others'
 * work into the folder), then opens the project again when something arrived. A conflict is shown by name for the
 * curator to decide; a failure (offline, refused) is one line, and the saved work stays committed locally.
 */
public final class WorkbenchSync {
    private final Shell shell;
    private final MApplication application;
    private final IEclipseContext context;
    private final EPartService parts;
    private final WorkbenchProject project;
    private final StatusLine statusLine;

    /** @param window the window whose parts are saved and rebuilt */
    public WorkbenchSync(Shell shell, MApplication application, MWindow window) {
        this.shell = shell;
        this.application = application;
        this.context = application.getContext();
        this.parts = window.getContext().get(EPartService.class);
        this.project = context.get(WorkbenchProject.class);
        this.statusLine = context.get(StatusLine.class);
    }

    /** @return whether the sync went through */
    public boolean run() {
        return run(Resolution.NONE);
    }

    private boolean run(Resolution resolution) {
        if (!parts.saveAll(false)) {
            statusLine.set("Not synced: the work could not be saved");
            return false;
        }
        ProjectStore store = context.get(ProjectStore.class);
        SyncResult[] result = new SyncResult[1];
        ProjectStore[] reopened = new ProjectStore[1];
        try {
            new ProgressMonitorDialog(shell).run(true, true, monitor -> {
                SubMonitor progress = SubMonitor.convert(monitor, "Sync with the team", 100);
                try {
                    result[0] = TeamSync.syncHolding(store, GitAccess.ofUser(), resolution, progress.split(85));
                    if (!result[0].received().isEmpty() || !result[0].mergedFiles().isEmpty()) {
                        progress.subTask("Opening what arrived");
                        reopened[0] = project.reopenStore();
                    }
                } catch (java.io.IOException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            return failed(e.getCause());
        } catch (OperationCanceledException | InterruptedException e) {
            statusLine.set("Sync cancelled; your saved work is kept here and syncs later");
            return false;
        }
        if (reopened[0] != null) {
            ProjectStore reopenedStore = reopened[0];
            WorkbenchReload.reload(application, parts, () -> project.install(context, reopenedStore), null);
        }
        statusLine.set(describe(result[0]));
        context.get(IEventBroker.class).send(TeamTopics.SYNCED, result[0]);
        return true;
    }

    private boolean failed(Throwable cause) {
        if (cause instanceof SyncConflictException conflict) {
            boolean curator = project.identity().map(id -> id.role() == Role.CURATOR).orElse(false);
            Resolution decided = new ConflictDialog(shell, conflict.conflicts(), curator).decide();
            if (decided != Resolution.NONE) {
                return run(decided);
            }
            statusLine.set("Not synced: " + conflict.conflicts().size() + " conflict(s) with the shared project");
            return false;
        }
        if (cause instanceof OperationCanceledException) {
            statusLine.set("Sync cancelled; your saved work is kept here and syncs later");
            return false;
        }
        String line = cause.getMessage() == null ? cause.toString() : cause.getMessage().lines().findFirst().orElse("");
        statusLine.set("Not synced: " + line);
        MessageDialog.openWarning(shell, SyncPrompt.TITLE, "Not synced: " + line
                + "\n\nYour work is saved here and syncs with the next Team > Sync.");
        return false;
    }

    static String describe(SyncResult result) {
        if (result.nothingToDo()) {
            return "Synced: nothing new here or in the team";
        }
        return "Synced: " + result.committed().size() + " file(s) sent, " + result.received().size()
                + " received" + (result.mergedFiles().isEmpty() ? "" : ", " + result.mergedFiles().size() + " merged");
    }
}
