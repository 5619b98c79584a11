package org.glossa.agreement.report;

import static org.glossa.agreement.report.TreeReader.count;
import static org.glossa.agreement.report.TreeReader.figure;
import static org.glossa.agreement.report.TreeReader.list;
import static org.glossa.agreement.report.TreeReader.map;
import static org.glossa.agreement.report.TreeReader.strings;
import static org.glossa.agreement.report.TreeReader.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tables of one annotator pair, shared by the HTML and the Markdown writer. Null means "nothing to show". */
final class PairTables {

    private static final List<String> F1_KEYS = List.of("f1_exact", "f1_overlap");

    private PairTables() {
    }

    static String title(Map<String, Object> pair) {
        return Fmt.pair(text(pair, "a", "?"), text(pair, "b", "?"));
    }

    static Table f1Summary(Map<String, Object> pair) {
        List<List<Cell>> rows = new ArrayList<>();
        for (String key : F1_KEYS) {
            Map<String, Object> f1 = map(pair, key);
            if (f1.isEmpty()) {
                continue;
            }
            rows.add(List.of(Cell.text(matching(key)), Cell.name(text(f1, "reference", "?")),
                    Cell.figure(figure(f1, "precision")), Cell.figure(figure(f1, "recall")),
                    Cell.figure(figure(f1, "micro")), Cell.figure(figure(f1, "macro")),
                    Cell.count(count(f1, "tp")), Cell.count(count(f1, "fp")), Cell.count(count(f1, "fn"))));
        }
        if (rows.isEmpty()) {
            return null;
        }
        return new Table("f1", "Span F1, " + title(pair) + ".", List.of("Matching", "Reference", "Precision",
                "Recall", "Micro F1", "Macro F1", "TP", "FP", "FN"), rows, null);
    }

    /** Per-label F1 of the pair, labels in {@code labelOrder} first; null when the pair reports none. */
    static Table labelF1(Map<String, Object> pair, List<String> labelOrder) {
        Set<String> labels = new LinkedHashSet<>();
        for (String key : F1_KEYS) {
            labels.addAll(map(map(pair, key), "labels").keySet());
        }
        if (labels.isEmpty()) {
            return null;
        }
        List<String> ordered = new ArrayList<>(labelOrder);
        ordered.retainAll(labels);
        labels.forEach(l -> {
            if (!ordered.contains(l)) {
                ordered.add(l);
            }
        });
        List<List<Cell>> rows = new ArrayList<>();
        for (String label : ordered) {
            for (String key : F1_KEYS) {
                Map<String, Object> labelMap = map(map(pair, key), "labels");
                if (!labelMap.containsKey(label)) {
                    continue;
                }
                Map<String, Object> f = map(labelMap, label);
                rows.add(List.of(Cell.name(label), Cell.text(matching(key)), Cell.figure(figure(f, "precision")),
                        Cell.figure(figure(f, "recall")), Cell.figure(figure(f, "f1")), Cell.count(count(f, "tp")),
                        Cell.count(count(f, "fp")), Cell.count(count(f, "fn"))));
            }
        }
        return new Table("label-f1", "Per-label F1, " + title(pair) + ".",
                List.of("Label", "Matching", "Precision", "Recall", "F1", "TP", "FP", "FN"), rows, null);
    }

    /** Rows are a's labels, columns b's labels (the report adds "none"); with row and column totals. */
    static Table confusion(Map<String, Object> pair) {
        Map<String, Object> conf = map(pair, "confusion");
        List<String> labels = strings(conf, "labels");
        if (labels.isEmpty()) {
            return null;
        }
        String rowsName = text(conf, "rows", text(pair, "a", "?"));
        String colsName = text(conf, "columns", text(pair, "b", "?"));
        List<Object> matrix = list(conf, "matrix");
        int k = labels.size();
        long[] columnTotals = new long[k];
        long grandTotal = 0;
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<?> row = i < matrix.size() && matrix.get(i) instanceof List<?> l ? l : List.of();
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.name(labels.get(i)));
            long rowTotal = 0;
            for (int j = 0; j < k; j++) {
                Number n = j < row.size() && row.get(j) instanceof Number num ? num : null;
                Cell cell = Cell.count(n);
                if (n != null) {
                    rowTotal += n.longValue();
                    columnTotals[j] += n.longValue();
                }
                // "none" x "none" is not an agreement on a label, so only real labels are highlighted
                cells.add(i == j && !isNone(labels, i) ? cell.emphasised() : cell);
            }
            grandTotal += rowTotal;
            cells.add(Cell.count(rowTotal));
            rows.add(cells);
        }
        List<Cell> totals = new ArrayList<>();
        totals.add(Cell.text("Total"));
        for (long t : columnTotals) {
            totals.add(Cell.count(t));
        }
        totals.add(Cell.count(grandTotal));
        rows.add(totals);

        List<String> columns = new ArrayList<>();
        columns.add(rowsName + " \u2193 / " + colsName + " \u2192");
        columns.addAll(labels);
        columns.add("Total");
        return new Table("confusion", "Confusion matrix, " + title(pair) + ": rows are " + rowsName
                + "\u2019s labels, columns " + colsName + "\u2019s.", columns, rows,
                "Highlighted: the diagonal (same label). \u201cnone\u201d: no matching span by the other annotator.");
    }

    private static boolean isNone(List<String> labels, int i) {
        return i == labels.size() - 1 && "none".equals(labels.get(i));
    }

    /** One row per link type; null for layers without link types. */
    static Table attribution(Map<String, Object> pair) {
        Map<String, Object> attribution = map(pair, "attribution");
        if (attribution.isEmpty()) {
            return null;
        }
        List<List<Cell>> rows = new ArrayList<>();
        attribution.forEach((linkType, node) -> {
            Map<String, Object> a = map(node);
            rows.add(List.of(Cell.name(linkType), Cell.count(count(a, "matched")), Cell.count(count(a, "agreeing")),
                    Cell.count(count(a, "partial")), Cell.figure(figure(a, "share")), Cell.figure(figure(a, "precision")),
                    Cell.figure(figure(a, "recall")), Cell.figure(figure(a, "f1")), Cell.count(count(a, "tp")),
                    Cell.count(count(a, "fp")), Cell.count(count(a, "fn"))));
        });
        return new Table("attribution", "Attribution (link targets), " + title(pair) + ".",
                List.of("Link type", "Matched spans", "Agreeing", "Partial", "Share", "Precision", "Recall", "F1", "TP",
                        "FP", "FN"),
                rows, "Matched: spans both annotators marked; agreeing: of those, the ones with the same set of link targets"
                        + " (share = agreeing / matched); partial: some targets shared, not all. Precision, recall and F1"
                        + " count (span, target) pairs.");
    }

    private static String matching(String f1Key) {
        return f1Key.equals("f1_exact") ? "Exact" : "Overlap";
    }
}
