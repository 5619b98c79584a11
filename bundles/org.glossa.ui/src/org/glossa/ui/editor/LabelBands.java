package org.glossa.ui.editor;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.custom.StyledTextLineSpacingProvider;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.glossa.core.edit.SpanIndex;
import org.glossa.model.SpanAnnotation;

/**
 * The room above each visual line where span labels and link arcs are drawn. {@link StyledText} puts a line's
 * spacing below every visual line of a wrapped paragraph, so the spacing of paragraph {@code p} is the band above
 * its own second, third... visual lines and above the first visual line of {@code p + 1}; the first line of the
 * document gets the top margin. A paragraph's band has as many label rows as its most deeply nested labels need
 * (up to {@link #MAX_ROWS}), plus one row for arcs and their names; a paragraph without spans keeps the small gap
 * it always had. Rows are counted per paragraph, lazily, when the widget measures it: an edit changes at most its own
 * paragraph's band, and only then does that paragraph get measured again.
 */
final class LabelBands implements StyledTextLineSpacingProvider {
    /** Nesting deeper than this shares the top row (rare in news text; keeps bands from eating the page). */
    static final int MAX_ROWS = 3;
    /** The gap between lines without labels, and between chip rows and the text. */
    static final int PLAIN_GAP = 5;
    private static final int UNKNOWN = -1;

    private final StyledText text;
    private final Map<String, Integer> widths = new HashMap<>();
    private SpanIndex index;
    private int[] rowsByLine = new int[0];
    private Font chipFont;
    private int chipHeight = 12;

    LabelBands(StyledText text) {
        this.text = text;
        text.addDisposeListener(e -> disposeFont());
    }

    /** A new document (or none): every paragraph's rows are counted again when next measured. */
    void setIndex(SpanIndex newIndex) {
        index = newIndex;
        rowsByLine = new int[0];
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
    int height(int rows) {
        return rows <= 0 ? PLAIN_GAP : chipHeight + rows * (chipHeight + 1) + PLAIN_GAP;
    }

    /** The tallest band: the top margin, for the labels of the document's first line. */
    int tallest() {
        return height(MAX_ROWS);
    }

    @Override
    public Integer getLineSpacing(int lineIndex) {
        return height(Math.max(rows(lineIndex), rows(lineIndex + 1)));
    }

    /** The label rows that paragraph {@code line}'s own labels need. */
    int rows(int line) {
        if (index == null || line < 0 || line >= text.getLineCount()) {
            return 0;
        }
        if (rowsByLine.length != text.getLineCount()) {
            rowsByLine = new int[text.getLineCount()];
            Arrays.fill(rowsByLine, UNKNOWN);
        }
        if (rowsByLine[line] == UNKNOWN) {
            rowsByLine[line] = count(line);
        }
        return rowsByLine[line];
    }

    /** The paragraph (logical line) an offset is in. */
    int lineOf(int offset) {
        return text.getLineAtOffset(Math.min(offset, text.getCharCount()));
    }

    /**
     * Counts the rows of the paragraphs from {@code first} to {@code last} again after an edit; returns whether a
     * band changed (then the lines around must be measured again).
     */
    boolean recount(int first, int last) {
        if (index == null || rowsByLine.length != text.getLineCount()) {
            return false;
        }
        boolean changed = false;
        for (int line = Math.max(0, first); line <= Math.min(last, rowsByLine.length - 1); line++) {
            int rows = count(line);
            if (rowsByLine[line] != UNKNOWN && rowsByLine[line] != rows) {
                changed = true;
            }
            rowsByLine[line] = rows;
        }
        return changed;
    }

    /** The most labels stacked at one place among the spans that begin in the paragraph (their labels are here). */
    private int count(int line) {
        int begin = text.getOffsetAtLine(line);
        int end = line + 1 < text.getLineCount() ? text.getOffsetAtLine(line + 1) : text.getCharCount();
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
