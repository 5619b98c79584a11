package org.glossa.agreement.report;

import static org.glossa.agreement.report.SvgSupport.rect;
import static org.glossa.agreement.report.SvgSupport.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.glossa.agreement.Figure;
import org.glossa.agreement.report.AgreementReport.LayerReport;
import org.glossa.agreement.report.AgreementReport.PairReport;

/**
 * Annotator-by-annotator heat map of one pairwise figure. The pairs in the report are unordered, so the matrix is
 * filled symmetrically; the diagonal (an annotator with themself) is grey, undefined cells are hatched and pairs
 * missing from the report read "n/a".
 */
final class SvgHeatMap {

    /** {@code values[i][j]} null: the pair is not in the report. */
    record Matrix(List<String> names, Figure[][] values) {
    }

    private static final double CELL = 50;
    private static final double FONT = 11;
    private static final double ROTATION_SIN = Math.sin(Math.toRadians(45));

    private SvgHeatMap() {
    }

    static Matrix matrix(LayerReport layer, List<String> names, Function<PairReport, Figure> figure) {
        int n = names.size();
        Figure[][] values = new Figure[n][n];
        for (PairReport pair : layer.pairs()) {
            int i = names.indexOf(pair.a());
            int j = names.indexOf(pair.b());
            Figure m = figure.apply(pair);
            if (i >= 0 && j >= 0 && i != j) {
                values[i][j] = m;
                values[j][i] = values[i][j];
            }
        }
        return new Matrix(List.copyOf(names), values);
    }

    /** "a × b: reason" for each undefined pair, once per pair. */
    static List<String> undefinedNotes(Matrix m) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < m.names().size(); i++) {
            for (int j = i + 1; j < m.names().size(); j++) {
                Figure v = m.values()[i][j];
                if (v != null && !v.isDefined()) {
                    notes.add(FigureFormat.pair(m.names().get(i), m.names().get(j)) + ": " + v.reason());
                }
            }
        }
        return notes;
    }

    static void render(StringBuilder sb, Numbering ids, String title, Matrix m, AgreementColours scale) {
        List<String> names = m.names();
        int n = names.size();
        double nameWidth = 40;
        for (String name : names) {
            nameWidth = Math.min(150, Math.max(nameWidth, SvgText.width(name, FONT) + 10));
        }
        double labelRise = (nameWidth - 10) * ROTATION_SIN;
        double gx = nameWidth;
        double gy = Math.max(28, labelRise + 16);
        double gridSize = n * CELL;
        double legendWidth = Math.max(gridSize, 160);
        double legendY = gy + gridSize + 16;
        double width = Math.max(gx + gridSize + Math.max(0, labelRise - CELL / 2) + 8, gx + legendWidth + 24);
        boolean missing = hasMissing(m);
        width = Math.max(width, gx + (missing ? 250 : 200));
        double height = legendY + (missing ? 68 : 52);

        String titleId = ids.nextId("chart");
        String hatch = ids.nextId("hatch");
        String gradient = ids.nextId("scale");
        SvgSupport.open(sb, "chart heatmap", width, height, titleId, title);
        SvgSupport.hatchPattern(sb, hatch);
        gradient(sb, gradient, scale);

        for (int k = 0; k < n; k++) {
            String label = SvgText.fit(names.get(k), FONT, nameWidth - 10);
            double cx = gx + k * CELL + CELL / 2;
            text(sb, cx, gy - 6, "start", "transform=\"rotate(-45 " + SvgText.n(cx) + " " + SvgText.n(gy - 6)
                    + ")\" fill=\"#222222\" font-size=\"11\"", label);
            text(sb, gx - 6, gy + k * CELL + CELL / 2 + 4, "end", "fill=\"#222222\" font-size=\"11\"", label);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cell(sb, m, i, j, gx + j * CELL, gy + i * CELL, scale, hatch);
            }
        }
        legend(sb, gx, legendY, legendWidth, scale, gradient, hatch, missing);
        sb.append("</svg>\n");
    }

    private static void cell(StringBuilder sb, Matrix m, int i, int j, double x, double y, AgreementColours scale,
            String hatch) {
        String pair = FigureFormat.pair(m.names().get(i), m.names().get(j));
        Figure v = m.values()[i][j];
        String cssClass;
        String fill;
        String label;
        String tooltip;
        String textStyle = "fill=\"#666666\" font-style=\"italic\"";
        if (i == j) {
            cssClass = "cell diagonal";
            fill = "#e6e6e6";
            label = FigureFormat.DASH;
            tooltip = m.names().get(i) + ": same annotator";
        } else if (v == null) {
            cssClass = "cell missing";
            fill = "#fbfbfb";
            label = "n/a";
            tooltip = pair + ": not in the report";
        } else if (!v.isDefined()) {
            cssClass = "cell undefined";
            fill = "url(#" + hatch + ")";
            label = "undef.";
            tooltip = pair + ": " + FigureFormat.undefinedDashed(v.reason());
            textStyle = "fill=\"#5a4a2a\" font-style=\"italic\"";
        } else {
            cssClass = "cell";
            fill = scale.colour(v.value());
            label = FigureFormat.fixed(v.value());
            tooltip = pair + ": " + label;
            textStyle = "fill=\"" + (scale.dark(v.value()) ? "#ffffff" : "#1a1a1a") + "\"";
        }
        sb.append("<g>");
        SvgSupport.tooltip(sb, tooltip);
        sb.append('\n');
        rect(sb, cssClass, x, y, CELL, CELL, fill, "stroke=\"#ffffff\" stroke-width=\"1.5\"");
        text(sb, x + CELL / 2, y + CELL / 2 + 4, "middle", textStyle + " font-size=\"11\"", label);
        sb.append("</g>\n");
    }

    private static void gradient(StringBuilder sb, String id, AgreementColours scale) {
        sb.append("<defs><linearGradient id=\"").append(id).append("\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"0\">");
        for (AgreementColours.Stop stop : scale.stops()) {
            double offset = (stop.value() - scale.min()) / (scale.max() - scale.min());
            sb.append("<stop offset=\"").append(SvgText.n(offset * 100)).append("%\" stop-color=\"")
                    .append(AgreementColours.hex(stop.rgb())).append("\"/>");
        }
        sb.append("</linearGradient></defs>\n");
    }

    private static void legend(StringBuilder sb, double x, double y, double width, AgreementColours scale,
            String gradient, String hatch, boolean missing) {
        rect(sb, "legend", x, y, width, 10, "url(#" + gradient + ")", "stroke=\"#bbbbbb\" stroke-width=\"0.5\"");
        double mid = (scale.min() + scale.max()) / 2;
        String tick = "fill=\"#444444\" font-size=\"10\"";
        text(sb, x, y + 22, "start", tick, FigureFormat.fixed(scale.min()));
        text(sb, x + width / 2, y + 22, "middle", tick, FigureFormat.fixed(mid));
        text(sb, x + width, y + 22, "end", tick, FigureFormat.fixed(scale.max()));
        rect(sb, null, x, y + 32, 12, 12, "url(#" + hatch + ")", "stroke=\"#b8b8b8\" stroke-width=\"0.5\"");
        text(sb, x + 16, y + 42, "start", tick, "undefined");
        rect(sb, null, x + 80, y + 32, 12, 12, "#e6e6e6", null);
        text(sb, x + 96, y + 42, "start", tick, "same annotator");
        if (missing) {
            text(sb, x, y + 60, "start", tick, "n/a: figure not in the report for this pair");
        }
    }

    private static boolean hasMissing(Matrix m) {
        for (int i = 0; i < m.names().size(); i++) {
            for (int j = 0; j < m.names().size(); j++) {
                if (i != j && m.values()[i][j] == null) {
                    return true;
                }
            }
        }
        return false;
    }
}
