package org.glossa.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.glossa.core.edit.SpanIndex;
import org.glossa.model.SpanAnnotation;

/**
 * Where the labels of the spans on screen go: each above the visual line its span starts on, as wide as the span's
 * text on that line; on one visual line inner (narrower) spans take the row next to the text and spans that overlap
 * them stack above, so nesting reads outer above inner. Only spans that begin in the paragraphs on screen are
 * placed: a few dozen text bounds per paint, whatever the document's length.
 */
final class LabelLayout {
    private static final int CHIP_GAP = 1;
    private final List<LabelChip> chips;
    private final Map<SpanAnnotation, LabelChip> bySpan;
    private final int firstOffset;
    private final int lastOffset;

    private LabelLayout(List<LabelChip> chips, int firstOffset, int lastOffset) {
        this.chips = chips;
        this.firstOffset = firstOffset;
        this.lastOffset = lastOffset;
        bySpan = new IdentityHashMap<>();
        chips.forEach(chip -> bySpan.put(chip.span(), chip));
    }

    static LabelLayout empty() {
        return new LabelLayout(List.of(), 0, 0);
    }

    List<LabelChip> chips() {
        return chips;
    }

    LabelChip chipOf(SpanAnnotation span) {
        return bySpan.get(span);
    }

    /** Whether the offset lies before the paragraphs laid out (then it is above the screen). */
    boolean isAbove(int offset) {
        return offset < firstOffset;
    }

    /** Whether a span starts in the paragraphs laid out. */
    boolean covers(int offset) {
        return offset >= firstOffset && offset < lastOffset;
    }

    static LabelLayout of(StyledText text, SpanIndex index, LabelBands bands, GC gc) {
        int count = text.getCharCount();
        if (index == null || count == 0) {
            return empty();
        }
        Rectangle area = text.getClientArea();
        int top = text.getTopIndex();
        int bottom = Math.min(text.getLineCount() - 1, text.getLineIndex(Math.max(0, area.height - 1)) + 1);
        int first = text.getOffsetAtLine(top);
        int last = bottom + 1 < text.getLineCount() ? text.getOffsetAtLine(bottom + 1) : count;
        int rightEdge = area.width - text.getRightMargin();
        Map<Integer, List<Placed>> byLine = new LinkedHashMap<>();
        for (SpanAnnotation span : index.overlapping(first, Math.max(first + 1, last))) {
            int begin = span.getBegin();
            if (begin < first || begin >= last || begin >= count) {
                continue;
            }
            Rectangle start = text.getTextBounds(begin, begin);
            if (start.y + start.height < 0 || start.y - bands.tallest() > area.height) {
                continue;
            }
            int lastChar = Math.min(count - 1, Math.max(begin, span.getEnd() - 1));
            Rectangle end = text.getTextBounds(lastChar, lastChar);
            int right = end.y == start.y ? end.x + end.width : rightEdge;
            byLine.computeIfAbsent(start.y, y -> new ArrayList<>())
                    .add(new Placed(span, start.x, Math.max(start.x + 3, right), start.height));
        }
        List<LabelChip> chips = new ArrayList<>();
        gc.setFont(bands.chipFont());
        for (Map.Entry<Integer, List<Placed>> line : byLine.entrySet()) {
            stack(line.getKey(), line.getValue(), bands, gc, chips);
        }
        return new LabelLayout(chips, first, last);
    }

    /** Inner spans first, each in the lowest row where it meets no chip already placed. */
    private static void stack(int lineTop, List<Placed> spans, LabelBands bands, GC gc, List<LabelChip> chips) {
        spans.sort(Comparator.comparingInt((Placed p) -> p.right - p.left).thenComparingInt(p -> p.left));
        List<List<int[]>> rows = new ArrayList<>();
        int height = bands.chipHeight();
        for (Placed placed : spans) {
            int row = 0;
            while (row < rows.size() && collides(rows.get(row), placed)) {
                row++;
            }
            row = Math.min(row, Math.max(0, bands.rows() - 1)); // deeper than the band: shares its top row
            while (rows.size() <= row) {
                rows.add(new ArrayList<>());
            }
            rows.get(row).add(new int[] { placed.left, placed.right });
            int y = lineTop - LabelBands.PLAIN_GAP + 2 - (row + 1) * (height + CHIP_GAP);
            int width = Math.max(3, placed.right - placed.left - CHIP_GAP);
            String label = placed.span.getLabel();
            String shown = LabelChip.abbreviate(label, width - 4, s -> bands.width(gc, s));
            chips.add(new LabelChip(placed.span, new Rectangle(placed.left, y, width, height), lineTop,
                    placed.textHeight, shown));
        }
    }

    private static boolean collides(List<int[]> row, Placed placed) {
        for (int[] taken : row) {
            if (placed.left < taken[1] && taken[0] < placed.right) {
                return true;
            }
        }
        return false;
    }

    private record Placed(SpanAnnotation span, int left, int right, int textHeight) {
    }
}
