package org.glossa.agreement.report;

import static org.glossa.agreement.report.HtmlEscaping.text;

import java.util.List;
import java.util.function.Function;

import org.glossa.agreement.Figure;
import org.glossa.agreement.report.AgreementReport.LayerReport;
import org.glossa.agreement.report.AgreementReport.PairReport;

/** One layer of the HTML report: headline figures, labels with their bar chart, pairs with heat maps, documents. */
final class HtmlLayerSection {

    private HtmlLayerSection() {
    }

    static void render(StringBuilder sb, Numbering numbering, int index, String name, LayerReport layer,
            List<String> reportAnnotators) {
        sb.append("<section class=\"layer\" id=\"layer-").append(index).append("\">\n");
        sb.append("<h2><span class=\"secno\">").append(index).append("</span>Layer ").append(text(name))
                .append("</h2>\n");
        HtmlTables.facts(sb, LayerTables.overview(layer));
        HtmlTables.render(sb, numbering, LayerTables.headline(name, layer));

        sb.append("<h3>Labels</h3>\n");
        List<SvgBarChart.Bar> bars = SvgBarChart.bars(layer);
        if (bars.isEmpty()) {
            sb.append("<p class=\"empty\">This layer reports no labels.</p>\n");
        } else {
            sb.append("<figure>\n");
            SvgBarChart.render(sb, numbering, "Unitizing alpha per label, layer " + name, bars);
            sb.append("<figcaption><span class=\"no\">Figure ").append(numbering.nextFigure()).append(".</span> ")
                    .append(text("Unitizing \u03b1 per label, layer " + name + "; n: units. Dashed lines mark "
                            + "Krippendorff\u2019s thresholds 0.667 (tentative conclusions) and 0.800. Hatched "
                            + "bars: undefined, with the reason."))
                    .append("</figcaption>\n</figure>\n");
        }
        HtmlTables.render(sb, numbering, LayerTables.perLabel(name, layer));

        pairs(sb, numbering, name, layer, reportAnnotators);

        sb.append("<h3>Documents</h3>\n");
        Table documents = LayerTables.documents(name, layer);
        if (documents == null) {
            sb.append("<p class=\"empty\">No per-document figures for this layer.</p>\n");
        } else {
            HtmlTables.render(sb, numbering, documents);
        }
        sb.append("</section>\n");
    }

    private static void pairs(StringBuilder sb, Numbering numbering, String name, LayerReport layer,
            List<String> reportAnnotators) {
        sb.append("<h3>Annotator pairs</h3>\n");
        List<PairReport> pairs = layer.pairs();
        if (pairs.isEmpty()) {
            sb.append("<p class=\"empty\">No pairwise figures for this layer.</p>\n");
            return;
        }
        List<String> names = LayerTables.annotators(layer, reportAnnotators);
        sb.append("<div class=\"heatmaps\">\n");
        heatMap(sb, numbering, name, layer, names, "Cohen\u2019s \u03ba", AgreementColours.KAPPA,
                pair -> pair.cohen().figure());
        heatMap(sb, numbering, name, layer, names, "F1 exact (micro)", AgreementColours.UNIT,
                pair -> pair.exact().micro().f1());
        heatMap(sb, numbering, name, layer, names, "F1 overlap (micro)", AgreementColours.UNIT,
                pair -> pair.overlap().micro().f1());
        sb.append("</div>\n");
        HtmlTables.render(sb, numbering, LayerTables.pairwise(name, layer));

        List<String> labels = LayerTables.labels(layer);
        for (PairReport pair : pairs) {
            sb.append("<section class=\"pair\">\n<h4>Pair ").append(text(PairTables.title(pair))).append("</h4>\n");
            renderIfPresent(sb, numbering, PairTables.f1Summary(pair));
            renderIfPresent(sb, numbering, PairTables.labelF1(pair, labels));
            renderIfPresent(sb, numbering, PairTables.confusion(pair));
            renderIfPresent(sb, numbering, PairTables.attribution(pair));
            sb.append("</section>\n");
        }
    }

    private static void heatMap(StringBuilder sb, Numbering numbering, String layerName, LayerReport layer,
            List<String> names, String measure, AgreementColours scale, Function<PairReport, Figure> figure) {
        SvgHeatMap.Matrix matrix = SvgHeatMap.matrix(layer, names, figure);
        sb.append("<figure>\n");
        SvgHeatMap.render(sb, numbering, measure + " per annotator pair, layer " + layerName, matrix, scale);
        sb.append("<figcaption><span class=\"no\">Figure ").append(numbering.nextFigure()).append(".</span> ")
                .append(text(measure + " per annotator pair, layer " + layerName + "."));
        List<String> undefined = SvgHeatMap.undefinedNotes(matrix);
        if (!undefined.isEmpty()) {
            sb.append(" Undefined:\n<ul>\n");
            for (String note : undefined) {
                sb.append("<li class=\"undef\">").append(text(note)).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        sb.append("</figcaption>\n</figure>\n");
    }

    private static void renderIfPresent(StringBuilder sb, Numbering numbering, Table table) {
        if (table != null) {
            HtmlTables.render(sb, numbering, table);
        }
    }
}
