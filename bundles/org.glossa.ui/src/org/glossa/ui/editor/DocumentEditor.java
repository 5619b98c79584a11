package org.glossa.ui.editor;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
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
import org.glossa.ui.prefs.EditorPreferences;

/**
 * The document editor: the whole text in one {@link StyledText} (no paging), spans drawn by
 * {@link AnnotationStyler} line by line, their labels and links above the lines by {@link AnnotationOverlay} in
 * the room {@link LabelBands} keeps between lines. Keys and clicks become
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
    private final LabelBands bands;
    private final AnnotationOverlay overlay;
    private final Color outsideBody = new Color(150, 150, 150);
    private final Color darkText = new Color(20, 20, 20);
    private final Color selectionColor = new Color(20, 20, 20);
    private final Color candidateColor = new Color(200, 0, 0);
    private Font font;
    private Runnable unsubscribePreferences = () -> { };
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
        bands = new LabelBands(text);
        text.setCaret(new org.eclipse.swt.widgets.Caret(text, SWT.NONE)); // a visible caret although read-only
        colors = new LabelColors(session.store().schema());
        styler = new AnnotationStyler(colors, outsideBody, selectionColor, candidateColor);
        text.addLineStyleListener(styler);
        applyFont(EditorPreferences.DEFAULTS);
        repaints = new StyleRepaints(text, bands);
        overlay = new AnnotationOverlay(this, bands, colors, selectionColor, candidateColor);
        text.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        actions = new EditorActions(this, session, state);
        new EditorKeyMap(actions).install(text);
        overlay.install(text);
        text.addListener(SWT.MouseUp, this::mouseUp);
        new SpanHover(this).install(text);
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
            unsubscribePreferences.run();
            if (font != null) {
                font.dispose();
            }
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

    /**
     * Shows the text in the preferences' font, zoom and palette from now on, and whenever they change (the zoom
     * keys, the preferences dialog).
     */
    public void follow(EditorPreferences preferences) {
        unsubscribePreferences.run();
        apply(preferences.values());
        unsubscribePreferences = preferences.onChange(values -> {
            Display display = text.getDisplay();
            if (Display.getCurrent() == display) {
                apply(values);
            } else {
                display.asyncExec(() -> apply(values));
            }
        });
    }

    /** Applies font, zoom and palette: the widget measures the text again, as any font change makes it. */
    void apply(EditorPreferences.Values values) {
        if (text.isDisposed()) {
            return;
        }
        int top = text.getTopIndex();
        colors.setPalette(values.palette());
        boolean highContrast = colors.isHighContrast();
        styler.setOutsideBody(highContrast ? new Color(105, 105, 105) : outsideBody);
        applyFont(values);
        overlay.invalidate();
        text.setTopIndex(top);
        text.redraw();
    }

    private void applyFont(EditorPreferences.Values values) {
        String name = values.fontName() == null || values.fontName().isBlank()
                ? text.getDisplay().getSystemFont().getFontData()[0].getName()
                : values.fontName();
        Font old = font;
        font = new Font(text.getDisplay(), name, values.zoomedFontHeight(), SWT.NORMAL);
        bands.setEditorFont(font);
        text.setFont(font);
        bands.apply();
        text.getCaret().setSize(2, text.getLineHeight());
        if (old != null) {
            old.dispose();
        }
    }

    /** The font the text is shown in now (the preferences' font at their zoom). */
    public Font textFont() {
        return font;
    }

    /** Shows or hides the labels and arcs above the lines (their room stays): the tests compare the two. */
    void showOverlay(boolean show) {
        overlay.setShown(show);
        text.redraw();
    }

    /** Where the labels on screen are drawn now. */
    LabelLayout labelLayout() {
        return overlay.layout();
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

    SpanAnnotation candidateForPainting() {
        return styler.candidate();
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
        overlay.invalidate();
        if (newDocument == null) {
            index = null;
            bands.setDocument(null, null);
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
            bands.setDocument(index, content);
            text.setText(content);
            text.setCaretOffset(newDocument.getBodyBegin());
            text.setTopIndex(Math.max(0, text.getLineAtOffset(newDocument.getBodyBegin()) - 2));
        } catch (DamagedFileException e) {
            index = null;
            bands.setDocument(null, null);
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
        overlay.invalidate();
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
                remeasureIfBandsChanged(change.begin(), change.end());
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

    /** An edit that stacks labels deeper than the band has rows makes it taller (the text is measured again). */
    private void remeasureIfBandsChanged(int begin, int end) {
        int count = text.getCharCount();
        if (begin <= count && bands.grow(text.getLineAtOffset(begin), text.getLineAtOffset(Math.min(end, count)))) {
            text.redraw();
        }
    }

    /** The hover text of a span (label, layer, annotator, attributes, links, note). */
    String tooltip(SpanAnnotation span) {
        return SpanTooltip.describe(span, session.store().schema(), index, text);
    }

    /** The span whose label chip is at the point, else the innermost span under it. */
    SpanAnnotation spanAt(int x, int y) {
        if (index == null || document == null) {
            return null;
        }
        SpanAnnotation labelled = chipAt(x, y);
        if (labelled != null) {
            return labelled;
        }
        int offset = offsetAt(x, y);
        if (offset < 0) {
            return null;
        }
        List<SpanAnnotation> here = index.at(offset);
        return here.isEmpty() ? null : here.get(here.size() - 1);
    }

    private SpanAnnotation chipAt(int x, int y) {
        LabelChip best = null;
        for (LabelChip chip : overlay.layout().chips()) {
            if (chip.box().contains(x, y) && (best == null || chip.box().width < best.box().width)) {
                best = chip;
            }
        }
        return best == null ? null : best.span();
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
        SpanAnnotation labelled = chipAt(event.x, event.y);
        if (labelled != null) {
            actions.clickedSpan(labelled); // a click on a label picks its span, however deep it is nested
            return;
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
        String mode = StatusText.linkMode(actions.linkModeDescription(), styler.candidate(), text);
        statusListener.accept(StatusText.describe(text, document, state.selectedSpan(), mode, session));
    }

    void status(String message) {
        statusListener.accept(message);
    }
}
