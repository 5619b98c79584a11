package org.glossa.ui.handlers;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * Next Part (Ctrl+F7) and Previous Part (Ctrl+Shift+F7), as Eclipse cycles its views: activates the next (previous)
 * part shown in the window, in the window's order (left to right, top to bottom), and gives its main control the
 * keyboard through the part's {@code @Focus}.
 */
final class CycleParts {
    private CycleParts() {
    }

    static void step(MWindow window, EModelService models, EPartService parts, MPart active, boolean forward) {
        List<MPart> shown = models.findElements(window, null, MPart.class).stream()
                .filter(CycleParts::isShown).toList();
        if (shown.isEmpty()) {
            return;
        }
        int at = shown.indexOf(active);
        int step = forward ? 1 : -1;
        MPart next = shown.get(Math.floorMod(at < 0 ? 0 : at + step, shown.size()));
        parts.activate(next, true);
    }

    /** Rendered, visible and the selected tab of its stack: a part the annotator can see. */
    private static boolean isShown(MPart part) {
        if (!part.isToBeRendered() || !part.isVisible() || part.getWidget() == null) {
            return false;
        }
        MElementContainer<MUIElement> parent = part.getParent();
        return parent == null || parent.getSelectedElement() == null || parent.getSelectedElement() == part;
    }
}
