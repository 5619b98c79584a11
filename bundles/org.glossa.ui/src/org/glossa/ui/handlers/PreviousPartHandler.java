package org.glossa.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/** Previous Part (Ctrl+Shift+F7): the previous part shown in the window gets the keyboard. */
public final class PreviousPartHandler {
    @Execute
    void execute(MWindow window, EModelService models, EPartService parts,
            @Optional @Named(IServiceConstants.ACTIVE_PART) MPart active) {
        CycleParts.step(window, models, parts, active, false);
    }
}
