package org.glossa.ui.team;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.storage.ProjectStore;
import org.glossa.team.Role;
import org.glossa.ui.EditorState;
import org.glossa.ui.WorkbenchProject;

/** Team > Assign Documents…: the curator's; writes team/assignments.json, which the next sync shares. */
public final class AssignHandler {
    @CanExecute
    boolean canExecute(WorkbenchProject project) {
        return project.isShared() && project.identity().map(id -> id.role() == Role.CURATOR).orElse(false);
    }

    @Execute
    void execute(Shell shell, WorkbenchProject project, ProjectStore store, EditorState state) {
        if (new AssignDocumentsDialog(shell, project.root(), store, state.corpusSelection()).open() == 0) {
            state.corpusChanged(); // the corpus list orders by assignment
        }
    }
}
