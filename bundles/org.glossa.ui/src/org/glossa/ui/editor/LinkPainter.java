package org.glossa.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;

/**
 * Draws the links of the selected span as arcs: from the quote or claim to its speaker, claimant or cue, and
 * from spans that point at the selected one. Every span that has links gets a small marker at its start, so
 * linked spans can be spotted without selecting them; the properties part lists the links in words.
 */
final class LinkPainter {
    private final DocumentEditor editor;
    private final LabelColors colors;

    LinkPainter(DocumentEditor editor, LabelColors colors) {
        this.editor = editor;
        this.colors = colors;
    }

    void install(StyledText text) {
        text.addListener(SWT.Paint, this::paint);
    }

    private void paint(Event event) {
        StyledText text = editor.textWidget();
        if (editor.index() == null || editor.document() == null) {
            return;
        }
        GC gc = event.gc;
        gc.setAntialias(SWT.ON);
        // Markers only where this paint draws (one line after an edit, not the whole view): each marker's place
        // costs a text layout of its line. One line more on each side, as a marker reaches into the line spacing.
        int lastLineIndex = text.getLineCount() - 1;
        int firstLine = Math.max(0, text.getLineIndex(Math.max(0, event.y)) - 1);
        int lastLine = Math.min(lastLineIndex, text.getLineIndex(Math.max(0, event.y + event.height)) + 1);
        int firstPainted = text.getOffsetAtLine(firstLine);
        int lastPainted = lastLine < lastLineIndex ? text.getOffsetAtLine(lastLine + 1) : text.getCharCount();
        for (SpanAnnotation span : editor.index().overlapping(firstPainted, Math.max(firstPainted + 1, lastPainted))) {
            if (!span.getLinks().isEmpty() && span.getBegin() >= firstPainted) {
                marker(gc, text, span);
            }
        }
        SpanAnnotation selected = editor.actions() == null ? null : selectedSpan();
        if (selected == null || selected.getSet() == null) {
            return;
        }
        List<Link> links = new ArrayList<>(selected.getLinks());
        links.addAll(editor.index().incomingLinks(selected));
        int drawn = 0;
        for (Link link : links) {
            SpanAnnotation source = (SpanAnnotation) link.eContainer();
            SpanAnnotation target = link.getTarget();
            if (source == null || target == null || target.getSet() == null) {
                continue;
            }
            arc(gc, text, source, target, link.getType(), drawn++);
        }
    }

    private SpanAnnotation selectedSpan() {
        return editor.selectedSpanForPainting();
    }

    private void marker(GC gc, StyledText text, SpanAnnotation span) {
        Rectangle box = bounds(text, span.getBegin());
        if (box == null) {
            return;
        }
        gc.setBackground(colors.line(span.getLayer(), span.getLabel()));
        gc.fillOval(box.x - 3, box.y - 3, 6, 6);
    }

    /** @param order the arc's number among those drawn, so the names of several links do not overlap */
    private void arc(GC gc, StyledText text, SpanAnnotation source, SpanAnnotation target, String type, int order) {
        Rectangle from = bounds(text, source.getBegin());
        Rectangle to = bounds(text, target.getBegin());
        if (from == null || to == null) {
            return;
        }
        int x1 = from.x + 2;
        int y1 = from.y;
        int x2 = to.x + Math.max(2, Math.min(to.width, 12));
        int y2 = to.y;
        int lift = Math.max(14, Math.min(60, Math.abs(x2 - x1) / 4 + Math.abs(y2 - y1) / 3)) + 10 * order;
        int peak = Math.min(y1, y2) - lift;
        gc.setForeground(colors.line(source.getLayer(), source.getLabel()));
        gc.setLineWidth(2);
        org.eclipse.swt.graphics.Path path = new org.eclipse.swt.graphics.Path(text.getDisplay());
        try {
            path.moveTo(x1, y1);
            path.cubicTo(x1, peak, x2, peak, x2, y2);
            gc.drawPath(path);
        } finally {
            path.dispose();
        }
        gc.drawLine(x2, y2, x2 - 4, y2 - 6);
        gc.drawLine(x2, y2, x2 + 4, y2 - 6);
        gc.setLineWidth(1);
        Point extent = gc.textExtent(type);
        int labelX = (x1 + x2) / 2 - extent.x / 2;
        int labelY = peak + lift / 4 - extent.y;
        gc.setBackground(text.getBackground());
        gc.fillRectangle(labelX - 2, labelY, extent.x + 4, extent.y);
        gc.drawText(type, labelX, labelY, true);
    }

    private static Rectangle bounds(StyledText text, int offset) {
        if (offset >= text.getCharCount()) {
            return null;
        }
        Rectangle box = text.getTextBounds(offset, offset);
        Rectangle area = text.getClientArea();
        return box.y + box.height < 0 || box.y > area.height ? null : box;
    }
}
