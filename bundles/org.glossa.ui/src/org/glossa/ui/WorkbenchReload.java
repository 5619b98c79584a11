package org.glossa.ui;

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

/**
 * The one way to bring a project (re)opened, or another annotator's session on it, into the workbench: every part
 * that shows the project is built again on what the context then holds, and the annotator finds the place to go on
 * from (the same document, caret and scroll position after a sync or a switch of annotator; the project's last
 * document after opening another project). Rebuilding the parts, rather than teaching each one to swap its model,
 * keeps the parts as simple as they are: each works on one store and one session for its whole life.
 */
public final class WorkbenchReload {
    /** Where the annotator was: the open document, caret and scroll position, whose annotations were shown. */
    public record Position(String document, int caret, int topPixel, String viewed) {
        /** Where the annotator is now. */
        public static Position of(EditorState state) {
            Document document = state.document();
            StyledText text = state.editor() == null ? null : state.editor().textWidget();
            boolean shown = text != null && !text.isDisposed();
            return new Position(document == null ? null : document.getId(), shown ? text.getCaretOffset() : -1,
                    shown ? text.getTopPixel() : 0, state.viewedAnnotator());
        }
    }

    private WorkbenchReload() {
    }

    /**
     * On the UI thread: takes the parts down, lets {@code change} put the new store or session into the application
     * context (see {@link WorkbenchProject#install}), builds the parts again and goes to {@code position} (null: where
     * the annotator was) in the project the context then holds; the window's title follows.
     */
    public static void reload(MApplication application, EPartService parts, Runnable change, Position position) {
        IEclipseContext context = application.getContext();
        EModelService models = context.get(EModelService.class);
        Position where = position != null ? position : Position.of(context.get(EditorState.class));
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
        change.run();
        context.set(EditorState.class, new EditorState());
        shown.forEach(part -> part.setToBeRendered(true));
        selected.forEach((stack, element) -> {
            if (element != null && element.isToBeRendered()) {
                stack.setSelectedElement(element);
            }
        });
        ProjectStore store = context.get(ProjectStore.class);
        goTo(context.get(EditorState.class), store, where);
        WindowTitle.show(application, context.get(WorkbenchProject.class), store);
        if (active != null && active.isToBeRendered()) {
            parts.activate(active, true);
        }
    }

    /** Opens the position's document in {@code store}, if it has it, with the caret and scroll position. */
    static void goTo(EditorState state, ProjectStore store, Position position) {
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
            if (position.topPixel() >= 0) {
                text.setTopPixel(position.topPixel());
            } else {
                text.showSelection();
            }
            // the rebuilt editor has no size yet, so the scroll position was clamped to the top: set it again once
            // the parts are laid out
            text.getDisplay().asyncExec(() -> {
                if (text.isDisposed()) {
                    return;
                }
                if (position.topPixel() >= 0) {
                    text.setTopPixel(position.topPixel());
                } else {
                    text.showSelection();
                }
            });
        }
    }
}
