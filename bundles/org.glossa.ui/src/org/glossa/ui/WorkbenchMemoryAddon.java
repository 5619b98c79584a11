package org.glossa.ui;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.glossa.core.storage.ProjectStore;

import jakarta.inject.Inject;

/**
 * Reopens the project's last document (and its caret) once the workbench has started, and remembers it with the
 * window and layout when the workbench closes; only when the workbench persists its state (the product does, tests
 * that want the default layout do not).
 */
public final class WorkbenchMemoryAddon {
    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Object event, MApplication application) {
        if (!persists(application)) {
            return;
        }
        WorkbenchProject project = application.getContext().get(WorkbenchProject.class);
        ProjectStore store = application.getContext().get(ProjectStore.class);
        EditorState state = application.getContext().get(EditorState.class);
        if (project != null && store != null && state != null && state.document() == null) {
            WorkbenchMemory.lastDocument(project.root()).ifPresent(position -> WorkbenchReload.goTo(state, store, position));
        }
    }

    /** Sent (not posted) by the workbench's close before the parts are taken down: the editor still has its caret. */
    @Inject
    @Optional
    void closing(@UIEventTopic(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED) Object event, MApplication application) {
        if (!persists(application)) {
            return;
        }
        try {
            WorkbenchMemory.saveLayout(application, application.getContext().get(EModelService.class),
                    Boolean.TRUE.equals(application.getContext().get(ProjectLifeCycle.REVIEW_MODE)));
            WorkbenchProject project = application.getContext().get(WorkbenchProject.class);
            EditorState state = application.getContext().get(EditorState.class);
            if (project != null && state != null) {
                WorkbenchMemory.rememberDocument(project.root(), WorkbenchReload.Position.of(state));
            }
        } catch (java.io.IOException | RuntimeException e) {
            // a preference only: the next start shows the default layout
        }
    }

    static boolean persists(MApplication application) {
        return !Boolean.FALSE.equals(application.getContext().get(IWorkbench.PERSIST_STATE));
    }
}
