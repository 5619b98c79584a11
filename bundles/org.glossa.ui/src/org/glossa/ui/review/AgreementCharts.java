package org.glossa.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.glossa.agreement.Figure;
import org.glossa.agreement.report.AgreementColours;
import org.glossa.agreement.report.FigureFormat;

/**
 * A chart of one layer: unitizing alpha per label as horizontal bars on a -1..1 axis (undefined labels drawn as an
 * empty dotted bar), or the pairwise heat map of a measure (annotators by annotators), whose cells report their
 * pair when clicked. Colours and numbers are the HTML report's ({@link AgreementColours}, {@link FigureFormat}).
 */
public final class AgreementCharts {
    /**
     * The figures drawn: labels with their alpha, annotators with the pairwise matrix (null cells: undefined), and
     * the colour scale of the matrix's measure.
     */
    public record Data(List<String> labels, List<Figure> alphas, List<String> annotators, Figure[][] matrix, String measure,
            AgreementColours scale) {
    }

    /** Which chart the canvas draws. */
    public enum Kind {
        LABEL_BARS, PAIR_HEAT_MAP
    }

    private static final int ROW = 16;
    private static final int MARGIN = 8;

    private final Canvas canvas;
    private final Kind kind;
    private Data data;
    private final List<Rectangle> cells = new ArrayList<>();
    private final List<int[]> cellPairs = new ArrayList<>();

    public AgreementCharts(Composite parent, Kind kind, BiConsumer<Integer, Integer> pairClicked) {
        this.kind = kind;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, e -> {
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).contains(e.x, e.y)) {
                    pairClicked.accept(cellPairs.get(i)[0], cellPairs.get(i)[1]);
                    return;
                }
            }
        });
    }

    public Canvas control() {
        return canvas;
    }

    public void show(Data newData) {
        data = newData;
        canvas.redraw();
    }

    /** The screen rectangle of heat map cell (row, column), once painted; for tests. */
    public Rectangle cell(int row, int column) {
        for (int i = 0; i < cellPairs.size(); i++) {
            if (cellPairs.get(i)[0] == row && cellPairs.get(i)[1] == column) {
                return cells.get(i);
            }
        }
        return null;
    }

    private void paint(GC gc) {
        cells.clear();
        cellPairs.clear();
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (data == null) {
            return;
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        Rectangle box = new Rectangle(MARGIN, MARGIN, area.width - 2 * MARGIN, area.height - 2 * MARGIN);
        if (kind == Kind.LABEL_BARS) {
            bars(gc, box);
        } else {
            heatMap(gc, box);
        }
    }

    private void bars(GC gc, Rectangle box) {
        gc.drawString("Unitizing \u03b1 per label", box.x, box.y, true);
        int labelWidth = 0;
        for (String label : data.labels()) {
            labelWidth = Math.max(labelWidth, gc.textExtent(label).x);
        }
        int axisLeft = box.x + labelWidth + 8;
        int axisWidth = Math.max(60, Math.min(360, box.width - labelWidth - 60));
        int zero = axisLeft + axisWidth / 2;
        int top = box.y + ROW + 4;
        for (int i = 0; i < data.labels().size(); i++) {
            int y = top + i * ROW;
            gc.drawString(data.labels().get(i), box.x, y, true);
            Figure alpha = data.alphas().get(i);
            if (alpha.isDefined()) {
                double value = Math.max(-1, Math.min(1, alpha.doubleValue()));
                int length = (int) Math.round(value * axisWidth / 2);
                Color fill = new Color(canvas.getDisplay(), rgb(AgreementColours.KAPPA, value));
                gc.setBackground(fill);
                gc.fillRectangle(length >= 0 ? zero : zero + length, y + 3, Math.max(1, Math.abs(length)), ROW - 6);
                fill.dispose();
                gc.drawString(FigureFormat.fixed(alpha.doubleValue()), axisLeft + axisWidth + 4, y, true);
            } else {
                gc.setLineStyle(SWT.LINE_DOT);
                gc.drawRectangle(axisLeft, y + 3, axisWidth, ROW - 6);
                gc.setLineStyle(SWT.LINE_SOLID);
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                gc.drawString("undefined", zero + 4, y + 1, true);
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            }
        }
        int bottom = top + data.labels().size() * ROW;
        gc.drawLine(zero, top, zero, bottom);
        gc.drawLine(axisLeft, bottom, axisLeft + axisWidth, bottom);
        gc.drawString("-1", axisLeft, bottom + 2, true);
        gc.drawString("0", zero - 3, bottom + 2, true);
        gc.drawString("1", axisLeft + axisWidth - 6, bottom + 2, true);
    }

    private void heatMap(GC gc, Rectangle box) {
        gc.drawString(data.measure() + " per pair (click a cell)", box.x, box.y, true);
        List<String> names = data.annotators();
        int n = names.size();
        // names longer than a third of the chart are shortened with an ellipsis (the pairs table has them whole)
        int longest = Math.max(40, Math.min(box.width, box.height) / 3);
        List<String> shown = names.stream().map(name -> shorten(gc, name, longest)).toList();
        int nameWidth = 0;
        for (String name : shown) {
            nameWidth = Math.max(nameWidth, gc.textExtent(name).x);
        }
        int textHeight = gc.getFontMetrics().getHeight();
        // column names stand upright (rotated) when they are wider than the cells, so they never run together
        int fitWidth = (box.width - nameWidth - 12) / Math.max(1, n);
        boolean upright = nameWidth + 6 > Math.max(22, Math.min(70, fitWidth));
        int header = upright ? nameWidth + 6 : textHeight + 4;
        int fitHeight = (box.height - ROW - header - 6) / Math.max(1, n);
        int size = Math.max(22, Math.min(70, Math.min(fitWidth, fitHeight)));
        upright = nameWidth + 6 > size;
        header = upright ? nameWidth + 6 : textHeight + 4;
        int left = box.x + nameWidth + 8;
        int top = box.y + ROW + 4 + header;
        for (int c = 0; c < n; c++) {
            Point extent = gc.textExtent(shown.get(c));
            int centre = left + c * size + (size - 2) / 2;
            if (upright) {
                Transform rotation = new Transform(canvas.getDisplay());
                rotation.translate(centre - extent.y / 2f, top - 4);
                rotation.rotate(-90);
                gc.setTransform(rotation);
                gc.drawString(shown.get(c), 0, 0, true);
                gc.setTransform(null);
                rotation.dispose();
            } else {
                gc.drawString(shown.get(c), centre - extent.x / 2, top - extent.y - 2, true);
            }
        }
        for (int r = 0; r < n; r++) {
            gc.drawString(shown.get(r), box.x, top + r * size + (size - 2 - textHeight) / 2, true);
            for (int c = 0; c < n; c++) {
                Rectangle cell = new Rectangle(left + c * size, top + r * size, size - 2, size - 2);
                Figure figure = r == c ? null : data.matrix()[r][c];
                String text;
                if (r == c) {
                    gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
                    text = "\u2014";
                } else if (figure == null || !figure.isDefined()) {
                    gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
                    text = "n/a";
                } else {
                    Color fill = new Color(canvas.getDisplay(), rgb(data.scale(), figure.doubleValue()));
                    gc.setBackground(fill);
                    gc.fillRectangle(cell);
                    fill.dispose();
                    text = size >= 44 ? FigureFormat.fixed(figure.doubleValue())
                            : FigureFormat.fixed(figure.doubleValue(), 2);
                }
                if (r == c || figure == null || !figure.isDefined()) {
                    gc.fillRectangle(cell);
                }
                Point extent = gc.textExtent(text);
                boolean dark = figure != null && figure.isDefined() && data.scale().dark(figure.doubleValue());
                gc.setForeground(canvas.getDisplay().getSystemColor(dark ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
                gc.drawString(text, cell.x + (cell.width - extent.x) / 2, cell.y + (cell.height - extent.y) / 2, true);
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
                if (r != c) {
                    cells.add(cell);
                    cellPairs.add(new int[] {r, c});
                }
            }
        }
    }

    /** The text, cut to the width with an ellipsis if it is wider. */
    private static String shorten(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && gc.textExtent(cut + "\u2026").x > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }

    /** The scale's colour of {@code value} as an SWT colour value. */
    public static RGB rgb(AgreementColours scale, double value) {
        int rgb = scale.rgb(value);
        return new RGB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
