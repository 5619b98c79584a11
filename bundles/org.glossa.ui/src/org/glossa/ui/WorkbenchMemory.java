package org.glossa.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MStackElement;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.glossa.core.settings.UserSettings;

/**
 * What the workbench remembers for its user between starts, in the user's settings: the window's bounds, the layout
 * (the weights of the sashes, the part selected in each stack, whether a closeable part is shown) and, per project,
 * the last open document with its caret. e4's own persisted model is not used: it would hide the menus and parts a
 * newer Glossa adds to Application.e4xmi; these few values apply to any version of the model.
 */
public final class WorkbenchMemory {
    private static final String WINDOW = "workbench.window";
    private static final String WEIGHT = ".weight.";
    private static final String SELECTED = ".selected.";
    private static final String SHOWN = ".shown.";
    private static final String LAST_DOCUMENT = "workbench.lastDocument.";

    private WorkbenchMemory() {
    }

    /** Applies the remembered window bounds and layout to the model before it is rendered. */
    static void restoreLayout(MApplication application, EModelService models, boolean review) {
        UserSettings settings = UserSettings.load();
        String prefix = prefix(review);
        for (MWindow window : application.getChildren()) {
            settings.get(WINDOW).map(WorkbenchMemory::numbers).filter(n -> n.length == 4 && n[2] > 100 && n[3] > 100)
                    .ifPresent(bounds -> {
                        window.setX(bounds[0]);
                        window.setY(bounds[1]);
                        window.setWidth(bounds[2]);
                        window.setHeight(bounds[3]);
                    });
        }
        for (MUIElement element : models.findElements(application, null, MUIElement.class)) {
            String id = element.getElementId();
            if (id == null) {
                continue;
            }
            settings.get(prefix + WEIGHT + id).filter(w -> w.matches("\\d{1,6}")).ifPresent(element::setContainerData);
            if (element instanceof MPart part && part.isCloseable()) {
                settings.get(prefix + SHOWN + id).map(Boolean::parseBoolean).ifPresent(part::setToBeRendered);
            }
        }
        for (MPartStack stack : models.findElements(application, null, MPartStack.class)) {
            settings.get(prefix + SELECTED + stack.getElementId()).ifPresent(id -> {
                for (MStackElement child : stack.getChildren()) {
                    if (id.equals(child.getElementId()) && child.isToBeRendered()) {
                        stack.setSelectedElement(child);
                    }
                }
            });
        }
    }

    /** Remembers the window bounds and layout as they are now (at exit). */
    static void saveLayout(MApplication application, EModelService models, boolean review) throws IOException {
        Map<String, String> values = new HashMap<>();
        String prefix = prefix(review);
        for (MWindow window : application.getChildren()) {
            values.put(WINDOW, window.getX() + "," + window.getY() + "," + window.getWidth() + "," + window.getHeight());
        }
        for (MUIElement element : models.findElements(application, null, MUIElement.class)) {
            String id = element.getElementId();
            if (id == null) {
                continue;
            }
            if (element.getContainerData() != null && element.getContainerData().matches("\\d{1,6}")) {
                values.put(prefix + WEIGHT + id, element.getContainerData());
            }
            if (element instanceof MPart part && part.isCloseable()) {
                values.put(prefix + SHOWN + id, Boolean.toString(part.isToBeRendered()));
            }
            if (element instanceof MPartStack stack && stack.getSelectedElement() != null
                    && stack.getSelectedElement().getElementId() != null) {
                values.put(prefix + SELECTED + id, stack.getSelectedElement().getElementId());
            }
        }
        UserSettings.load().putAll(values);
    }

    /** Remembers the document open in the project and its caret, or that none is open. */
    public static void rememberDocument(Path project, WorkbenchReload.Position position) throws IOException {
        String value = position.document() == null ? null : Math.max(0, position.caret()) + "@" + position.document();
        UserSettings.load().put(LAST_DOCUMENT + project, value);
    }

    /** The document last open in the project and its caret (scrolled into view), if one was remembered. */
    public static Optional<WorkbenchReload.Position> lastDocument(Path project) {
        return UserSettings.load().get(LAST_DOCUMENT + project).filter(v -> v.matches("\\d+@.+")).map(v -> {
            int at = v.indexOf('@');
            return new WorkbenchReload.Position(v.substring(at + 1), Integer.parseInt(v.substring(0, at)), -1, null);
        });
    }

    private static String prefix(boolean review) {
        return review ? "workbench.review" : "workbench";
    }

    private static int[] numbers(String text) {
        try {
            String[] parts = text.split(",");
            int[] numbers = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                numbers[i] = Integer.parseInt(parts[i].trim());
            }
            return numbers;
        } catch (NumberFormatException e) {
            return new int[0];
        }
    }
}
