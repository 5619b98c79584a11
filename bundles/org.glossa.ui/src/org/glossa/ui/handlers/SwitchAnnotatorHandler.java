package org.glossa.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Annotator;
import org.glossa.ui.ProjectSwitch;
import org.glossa.ui.WorkbenchProject;
import org.glossa.ui.dialogs.AnnotatorNameDialog;

/**
 * File > Switch Annotator: asks for the name to work under (the project's annotators offered) and shows that
 * annotator's work in every part. In review mode the name is the curator's, under which gold decisions are recorded.
 */
public final class SwitchAnnotatorHandler {
    @Execute
    void execute(Shell shell, MApplication application, EPartService parts, WorkbenchProject project, ProjectStore store) {
        String message = project.isReviewMode()
                ? "You review as the curator named here: the gold decisions you make are recorded under this name. "
                        + "Other annotators' work stays read-only."
                : "The annotator to work as: every part shows this annotator's annotations, and every change is "
                        + "recorded under this name.";
        List<String> known = store.project().getAnnotators().stream().map(Annotator::getName).sorted().toList();
        AnnotatorNameDialog dialog = new AnnotatorNameDialog(shell, message, project.annotator(), known);
        if (dialog.open() == Window.OK) {
            new ProjectSwitch(shell, application, parts).switchAnnotator(dialog.chosen());
        }
    }
}
