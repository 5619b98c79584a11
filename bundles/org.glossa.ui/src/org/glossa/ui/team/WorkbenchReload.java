package org.glossa.ui.team;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MStackElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.custom.StyledText;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.ui.EditorState;
import org.glossa.ui.WorkbenchProject;

/**
 * Brings a project opened again (after a sync wrote others' work into the folder) into the workbench: every part
 * that shows the project is built again on the new store, and the annotator finds the same document, caret and
 * scroll position as before. Rebuilding the parts, rather than teaching each one to swap its model, keeps the parts
 * as simple as they are: each works on one store for its whole life.
 */
final class WorkbenchReload {
    /** Where the annotator was: the open document, caret and scroll position, whose annotations were shown. */
    private record Position(String document, int caret, int topPixel, String viewed) {
        static Position of(EditorState state) {
            Document document = state.document();
            StyledText text = state.editor() == null ? null : state.editor().textWidget();
            boolean shown = text != null && !text.isDisposed();
            return new Position(document == null ? null : document.getId(), shown ? text.getCaretOffset() : -1,
                    shown ? text.getTopPixel() : 0, state.viewedAnnotator());
        }
    }

    private WorkbenchReload() {
    }

    /** On the UI thread, with the store {@link WorkbenchProject#reopenStore()} gave. */
    static void install(MApplication application, EPartService parts, WorkbenchProject project, ProjectStore store) {
        IEclipseContext context = application.getContext();
        EModelService models = context.get(EModelService.class);
        Position position = Position.of(context.get(EditorState.class));
        MPart active = parts.getActivePart();
        List<MPart> shown = new ArrayList<>();
        Map<MPartStack, MStackElement> selected = new LinkedHashMap<>();
        for (MPart part : models.findElements(application, null, MPart.class)) {
            if (part.isToBeRendered() && part.getWidget() != null) {
                shown.add(part);
                Object parent = part.getParent();
                if (parent instanceof MPartStack stack) {
                    selected.putIfAbsent(stack, stack.getSelectedElement());
                }
            }
        }
        shown.forEach(part -> part.setToBeRendered(false));
        project.install(context, store);
        context.set(EditorState.class, new EditorState());
        shown.forEach(part -> part.setToBeRendered(true));
        selected.forEach((stack, element) -> {
            if (element != null && element.isToBeRendered()) {
                stack.setSelectedElement(element);
            }
        });
        restore(context.get(EditorState.class), store, position);
        if (active != null && active.isToBeRendered()) {
            parts.activate(active, true);
        }
    }

    private static void restore(EditorState state, ProjectStore store, Position position) {
        if (position.viewed() != null) {
            state.viewAnnotator(position.viewed());
        }
        Document document = position.document() == null ? null : store.document(position.document()).orElse(null);
        if (document == null) {
            return;
        }
        state.openDocument(document);
        StyledText text = state.editor() == null ? null : state.editor().textWidget();
        if (text != null && !text.isDisposed() && position.caret() >= 0 && position.caret() <= text.getCharCount()) {
            text.setCaretOffset(position.caret());
            text.setTopPixel(position.topPixel());
            // the rebuilt editor has no size yet, so the scroll position was clamped to the top: set it again once
            // the parts are laid out
            text.getDisplay().asyncExec(() -> {
                if (!text.isDisposed()) {
                    text.setTopPixel(position.topPixel());
                }
            });
        }
    }
}
