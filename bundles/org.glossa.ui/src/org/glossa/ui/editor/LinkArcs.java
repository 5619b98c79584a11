package org.glossa.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.glossa.core.edit.SpanIndex;
import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;

/**
 * Link arcs, drawn only in the bands between lines and in the left margin, so that they never cross text. A link
 * within one visual line rises from its source's label into the arc row above the labels, runs along it and comes
 * down onto the target's label, with its type written on the arc row. A link between lines leaves the source's arc
 * row to the left, runs down (or up) the left margin and enters the target's arc row; a link whose other end is off
 * screen runs out of the margin at the top or bottom. The selected span's links are drawn bold and their other ends
 * outlined; the others are thin and light.
 */
final class LinkArcs {
    /** The left margin, wide enough for a few links side by side. */
    static final int MARGIN = 30;
    private static final int LANES = 5;

    private final LabelBands bands;
    private final LabelColors colors;
    /**
     * Where this paint has written link names: a name that would cover another moves right past it. Every arc
     * reserves its name's place, drawn or outside the clip, so a partial repaint places names as the full one did.
     */
    private final List<Rectangle> names = new ArrayList<>();

    LinkArcs(LabelBands bands, LabelColors colors) {
        this.bands = bands;
        this.colors = colors;
    }

    /** An arc to draw: its ends (null when off screen) and whether it belongs to the selected span. */
    record Arc(Link link, SpanAnnotation source, SpanAnnotation target, LabelChip from, LabelChip to, boolean selected) {
    }

    /** The links with at least one end on screen. */
    static List<Arc> visible(LabelLayout layout, SpanIndex index, SpanAnnotation selected) {
        List<Arc> arcs = new ArrayList<>();
        for (LabelChip chip : layout.chips()) {
            for (Link link : chip.span().getLinks()) {
                SpanAnnotation target = link.getTarget();
                if (target != null && target.getSet() != null) {
                    arcs.add(new Arc(link, chip.span(), target, chip, layout.chipOf(target),
                            chip.span() == selected || target == selected));
                }
            }
            for (Link link : index.incomingLinks(chip.span())) {
                SpanAnnotation source = (SpanAnnotation) link.eContainer();
                if (source != null && layout.chipOf(source) == null) { // drawn from its source when that is on screen
                    arcs.add(new Arc(link, source, chip.span(), null, chip, source == selected || chip.span() == selected));
                }
            }
        }
        return arcs;
    }

    void draw(GC gc, StyledText text, LabelLayout layout, List<Arc> arcs, Rectangle clip, SpanAnnotation selected,
            Color selectedColor) {
        names.clear();
        for (Arc arc : arcs) {
            if (!arc.selected()) {
                draw(gc, text, layout, arc, lane(arc), clip, selected, selectedColor);
            }
        }
        for (Arc arc : arcs) { // the selected span's links on top
            if (arc.selected()) {
                draw(gc, text, layout, arc, lane(arc), clip, selected, selectedColor);
            }
        }
    }

    /** A link keeps its lane however the view scrolls (the widget copies what was painted when it scrolls). */
    private static int lane(Arc arc) {
        return Math.floorMod(System.identityHashCode(arc.link()), 60);
    }

    private void draw(GC gc, StyledText text, LabelLayout layout, Arc arc, int lane, Rectangle clip,
            SpanAnnotation selected, Color selectedColor) {
        Rectangle area = text.getClientArea();
        int marginX = 4 + (lane % LANES) * 5;
        List<Point> points = new ArrayList<>();
        Point nameAt;
        if (arc.from() != null && arc.to() != null && arc.from().textTop() == arc.to().textTop()) {
            int y = arcRow(arc.from());
            int x1 = anchor(arc.from(), lane);
            int x2 = anchor(arc.to(), 0);
            points.add(new Point(x1, arc.from().box().y));
            points.add(new Point(x1, y));
            points.add(new Point(x2, y));
            points.add(new Point(x2, arc.to().box().y));
            nameAt = new Point(x2 + 3, y); // after the drop onto the target: links from one span share the row
        } else {
            if (arc.from() != null) {
                int x1 = anchor(arc.from(), lane);
                int y1 = arcRow(arc.from());
                points.add(new Point(x1, arc.from().box().y));
                points.add(new Point(x1, y1));
                points.add(new Point(marginX, y1));
                nameAt = null; // written after the source's label, where the row has room (see below)
            } else {
                points.add(new Point(marginX, layout.isAbove(arc.source().getBegin()) ? -2 : area.height + 2));
                nameAt = null;
            }
            if (arc.to() != null) {
                int y2 = arcRow(arc.to());
                int x2 = anchor(arc.to(), 0);
                points.add(new Point(marginX, y2));
                points.add(new Point(x2, y2));
                points.add(new Point(x2, arc.to().box().y));
                if (arc.from() == null) { // the source is off screen: the name goes on the target's row
                    nameAt = new Point(x2 + 3, y2);
                }
            } else {
                points.add(new Point(marginX, layout.isAbove(arc.target().getBegin()) ? -2 : area.height + 2));
            }
        }
        Rectangle nameBox = reserveName(gc, arc, lane, nameAt);
        Rectangle extent = bounds(points);
        if (!extent.intersects(clip) && (nameBox == null || !nameBox.intersects(clip))) {
            return;
        }
        Color color = colors.line(arc.source().getLayer(), arc.source().getLabel());
        gc.setForeground(color);
        gc.setAlpha(arc.selected() ? 255 : 150);
        gc.setLineWidth(arc.selected() ? 2 : 1);
        Path path = new Path(text.getDisplay());
        try {
            path.moveTo(points.get(0).x, points.get(0).y);
            for (int i = 1; i < points.size(); i++) {
                path.lineTo(points.get(i).x, points.get(i).y);
            }
            gc.drawPath(path);
        } finally {
            path.dispose();
        }
        if (arc.to() != null) {
            Point tip = points.get(points.size() - 1);
            gc.setBackground(color);
            gc.fillPolygon(new int[] { tip.x, tip.y, tip.x - 3, tip.y - 5, tip.x + 3, tip.y - 5 });
        }
        gc.setLineWidth(1);
        if (nameBox != null) {
            name(gc, text, arc.link().getType(), nameBox, color);
        }
        gc.setAlpha(255);
        if (arc.selected()) {
            // the other end of each of the selected span's links
            outline(gc, arc.source() == selected ? arc.to() : arc.from(), selectedColor);
        }
    }

    /**
     * The place of the link's type on its arc row: from {@code at} (its left end, middle height) or, for a link
     * leaving the line, right of its source's anchor; moved right past any name already written there.
     */
    private Rectangle reserveName(GC gc, Arc arc, int lane, Point at) {
        if (at == null && arc.from() == null) {
            return null; // written on the target's row, when that is on screen
        }
        gc.setFont(bands.chipFont());
        Point size = gc.textExtent(arc.link().getType());
        Point start = at != null ? at : new Point(anchor(arc.from(), lane) + 4, arcRow(arc.from()));
        Rectangle box = new Rectangle(start.x, start.y - size.y / 2, size.x + 4, size.y);
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Rectangle taken : names) {
                if (taken.intersects(box)) {
                    box.x = taken.x + taken.width + 4;
                    moved = true;
                }
            }
        }
        names.add(box);
        return box;
    }

    /** The link's type in its reserved box, on the background, so the arc does not run through it. */
    private void name(GC gc, StyledText text, String type, Rectangle box, Color color) {
        gc.setFont(bands.chipFont());
        gc.setBackground(text.getBackground());
        gc.fillRectangle(box);
        gc.setForeground(color);
        gc.drawText(type, box.x + 2, box.y, true);
    }

    /** A linked span of the selection: its label and the start of its text boxed. */
    static void outline(GC gc, LabelChip chip, Color color) {
        if (chip == null) {
            return;
        }
        Rectangle box = chip.box();
        gc.setForeground(color);
        gc.setLineWidth(2);
        gc.drawRoundRectangle(box.x - 2, box.y - 2, box.width + 4, chip.textTop() + chip.textHeight() - box.y + 4, 5, 5);
        gc.setLineWidth(1);
    }

    /** The middle of the arc row: above the label rows of the chip's paragraph. */
    private int arcRow(LabelChip chip) {
        int rows = Math.max(1, bands.rows());
        return chip.textTop() - LabelBands.PLAIN_GAP + 2 - rows * (bands.chipHeight() + 1) - bands.chipHeight() / 2 - 1;
    }

    /** Where an arc meets a label: near its start, a few pixels apart for each further link. */
    private static int anchor(LabelChip chip, int lane) {
        Rectangle box = chip.box();
        return box.x + Math.min(box.width - 2, 6 + (lane % 3) * 4);
    }

    private static Rectangle bounds(List<Point> points) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x);
            minY = Math.min(minY, p.y);
            maxX = Math.max(maxX, p.x);
            maxY = Math.max(maxY, p.y);
        }
        return new Rectangle(minX - 40, minY - 10, maxX - minX + 80, maxY - minY + 20); // with the name around it
    }
}
