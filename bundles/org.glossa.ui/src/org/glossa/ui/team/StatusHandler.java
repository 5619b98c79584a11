package org.glossa.ui.team;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.glossa.ui.WorkbenchProject;

/** Team > Status…: shows the Team Status part. */
public final class StatusHandler {
    @CanExecute
    boolean canExecute(WorkbenchProject project) {
        return project.isShared();
    }

    @Execute
    void execute(MApplication application, EModelService models, EPartService parts) {
        MPart part = (MPart) models.find(TeamStatusPart.ID, application);
        if (part != null) {
            part.setToBeRendered(true);
            part.setVisible(true);
            parts.showPart(part, PartState.ACTIVATE);
        }
    }
}
