package org.glossa.ui.editor;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.glossa.core.edit.SpanIndex;
import org.glossa.model.SpanAnnotation;

/**
 * The room above each visual line where span labels and link arcs are drawn: the widget's line spacing, which
 * {@link StyledText} puts below every visual line of a wrapped paragraph (so above the next one), plus the top
 * margin for the document's first line. The band has one row for arcs and their names and as many label rows as the
 * document's most deeply stacked labels need (up to {@link #MAX_ROWS}), counted when the document is opened. One
 * height for all lines keeps an edit cheap: only an edit that stacks labels deeper than any before makes the band
 * taller, once, and the widget measure the text again. (A spacing per paragraph, through a line spacing provider,
 * made the widget repaint without end: its renderer asks for a redraw whenever a laid-out line's spacing is looked at
 * again.)
 */
final class LabelBands {
    /** Stacking deeper than this shares the top row (rare in news text; keeps bands from eating the page). */
    static final int MAX_ROWS = 4;
    /** The gap between lines without labels, and between chip rows and the text. */
    static final int PLAIN_GAP = 5;

    private final StyledText text;
    private final Map<String, Integer> widths = new HashMap<>();
    private SpanIndex index;
    private int rows;
    private Font chipFont;
    private int chipHeight = 12;

    LabelBands(StyledText text) {
        this.text = text;
        text.addDisposeListener(e -> disposeFont());
    }

    /**
     * A new document (or none), before its text is set: the band gets as many label rows as the document's most
     * deeply stacked labels need. (Changing the spacing only marks the old lines stale; setting the text measures.)
     */
    void setDocument(SpanIndex newIndex, String content) {
        index = newIndex;
        rows = 0;
        if (index != null && content != null) { // a document without spans keeps its lines close together
            int begin = 0;
            while (begin <= content.length() && rows < MAX_ROWS) {
                int end = lineEnd(content, begin);
                rows = Math.max(rows, count(begin, end));
                begin = end + (end < content.length() && content.charAt(end) == '\r' && end + 1 < content.length()
                        && content.charAt(end + 1) == '\n' ? 2 : 1);
            }
        }
        apply();
    }

    private static int lineEnd(String content, int from) {
        for (int i = from; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return content.length();
    }

    /** Derives the label font from the editor's font: about three quarters of its height. */
    void setEditorFont(Font editorFont) {
        disposeFont();
        FontData data = editorFont.getFontData()[0];
        int height = Math.max(6, Math.round(data.getHeight() * 0.72f));
        chipFont = new Font(text.getDisplay(), data.getName(), height, SWT.NORMAL);
        widths.clear();
        GC gc = new GC(text);
        try {
            gc.setFont(chipFont);
            chipHeight = gc.getFontMetrics().getHeight() + 1;
        } finally {
            gc.dispose();
        }
    }

    Font chipFont() {
        return chipFont;
    }

    int chipHeight() {
        return chipHeight;
    }

    /** The width of a text in the label font; labels repeat, so their widths are remembered. */
    int width(GC gc, String label) {
        return widths.computeIfAbsent(label, l -> gc.textExtent(l).x);
    }

    /** The height of a band with so many label rows (arc row included). */
    int height(int labelRows) {
        return labelRows <= 0 ? PLAIN_GAP : chipHeight + labelRows * (chipHeight + 1) + PLAIN_GAP;
    }

    /** The label rows of the band (the same above every line). */
    int rows() {
        return rows;
    }

    /** The tallest band: the one above every line. */
    int tallest() {
        return height(rows);
    }

    /** Sets the widget's spacing and top margin to the band's height. */
    void apply() {
        int height = height(rows);
        if (text.getLineSpacing() != height) {
            text.setLineSpacing(height);
        }
        text.setMargins(LinkArcs.MARGIN, height + 4, 14, 10);
    }

    /**
     * After an edit in the paragraphs from {@code first} to {@code last}: if their labels now stack deeper than the
     * band has rows, the band grows (the widget measures the text again); returns whether it did.
     */
    boolean grow(int first, int last) {
        if (index == null || rows >= MAX_ROWS) {
            return false;
        }
        int deepest = rows;
        for (int line = Math.max(0, first); line <= Math.min(last, text.getLineCount() - 1); line++) {
            int begin = text.getOffsetAtLine(line);
            int end = line + 1 < text.getLineCount() ? text.getOffsetAtLine(line + 1) : text.getCharCount();
            deepest = Math.max(deepest, count(begin, end));
        }
        if (deepest == rows) {
            return false;
        }
        rows = deepest;
        apply();
        return true;
    }

    /** The most labels stacked at one place among the spans that begin in [begin, end) (their labels are there). */
    private int count(int begin, int end) {
        if (begin >= end) {
            return 0;
        }
        List<SpanAnnotation> spans = index.overlapping(begin, end);
        int[] starts = new int[spans.size()];
        int[] ends = new int[spans.size()];
        int n = 0;
        for (SpanAnnotation span : spans) {
            if (span.getBegin() >= begin) {
                starts[n] = span.getBegin();
                ends[n] = span.getEnd();
                n++;
            }
        }
        Arrays.sort(starts, 0, n);
        Arrays.sort(ends, 0, n);
        int depth = 0;
        int deepest = 0;
        for (int s = 0, e = 0; s < n; s++) { // a sweep: starts and ends in order
            while (e < n && ends[e] <= starts[s]) {
                depth--;
                e++;
            }
            deepest = Math.max(deepest, ++depth);
        }
        return Math.min(MAX_ROWS, deepest);
    }

    private void disposeFont() {
        if (chipFont != null) {
            chipFont.dispose();
            chipFont = null;
        }
    }
}
