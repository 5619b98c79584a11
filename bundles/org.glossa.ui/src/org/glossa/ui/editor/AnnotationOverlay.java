package org.glossa.ui.editor;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.glossa.model.SpanAnnotation;

/**
 * Paints what the text itself cannot show: every span's label as a small chip above its text (brat-style) and the
 * link arcs between them. The placement is worked out once per view and change (a few dozen text bounds), then each
 * paint draws only the chips and arcs that meet its clip.
 */
final class AnnotationOverlay {
    private final DocumentEditor editor;
    private final LabelBands bands;
    private final LabelColors colors;
    private final LinkArcs arcs;
    private final Color selectionColor;
    private final Color candidateColor;
    private LabelLayout layout = LabelLayout.empty();
    private int generation;
    private boolean shown = true;
    private int laidOutGeneration = -1;
    private int laidOutTop = -1;
    private Point laidOutSize = new Point(-1, -1);

    AnnotationOverlay(DocumentEditor editor, LabelBands bands, LabelColors colors, Color selectionColor,
            Color candidateColor) {
        this.editor = editor;
        this.bands = bands;
        this.colors = colors;
        this.selectionColor = selectionColor;
        this.candidateColor = candidateColor;
        this.arcs = new LinkArcs(bands, colors);
    }

    void install(StyledText text) {
        text.addListener(SWT.Paint, this::paint);
    }

    /** Whether labels and arcs are drawn (the room for them stays). */
    void setShown(boolean show) {
        shown = show;
    }

    /** Spans or their places changed: the next paint places the labels again. */
    void invalidate() {
        generation++;
    }

    /** The labels on screen now, placed as the last paint placed them (or now, if that is stale). */
    LabelLayout layout() {
        StyledText text = editor.textWidget();
        GC gc = new GC(text);
        try {
            return layout(gc);
        } finally {
            gc.dispose();
        }
    }

    private LabelLayout layout(GC gc) {
        StyledText text = editor.textWidget();
        Rectangle area = text.getClientArea();
        int top = text.getTopPixel();
        if (generation != laidOutGeneration || top != laidOutTop || area.width != laidOutSize.x
                || area.height != laidOutSize.y) {
            layout = editor.index() == null || editor.document() == null || bands.chipFont() == null
                    ? LabelLayout.empty()
                    : LabelLayout.of(text, editor.index(), bands, gc);
            laidOutGeneration = generation;
            laidOutTop = top;
            laidOutSize = new Point(area.width, area.height);
        }
        return layout;
    }

    private void paint(Event event) {
        if (!shown || editor.index() == null || editor.document() == null || bands.chipFont() == null) {
            return;
        }
        GC gc = event.gc;
        LabelLayout placed = layout(gc);
        Rectangle clip = new Rectangle(event.x, event.y, event.width, event.height);
        gc.setAntialias(SWT.ON);
        gc.setFont(bands.chipFont());
        SpanAnnotation selected = editor.selectedSpanForPainting();
        SpanAnnotation candidate = editor.candidateForPainting();
        for (LabelChip chip : placed.chips()) {
            if (chip.box().intersects(clip)) {
                chip(gc, chip);
            }
        }
        List<LinkArcs.Arc> visible = LinkArcs.visible(placed, editor.index(), selected);
        arcs.draw(gc, editor.textWidget(), placed, visible, clip, selected, selectionColor);
        LinkArcs.outline(gc, selected == null ? null : placed.chipOf(selected), selectionColor);
        LinkArcs.outline(gc, candidate == null ? null : placed.chipOf(candidate), candidateColor);
    }

    private void chip(GC gc, LabelChip chip) {
        SpanAnnotation span = chip.span();
        Rectangle box = chip.box();
        gc.setBackground(colors.fill(span.getLayer(), span.getLabel()));
        gc.fillRoundRectangle(box.x, box.y, box.width, box.height, 4, 4);
        gc.setForeground(colors.line(span.getLayer(), span.getLabel()));
        gc.setLineWidth(colors.isHighContrast() ? 2 : 1);
        gc.drawRoundRectangle(box.x, box.y, box.width - 1, box.height - 1, 4, 4);
        gc.setLineWidth(1);
        if (!chip.shown().isEmpty()) {
            int width = bands.width(gc, chip.shown());
            int x = box.width > width + 8 ? box.x + 4 : box.x + Math.max(1, (box.width - width) / 2);
            gc.setForeground(colors.chipText(span.getLayer(), span.getLabel()));
            gc.drawText(chip.shown(), x, box.y, true);
        }
    }
}
