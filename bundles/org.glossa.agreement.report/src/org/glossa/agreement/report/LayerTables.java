package org.glossa.agreement.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glossa.agreement.coding.CodingFigure;
import org.glossa.agreement.report.AgreementReport.DocumentUnitizing;
import org.glossa.agreement.report.AgreementReport.Items;
import org.glossa.agreement.report.AgreementReport.LayerReport;
import org.glossa.agreement.report.AgreementReport.PairReport;
import org.glossa.agreement.report.AgreementReport.Unitizing;

/** The per-layer tables and overview lines, shared by the HTML and the Markdown writer. */
final class LayerTables {

    private LayerTables() {
    }

    /** The layer's labels in their declared order, plus any label that only shows up in the figures. */
    static List<String> labels(LayerReport layer) {
        Set<String> labels = new LinkedHashSet<>(layer.labels());
        labels.addAll(layer.unitizing().labels().keySet());
        labels.addAll(layer.unitizing().units().keySet());
        return new ArrayList<>(labels);
    }

    /** The layer's annotators, else the report's, plus anyone who only appears in a pair. */
    static List<String> annotators(LayerReport layer, List<String> reportAnnotators) {
        Set<String> names = new LinkedHashSet<>(layer.annotators());
        if (names.isEmpty()) {
            names.addAll(reportAnnotators);
        }
        for (PairReport pair : layer.pairs()) {
            names.add(pair.a());
            names.add(pair.b());
        }
        return new ArrayList<>(names);
    }

    static List<Fact> overview(LayerReport layer) {
        List<Fact> facts = new ArrayList<>();
        List<String> labels = labels(layer);
        facts.add(new Fact("Labels", labels.size() + (labels.isEmpty() ? "" : " (" + String.join(", ", labels) + ")")));
        Map<String, Integer> spans = layer.spans();
        if (!spans.isEmpty()) {
            List<String> parts = new ArrayList<>();
            spans.forEach((name, n) -> parts.add(name + ": " + (n == null ? FigureFormat.DASH : FigureFormat.count(n))));
            facts.add(new Fact("Spans per annotator", String.join(", ", parts)));
        }
        facts.add(new Fact("Spans outside the document body", FigureFormat.count(layer.study().spansOutsideBody())));
        facts.add(new Fact("Continuum length (characters)", FigureFormat.count(layer.unitizing().continuumLength())));
        Items items = layer.items();
        facts.add(new Fact("Items", items.total() + " in total, " + items.complete() + " labelled by every annotator, "
                + items.ambiguous() + " ambiguous"));
        return facts;
    }

    static Table headline(String layerName, LayerReport layer) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.text("Unitizing \u03b1 (overall)"), Cell.figure(layer.unitizing().overall()),
                Cell.missing(), Cell.missing()));
        rows.add(itemRow("Percentage agreement", layer.percentage()));
        rows.add(itemRow("Fleiss\u2019 \u03ba", layer.fleiss()));
        rows.add(itemRow("Krippendorff\u2019s \u03b1 (nominal)", layer.krippendorff()));
        return new Table("headline", "Headline figures, layer " + layerName + ".",
                List.of("Measure", "Value", "Items used", "Items left out"), rows,
                "Unitizing \u03b1 is computed over the text continuum, not over items.");
    }

    private static List<Cell> itemRow(String name, CodingFigure figure) {
        return List.of(Cell.text(name), Cell.figure(figure.figure()), Cell.count(figure.itemsUsed()),
                Cell.count(figure.itemsLeftOut()));
    }

    static Table perLabel(String layerName, LayerReport layer) {
        Unitizing unitizing = layer.unitizing();
        List<PairReport> pairs = layer.pairs();
        boolean disagreement = !unitizing.observed().isEmpty() || !unitizing.expected().isEmpty();

        List<String> columns = new ArrayList<>(List.of("Label", "Unitizing \u03b1", "Units"));
        if (disagreement) {
            columns.addAll(List.of("Observed disagreement", "Expected disagreement"));
        }
        if (!pairs.isEmpty()) {
            columns.addAll(List.of("Mean exact F1", "Mean overlap F1"));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (String label : labels(layer)) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.name(label));
            row.add(Cell.figure(ReportFigures.ofLabel(unitizing.labels(), label)));
            row.add(Cell.count(unitizing.units().get(label)));
            if (disagreement) {
                row.add(Cell.smallFigure(ReportFigures.ofNumber(unitizing.observed(), label)));
                row.add(Cell.smallFigure(ReportFigures.ofNumber(unitizing.expected(), label)));
            }
            if (!pairs.isEmpty()) {
                row.add(PairMeans.meanLabelF1(pairs, true, label));
                row.add(PairMeans.meanLabelF1(pairs, false, label));
            }
            rows.add(row);
        }
        return new Table("labels", "Per-label figures, layer " + layerName + ".", columns, rows,
                pairs.isEmpty() ? null
                        : "Mean F1: unweighted mean over the annotator pairs that report a defined F1 for the label.");
    }

    /** Null when the layer has no pairs. */
    static Table pairwise(String layerName, LayerReport layer) {
        if (layer.pairs().isEmpty()) {
            return null;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (PairReport pair : layer.pairs()) {
            rows.add(List.of(Cell.name(pair.a()), Cell.name(pair.b()), itemFigure(pair.percentage()),
                    itemFigure(pair.cohen()), itemFigure(pair.scott()), Cell.figure(pair.exact().micro().f1()),
                    Cell.figure(pair.exact().macro()), Cell.figure(pair.overlap().micro().f1()),
                    Cell.figure(pair.overlap().macro())));
        }
        return new Table("pairs", "Pairwise figures, layer " + layerName + ".",
                List.of("A", "B", "Percentage agreement", "Cohen\u2019s \u03ba", "Scott\u2019s \u03c0",
                        "F1 exact (micro)", "F1 exact (macro)", "F1 overlap (micro)", "F1 overlap (macro)"),
                rows, "n: items used by the figure, and how many were left out.");
    }

    private static Cell itemFigure(CodingFigure figure) {
        return Cell.figure(figure.figure(),
                "n = " + FigureFormat.count(figure.itemsUsed()) + ", " + FigureFormat.count(figure.itemsLeftOut())
                        + " left out");
    }

    /** Null when the layer reports no documents. */
    static Table documents(String layerName, LayerReport layer) {
        List<DocumentUnitizing> docs = layer.documents();
        if (docs.isEmpty()) {
            return null;
        }
        List<String> labels = labels(layer);
        List<String> columns = new ArrayList<>(List.of("Document", "Overall"));
        columns.addAll(labels);
        List<List<Cell>> rows = new ArrayList<>();
        for (DocumentUnitizing doc : docs) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.name(doc.documentId()));
            row.add(Cell.figure(doc.overall()));
            for (String label : labels) {
                row.add(Cell.figure(ReportFigures.ofLabel(doc.labels(), label)));
            }
            rows.add(row);
        }
        return new Table("documents", "Unitizing \u03b1 per document, layer " + layerName + ".", columns, rows, null);
    }
}
