package org.glossa.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.StyledText;

/**
 * Text ranges whose styles changed, repainted once after what is being done now (or when the editor knows the edit
 * is complete, see {@link #repaintNow()}): an edit that creates a span
 * asks to repaint it when the model changes and again when the span is selected, and every repaint makes the
 * widget lay its line out again (a paragraph of hundreds of characters). Ranges that overlap are repainted
 * together; only their visible part is repainted. Styles never change a line's height, so the lines off screen keep
 * their measurements: redrawing a whole long wrapped text would make the widget measure every line again (seconds
 * for megabytes).
 */
final class StyleRepaints {
    private final StyledText text;
    private final LabelBands bands;
    /** Begin and end of each range still to repaint, none overlapping another. */
    private final List<int[]> pending = new ArrayList<>();
    private boolean scheduled;

    StyleRepaints(StyledText text, LabelBands bands) {
        this.text = text;
        this.bands = bands;
    }

    /** Repaints [begin, end) with fresh styles soon, once even if asked several times. */
    void add(int begin, int end) {
        int from = begin;
        int to = end;
        for (int i = pending.size() - 1; i >= 0; i--) {
            int[] range = pending.get(i);
            if (range[0] <= to && from <= range[1]) {
                from = Math.min(from, range[0]);
                to = Math.max(to, range[1]);
                pending.remove(i);
            }
        }
        pending.add(new int[] { from, to });
        if (!scheduled) {
            scheduled = true;
            text.getDisplay().asyncExec(this::repaintPending);
        }
    }

    /**
     * Repaints what is pending now, when the edit is known to be complete (the new span selected and revealed): then
     * GTK paints it in its next frame together with the selection, instead of one frame for each.
     */
    void repaintNow() {
        if (!pending.isEmpty()) {
            repaintPending();
        }
    }

    private void repaintPending() {
        scheduled = false;
        if (text.isDisposed()) {
            pending.clear();
            return;
        }
        List<int[]> ranges = new ArrayList<>(pending);
        pending.clear();
        for (int[] range : ranges) {
            repaintVisible(range[0], range[1]);
        }
    }

    private void repaintVisible(int begin, int end) {
        int top = text.getTopIndex();
        int bottom = text.getLineIndex(text.getClientArea().height); // the last line at least partly visible
        int firstVisible = text.getOffsetAtLine(top);
        int lastVisible = bottom + 1 < text.getLineCount() ? text.getOffsetAtLine(bottom + 1) : text.getCharCount();
        int from = Math.max(begin, firstVisible);
        int to = Math.min(Math.min(end, lastVisible), text.getCharCount());
        if (from < to) {
            text.redrawRange(from, to - from, true);
            // the labels above the range (and their neighbours on the same lines) are in the band above each line
            int bandTop = text.getLinePixel(text.getLineAtOffset(from));
            int bandBottom = text.getLinePixel(text.getLineAtOffset(to) + 1);
            int band = bands.tallest();
            text.redraw(0, bandTop - band, text.getClientArea().width, bandBottom - bandTop + band, false);
        }
    }
}
