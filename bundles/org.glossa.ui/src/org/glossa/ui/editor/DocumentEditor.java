package org.glossa.ui.editor;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.edit.ModelChange;
import org.glossa.core.edit.SpanIndex;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.text.SelectionSnapper;
import org.glossa.text.WordSteps;
import org.glossa.ui.EditorState;

/**
 * The document editor: the whole text in one {@link StyledText} (no paging), spans drawn by
 * {@link AnnotationStyler} line by line, links drawn by {@link LinkPainter}. Keys and clicks become
 * {@link EditorActions}; every change goes through the {@link EditingSession}'s command stack.
 */
public final class DocumentEditor {
    private final EditingSession session;
    private final EditorState state;
    private final Composite container;
    private final StyledText text;
    private final FindBar findBar;
    private final LabelColors colors;
    private final AnnotationStyler styler;
    private final StyleRepaints repaints;
    private final EditorActions actions;
    private final Consumer<ModelChange> changeListener = this::modelChanged;
    private final Runnable unsubscribeDocument;
    private final Runnable unsubscribeSpan;
    private final Runnable unsubscribeView;
    private Consumer<String> statusListener = s -> { };
    private Document document;
    private SpanIndex index;
    private SelectionSnapper snapper;
    private WordSteps wordSteps;
    private int lastClickOffset = -1;

    public DocumentEditor(Composite parent, EditingSession session, EditorState state) {
        this.session = session;
        this.state = state;
        container = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(container);
        text = new StyledText(container, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI);
        findBar = new FindBar(container, text);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
        text.setMargins(14, 10, 14, 10);
        text.setLineSpacing(5);
        text.setCaret(new org.eclipse.swt.widgets.Caret(text, SWT.NONE)); // a visible caret although read-only
        text.getCaret().setSize(2, text.getLineHeight());
        colors = new LabelColors(session.store().schema());
        styler = new AnnotationStyler(colors, new Color(150, 150, 150), new Color(20, 20, 20), new Color(200, 0, 0));
        text.addLineStyleListener(styler);
        repaints = new StyleRepaints(text);
        text.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        actions = new EditorActions(this, session, state);
        new EditorKeyMap(actions).install(text);
        new LinkPainter(this, colors).install(text);
        text.addListener(SWT.MouseUp, this::mouseUp);
        text.addCaretListener(e -> reportStatus());
        text.addListener(SWT.Selection, e -> reportStatus());
        session.addChangeListener(changeListener);
        unsubscribeDocument = state.onDocument(this::setDocument);
        unsubscribeSpan = state.onSpan(this::spanSelected);
        unsubscribeView = state.onView(annotator -> setDocument(document));
        text.addDisposeListener(e -> {
            session.removeChangeListener(changeListener);
            unsubscribeDocument.run();
            unsubscribeSpan.run();
            unsubscribeView.run();
        });
        text.setText("Open a document from the corpus (double-click or Enter).");
    }

    public StyledText textWidget() {
        return text;
    }

    /** The editor's outermost control (the find bar and the text). */
    public Composite control() {
        return container;
    }

    /** Shows the in-document find bar (Ctrl+F). */
    public void showFindBar() {
        findBar.show();
    }

    public Document document() {
        return document;
    }

    /**
     * The style the editor paints at an offset, as its line style listener computes it (StyledText itself
     * answers only for styles it stores, not for listener-provided ones).
     */
    org.eclipse.swt.custom.StyleRange styleAt(int offset) {
        int line = text.getLineAtOffset(offset);
        org.eclipse.swt.custom.StyleRange[] styles = styler.styles(text.getOffsetAtLine(line), text.getLine(line).length());
        if (styles != null) {
            for (org.eclipse.swt.custom.StyleRange style : styles) {
                if (style.start <= offset && offset < style.start + style.length) {
                    return style;
                }
            }
        }
        return new org.eclipse.swt.custom.StyleRange(offset, 1, null, null);
    }

    SpanIndex index() {
        return index;
    }

    SelectionSnapper snapper() {
        return snapper;
    }

    /** Word steps over the shown document's text, made once per document (not per key press). */
    WordSteps wordSteps() {
        return wordSteps;
    }

    SpanAnnotation selectedSpanForPainting() {
        return state.selectedSpan();
    }

    EditorActions actions() {
        return actions;
    }

    /** The caret, selection and span under the caret, in words; the workbench shows it in its status line. */
    public void setStatusListener(Consumer<String> listener) {
        statusListener = listener == null ? s -> { } : listener;
        reportStatus();
    }

    public void undo() {
        actions.undo();
    }

    public void redo() {
        actions.redo();
    }

    /** Applies a label to the current selection or the selected span, as the label's hot key does. */
    public void applyLabel(String layer, String label, boolean snapToWords) {
        actions.applyLabel(layer, label, snapToWords);
    }

    private void setDocument(Document newDocument) {
        document = newDocument;
        if (newDocument == null) {
            index = null;
            styler.setInput(null, null, null);
            text.setText("");
            return;
        }
        try {
            String content = session.store().text(newDocument);
            index = shownIndex(newDocument);
            snapper = new SelectionSnapper(content);
            wordSteps = new WordSteps(content);
            styler.setInput(session.store().schema(), newDocument, index);
            styler.setSelected(null);
            styler.setCandidate(null);
            text.setText(content);
            text.setCaretOffset(newDocument.getBodyBegin());
            text.setTopIndex(Math.max(0, text.getLineAtOffset(newDocument.getBodyBegin()) - 2));
        } catch (DamagedFileException e) {
            index = null;
            styler.setInput(null, null, null);
            text.setText(e.getMessage());
        }
        reportStatus();
    }

    /** The annotator's own set, or in review mode the set being looked at, read-only. */
    private SpanIndex shownIndex(Document shown) throws DamagedFileException {
        String viewed = state.viewedAnnotator();
        if (viewed == null || viewed.equals(session.annotator())) {
            return session.index(shown);
        }
        return SpanIndex.snapshotOf(session.store().annotations(shown, viewed));
    }

    /** Whether another annotator's set is shown (review mode): nothing can be changed then. */
    public boolean isReadOnly() {
        String viewed = state.viewedAnnotator();
        return viewed != null && !viewed.equals(session.annotator());
    }

    private void spanSelected(SpanAnnotation span) {
        SpanAnnotation previous = styler.selected();
        styler.setSelected(span);
        redraw(previous);
        if (span != null && document != null) {
            redraw(span);
            reveal(span);
        }
        if (hasArcs(previous) || hasArcs(span)) {
            text.redraw(); // link arcs may cross the whole view
        }
        repaints.repaintNow(); // the selection ends an edit: its changed spans are painted in the same frame
        reportStatus();
    }

    /** Whether the span's links are drawn as arcs when it is selected (then the whole view is repainted). */
    private boolean hasArcs(SpanAnnotation span) {
        return span != null && span.getSet() != null && index != null
                && (!span.getLinks().isEmpty() || !index.incomingLinks(span).isEmpty());
    }

    void setCandidate(SpanAnnotation candidate) {
        SpanAnnotation previous = styler.candidate();
        styler.setCandidate(candidate);
        redraw(previous);
        if (candidate != null) {
            redraw(candidate);
            reveal(candidate);
        }
    }

    /** Scrolls so the span is visible and puts the caret at its start. */
    public void reveal(SpanAnnotation span) {
        if (span.getBegin() > text.getCharCount()) {
            return;
        }
        text.setSelection(span.getBegin());
        text.showSelection();
        int endLine = text.getLineAtOffset(Math.min(span.getEnd(), text.getCharCount()));
        int visibleLines = Math.max(1, text.getClientArea().height / Math.max(1, text.getLineHeight()));
        if (endLine >= text.getTopIndex() + visibleLines) {
            text.setTopIndex(Math.max(0, endLine - visibleLines + 1));
        }
    }

    private void redraw(SpanAnnotation span) {
        if (span != null && span.getEnd() <= text.getCharCount()) {
            repaint(span.getBegin(), span.getEnd());
        }
    }

    private void modelChanged(ModelChange change) {
        if (text.isDisposed()) {
            return;
        }
        if (change.kind() == ModelChange.Kind.SCHEMA) {
            colors.reset(session.store().schema());
            styler.setInput(session.store().schema(), document, index);
            actions.schemaChanged();
            redrawAll();
        } else if (document != null && change.document() == document) {
            if (change.kind() == ModelChange.Kind.STATUS) {
                // the set's status (new, in progress, finished) shows in the corpus, not in the text
            } else if (change.begin() < 0 || change.kind() == ModelChange.Kind.BODY) {
                redrawAll();
            } else {
                repaint(change.begin(), change.end());
                if (change.kind() == ModelChange.Kind.LINKS || hasArcs(state.selectedSpan())) {
                    text.redraw(); // arcs of links may cross the whole view
                }
            }
            SpanAnnotation selected = state.selectedSpan();
            if (selected != null && selected.getSet() == null) {
                state.selectSpan(null); // deleted, or its creation undone
            }
        }
        reportStatus();
    }

    private void redrawAll() {
        repaint(0, text.getCharCount());
        text.redraw();
    }

    /** Repaints the visible part of [begin, end) with fresh styles, once after the current edit or selection. */
    private void repaint(int begin, int end) {
        repaints.add(begin, end);
    }

    private void mouseUp(Event event) {
        if (document == null || index == null || event.button != 1) {
            return;
        }
        Point selection = text.getSelection();
        if (selection.x != selection.y) {
            return; // a drag: the annotator will press a hot key or pick a label
        }
        int offset = offsetAt(event.x, event.y);
        if (offset < 0) {
            actions.clickOutsideSpans();
            return;
        }
        List<SpanAnnotation> here = index.at(offset);
        if (here.isEmpty()) {
            actions.clickOutsideSpans();
            lastClickOffset = -1;
            return;
        }
        // Repeated clicks at one place walk outwards from the innermost span.
        SpanAnnotation current = state.selectedSpan();
        int position = here.indexOf(current);
        SpanAnnotation chosen = offset == lastClickOffset && position > 0 ? here.get(position - 1) : here.get(here.size() - 1);
        lastClickOffset = offset;
        actions.clickedSpan(chosen);
    }

    private int offsetAt(int x, int y) {
        try {
            int offset = text.getOffsetAtPoint(new Point(x, y));
            return offset;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    void reportStatus() {
        if (text.isDisposed()) {
            return;
        }
        statusListener.accept(StatusText.describe(text, document, state.selectedSpan(), actions.linkModeDescription(),
                session));
    }

    void status(String message) {
        statusListener.accept(message);
    }
}
