package org.glossa.agreement.report;

import static org.glossa.agreement.report.TreeReader.count;
import static org.glossa.agreement.report.TreeReader.figure;
import static org.glossa.agreement.report.TreeReader.items;
import static org.glossa.agreement.report.TreeReader.map;
import static org.glossa.agreement.report.TreeReader.maps;
import static org.glossa.agreement.report.TreeReader.strings;
import static org.glossa.agreement.report.TreeReader.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The per-layer tables and overview lines, shared by the HTML and the Markdown writer. */
final class LayerTables {

    private LayerTables() {
    }

    /** The layer's labels in their declared order, plus any label that only shows up in the figures. */
    static List<String> labels(Map<String, Object> layer) {
        Set<String> labels = new LinkedHashSet<>(strings(layer, "labels"));
        Map<String, Object> ua = map(layer, "unitizing_alpha");
        labels.addAll(map(ua, "labels").keySet());
        labels.addAll(map(ua, "units").keySet());
        return new ArrayList<>(labels);
    }

    /** The layer's annotators, else the report's, plus anyone who only appears in a pair. */
    static List<String> annotators(Map<String, Object> layer, List<String> reportAnnotators) {
        Set<String> names = new LinkedHashSet<>(strings(layer, "annotators"));
        if (names.isEmpty()) {
            names.addAll(reportAnnotators);
        }
        for (Map<String, Object> pair : maps(layer, "pairs")) {
            names.add(text(pair, "a", "?"));
            names.add(text(pair, "b", "?"));
        }
        return new ArrayList<>(names);
    }

    static List<Fact> overview(Map<String, Object> layer) {
        List<Fact> facts = new ArrayList<>();
        List<String> labels = labels(layer);
        facts.add(new Fact("Labels", labels.size() + (labels.isEmpty() ? "" : " (" + String.join(", ", labels) + ")")));
        Map<String, Object> spans = map(layer, "spans");
        if (!spans.isEmpty()) {
            List<String> parts = new ArrayList<>();
            spans.forEach((name, n) -> parts.add(name + ": " + (n instanceof Number num ? Fmt.count(num) : Fmt.DASH)));
            facts.add(new Fact("Spans per annotator", String.join(", ", parts)));
        }
        addCount(facts, "Spans outside the document body", count(layer, "spans_outside_body"));
        addCount(facts, "Continuum length (characters)", count(layer, "continuum_length"));
        Map<String, Object> items = map(layer, "items");
        if (!items.isEmpty()) {
            facts.add(new Fact("Items", countText(count(items, "total")) + " in total, "
                    + countText(count(items, "complete")) + " labelled by every annotator, "
                    + countText(count(items, "ambiguous")) + " ambiguous"));
        }
        return facts;
    }

    static Table headline(String layerName, Map<String, Object> layer) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.text("Unitizing \u03b1 (overall)"), Cell.figure(figure(map(layer, "unitizing_alpha"),
                "overall")), Cell.missing(), Cell.missing()));
        rows.add(itemRow("Percentage agreement", layer, "percentage_agreement"));
        rows.add(itemRow("Fleiss\u2019 \u03ba", layer, "fleiss_kappa"));
        rows.add(itemRow("Krippendorff\u2019s \u03b1 (nominal)", layer, "krippendorff_alpha_nominal"));
        return new Table("headline", "Headline figures, layer " + layerName + ".",
                List.of("Measure", "Value", "Items used", "Items left out"), rows,
                "Unitizing \u03b1 is computed over the text continuum, not over items.");
    }

    private static List<Cell> itemRow(String name, Map<String, Object> node, String key) {
        TreeReader.Items items = items(node, key);
        return List.of(Cell.text(name), Cell.figure(figure(node, key)),
                Cell.count(items == null ? null : items.used()), Cell.count(items == null ? null : items.leftOut()));
    }

    static Table perLabel(String layerName, Map<String, Object> layer) {
        Map<String, Object> ua = map(layer, "unitizing_alpha");
        Map<String, Object> alphas = map(ua, "labels");
        Map<String, Object> reasons = map(ua, "label_reasons");
        Map<String, Object> units = map(ua, "units");
        Map<String, Object> observed = map(ua, "observed_disagreement");
        Map<String, Object> expected = map(ua, "expected_disagreement");
        List<Map<String, Object>> pairs = maps(layer, "pairs");
        boolean disagreement = !observed.isEmpty() || !expected.isEmpty();

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
            row.add(Cell.figure(TreeReader.labelFigure(alphas, reasons, label)));
            row.add(Cell.count(count(units, label)));
            if (disagreement) {
                row.add(Cell.smallFigure(TreeReader.labelFigure(observed, Map.of(), label)));
                row.add(Cell.smallFigure(TreeReader.labelFigure(expected, Map.of(), label)));
            }
            if (!pairs.isEmpty()) {
                row.add(PairMeans.meanLabelF1(pairs, "f1_exact", label));
                row.add(PairMeans.meanLabelF1(pairs, "f1_overlap", label));
            }
            rows.add(row);
        }
        return new Table("labels", "Per-label figures, layer " + layerName + ".", columns, rows,
                pairs.isEmpty() ? null
                        : "Mean F1: unweighted mean over the annotator pairs that report a defined F1 for the label.");
    }

    /** Null when the layer has no pairs. */
    static Table pairwise(String layerName, Map<String, Object> layer) {
        List<Map<String, Object>> pairs = maps(layer, "pairs");
        if (pairs.isEmpty()) {
            return null;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (Map<String, Object> pair : pairs) {
            Map<String, Object> exact = map(pair, "f1_exact");
            Map<String, Object> overlap = map(pair, "f1_overlap");
            rows.add(List.of(Cell.name(text(pair, "a", "?")), Cell.name(text(pair, "b", "?")),
                    itemFigure(pair, "percentage_agreement"), itemFigure(pair, "cohen_kappa"),
                    itemFigure(pair, "scott_pi"), Cell.figure(figure(exact, "micro")),
                    Cell.figure(figure(exact, "macro")), Cell.figure(figure(overlap, "micro")),
                    Cell.figure(figure(overlap, "macro"))));
        }
        return new Table("pairs", "Pairwise figures, layer " + layerName + ".",
                List.of("A", "B", "Percentage agreement", "Cohen\u2019s \u03ba", "Scott\u2019s \u03c0",
                        "F1 exact (micro)", "F1 exact (macro)", "F1 overlap (micro)", "F1 overlap (macro)"),
                rows, "n: items used by the figure, and how many were left out.");
    }

    static Cell itemFigure(Map<String, Object> node, String key) {
        return Cell.figure(figure(node, key), itemsDetail(items(node, key)));
    }

    private static String itemsDetail(TreeReader.Items items) {
        if (items == null || (items.used() == null && items.leftOut() == null)) {
            return null;
        }
        return "n = " + countText(items.used()) + (items.leftOut() == null ? ""
                : ", " + Fmt.count(items.leftOut()) + " left out");
    }

    /** Null when the layer reports no documents. */
    static Table documents(String layerName, Map<String, Object> layer) {
        List<Map<String, Object>> docs = maps(map(layer, "unitizing_alpha"), "documents");
        if (docs.isEmpty()) {
            return null;
        }
        List<String> labels = labels(layer);
        List<String> columns = new ArrayList<>(List.of("Document", "Overall"));
        columns.addAll(labels);
        List<List<Cell>> rows = new ArrayList<>();
        for (Map<String, Object> doc : docs) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.name(text(doc, "document", "?")));
            row.add(Cell.figure(figure(doc, "overall")));
            Map<String, Object> alphas = map(doc, "labels");
            Map<String, Object> reasons = map(doc, "label_reasons");
            for (String label : labels) {
                row.add(Cell.figure(TreeReader.labelFigure(alphas, reasons, label)));
            }
            rows.add(row);
        }
        return new Table("documents", "Unitizing \u03b1 per document, layer " + layerName + ".", columns, rows, null);
    }

    private static void addCount(List<Fact> facts, String name, Number n) {
        if (n != null) {
            facts.add(new Fact(name, Fmt.count(n)));
        }
    }

    private static String countText(Number n) {
        return n == null ? Fmt.DASH : Fmt.count(n);
    }
}
