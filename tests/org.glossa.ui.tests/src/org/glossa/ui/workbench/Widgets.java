package org.glossa.ui.workbench;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Finds the widgets of the real parts the workbench tests drive. */
public final class Widgets {
    private Widgets() {
    }

    /** The first control of the type below {@code parent}, depth first, or null. */
    public static <T extends Control> T find(Composite parent, Class<T> type) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                T found = find(composite, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
