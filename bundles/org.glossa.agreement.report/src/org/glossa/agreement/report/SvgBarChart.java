package org.glossa.agreement.report;

import static org.glossa.agreement.report.SvgSupport.line;
import static org.glossa.agreement.report.SvgSupport.rect;
import static org.glossa.agreement.report.SvgSupport.text;

import java.util.ArrayList;
import java.util.List;

import org.glossa.agreement.Figure;
import org.glossa.agreement.report.AgreementReport.LayerReport;
import org.glossa.agreement.report.AgreementReport.Unitizing;

/**
 * Horizontal bar chart of unitizing alpha per label. The axis runs from 0 to 1, or from -1 when any label is
 * negative (alpha below -1 is clamped and marked). Undefined labels get a hatched empty bar with the reason, so a
 * missing figure can never be read as a short bar.
 */
final class SvgBarChart {

    record Bar(String label, Figure alpha, Number units) {
    }

    private static final double FONT = 12;
    private static final double ROW = 24;
    private static final double BAR = 14;
    private static final double TOP = 24;
    private static final double BOTTOM = 40;
    private static final double PLOT = 380;
    private static final double VALUES = 120;
    private static final double[] THRESHOLDS = {0.667, 0.8};
    private static final String POSITIVE = "#3d6fa8";
    private static final String NEGATIVE = "#c0504d";

    private SvgBarChart() {
    }

    static List<Bar> bars(LayerReport layer) {
        Unitizing unitizing = layer.unitizing();
        List<Bar> bars = new ArrayList<>();
        for (String label : LayerTables.labels(layer)) {
            bars.add(new Bar(label, ReportFigures.ofLabel(unitizing.labels(), label), unitizing.units().get(label)));
        }
        return bars;
    }

    static void render(StringBuilder sb, Numbering ids, String title, List<Bar> bars) {
        double labelWidth = 70;
        for (Bar bar : bars) {
            labelWidth = Math.max(labelWidth, SvgText.width(bar.label(), FONT) + 14);
        }
        labelWidth = Math.min(labelWidth, 220);
        double min = bars.stream().anyMatch(b -> b.alpha().isDefined() && b.alpha().value() < 0) ? -1 : 0;
        double plotX = labelWidth;
        double bottomY = TOP + bars.size() * ROW;
        double width = labelWidth + PLOT + VALUES;
        double height = bottomY + BOTTOM;
        Axis axis = new Axis(min, plotX);

        String titleId = ids.nextId("chart");
        String hatch = ids.nextId("hatch");
        SvgSupport.open(sb, "chart bars", width, height, titleId, title);
        SvgSupport.hatchPattern(sb, hatch);

        int steps = min < 0 ? 4 : 5;
        for (int k = 0; k <= steps; k++) {
            double t = min + k * (1 - min) / steps;
            double x = axis.x(t);
            line(sb, x, TOP - 4, x, bottomY, Math.abs(t) < 1e-9 ? "#555555" : "#e2e2e2", null);
            text(sb, x, bottomY + 14, "middle", "fill=\"#444444\" font-size=\"10\"", tick(t));
        }
        for (int k = 0; k < THRESHOLDS.length; k++) {
            double x = axis.x(THRESHOLDS[k]);
            line(sb, x, TOP - 4, x, bottomY, "#8c8c8c", "stroke-dasharray=\"3 3\"");
            // the two lines can be close (axis from -1): label the first to the left, the second to the right
            boolean left = k == 0;
            text(sb, left ? x - 2 : x + 2, TOP - 8, left ? "end" : "start", "fill=\"#6b6b6b\" font-size=\"9\"",
                    FigureFormat.fixed(THRESHOLDS[k]));
        }
        text(sb, plotX + PLOT / 2, bottomY + 32, "middle", "fill=\"#333333\" font-size=\"11\"",
                "Unitizing \u03b1");

        for (int i = 0; i < bars.size(); i++) {
            row(sb, bars.get(i), TOP + i * ROW + ROW / 2, axis, labelWidth, hatch);
        }
        sb.append("</svg>\n");
    }

    private static void row(StringBuilder sb, Bar bar, double cy, Axis axis, double labelWidth, String hatch) {
        Figure alpha = bar.alpha();
        String valueText = alpha.isDefined() ? FigureFormat.fixed(alpha.value()) : FigureFormat.undefinedDashed(alpha.reason());
        sb.append("<g class=\"bar-row\">");
        SvgSupport.tooltip(sb, bar.label() + ": " + valueText
                + (bar.units() == null ? "" : " (" + FigureFormat.count(bar.units()) + " units)"));
        sb.append('\n');
        text(sb, labelWidth - 8, cy + 4, "end", "fill=\"#222222\"", SvgText.fit(bar.label(), FONT, labelWidth - 14));
        double y = cy - BAR / 2;
        double valueX = axis.plotX + PLOT + 8;
        if (alpha.isDefined()) {
            double v = alpha.value();
            double shown = Math.max(axis.min, Math.min(1, v));
            double x0 = axis.x(0);
            double x1 = axis.x(shown);
            // a zero-width bar would vanish; one pixel still says "a value, and it is 0"
            double w = Math.max(Math.abs(x1 - x0), 1);
            rect(sb, "bar", Math.min(x0, x1), y, w, BAR, v < 0 ? NEGATIVE : POSITIVE, null);
            if (shown != v) {
                // clamped: a dark tick at the axis end says "continues beyond"
                rect(sb, "clamp", x1 - 1, y - 2, 3, BAR + 4, "#222222", null);
            }
            text(sb, valueX, cy + 4, null, "fill=\"#222222\" font-variant-numeric=\"tabular-nums\"", valueText);
        } else {
            rect(sb, "bar undefined", axis.plotX, y, PLOT, BAR, "url(#" + hatch + ")",
                    "stroke=\"#b8b8b8\" stroke-width=\"0.8\"");
            text(sb, axis.plotX + 6, cy + 4, null, "fill=\"#5a4a2a\" font-style=\"italic\" font-size=\"11\"",
                    SvgText.fit(valueText, 11, PLOT - 12));
            text(sb, valueX, cy + 4, null, "fill=\"#5a4a2a\" font-style=\"italic\"", "undefined");
        }
        if (bar.units() != null) {
            double after = alpha.isDefined() ? SvgText.width(valueText, FONT) + 8 : SvgText.width("undefined", FONT) + 8;
            text(sb, valueX + after, cy + 4, null, "fill=\"#777777\" font-size=\"10\"",
                    "n = " + FigureFormat.count(bar.units()));
        }
        sb.append("</g>\n");
    }

    private static String tick(double t) {
        double r = Math.round(t * 10) / 10.0;
        return r == 0 ? "0" : FigureFormat.fixed(r).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private record Axis(double min, double plotX) {
        double x(double v) {
            return plotX + (v - min) / (1 - min) * PLOT;
        }
    }
}
