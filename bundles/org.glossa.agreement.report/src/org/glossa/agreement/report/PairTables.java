package org.glossa.agreement.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glossa.agreement.attribution.AttributionAgreement;
import org.glossa.agreement.confusion.ConfusionMatrix;
import org.glossa.agreement.report.AgreementReport.PairReport;
import org.glossa.agreement.spanf1.F1Counts;
import org.glossa.agreement.spanf1.F1Table;

/** The tables of one annotator pair, shared by the HTML and the Markdown writer. Null means "nothing to show". */
final class PairTables {

    private PairTables() {
    }

    static String title(PairReport pair) {
        return FigureFormat.pair(pair.a(), pair.b());
    }

    static Table f1Summary(PairReport pair) {
        List<List<Cell>> rows = new ArrayList<>();
        for (F1Table f1 : List.of(pair.exact(), pair.overlap())) {
            F1Counts micro = f1.micro();
            rows.add(List.of(Cell.text(matching(f1)), Cell.name(f1.reference()), Cell.figure(micro.precision()),
                    Cell.figure(micro.recall()), Cell.figure(micro.f1()), Cell.figure(f1.macro()),
                    Cell.count(micro.tp()), Cell.count(micro.fp()), Cell.count(micro.fn())));
        }
        return new Table("f1", "Span F1, " + title(pair) + ".", List.of("Matching", "Reference", "Precision",
                "Recall", "Micro F1", "Macro F1", "TP", "FP", "FN"), rows, null);
    }

    /** Per-label F1 of the pair, labels in {@code labelOrder} first; null when the pair reports none. */
    static Table labelF1(PairReport pair, List<String> labelOrder) {
        List<F1Table> tables = List.of(pair.exact(), pair.overlap());
        Set<String> labels = new LinkedHashSet<>();
        for (F1Table table : tables) {
            labels.addAll(table.labels().keySet());
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
            for (F1Table table : tables) {
                F1Counts f = table.labels().get(label);
                if (f == null) {
                    continue;
                }
                rows.add(List.of(Cell.name(label), Cell.text(matching(table)), Cell.figure(f.precision()),
                        Cell.figure(f.recall()), Cell.figure(f.f1()), Cell.count(f.tp()), Cell.count(f.fp()),
                        Cell.count(f.fn())));
            }
        }
        return new Table("label-f1", "Per-label F1, " + title(pair) + ".",
                List.of("Label", "Matching", "Precision", "Recall", "F1", "TP", "FP", "FN"), rows, null);
    }

    /** Rows are a's labels, columns b's labels (the report adds "none"); with row and column totals. */
    static Table confusion(PairReport pair) {
        ConfusionMatrix conf = pair.confusion();
        List<String> labels = conf.labels();
        if (labels.isEmpty()) {
            return null;
        }
        String rowsName = conf.rows();
        String colsName = conf.columns();
        long[][] matrix = conf.counts();
        int k = labels.size();
        long[] columnTotals = new long[k];
        long grandTotal = 0;
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            long[] row = i < matrix.length ? matrix[i] : new long[0];
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.name(labels.get(i)));
            long rowTotal = 0;
            for (int j = 0; j < k; j++) {
                Cell cell = j < row.length ? Cell.count(row[j]) : Cell.missing();
                if (j < row.length) {
                    rowTotal += row[j];
                    columnTotals[j] += row[j];
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
        return i == labels.size() - 1 && ConfusionMatrix.NONE.equals(labels.get(i));
    }

    /** One row per link type; null for layers without link types. */
    static Table attribution(PairReport pair) {
        if (pair.attribution().isEmpty()) {
            return null;
        }
        // one row per link type, as the JSON report has one entry per link type
        Map<String, AttributionAgreement> byType = new LinkedHashMap<>();
        pair.attribution().forEach(links -> byType.put(links.linkType(), links));
        List<List<Cell>> rows = new ArrayList<>();
        byType.forEach((linkType, a) -> {
            F1Counts counts = a.pairs();
            rows.add(List.of(Cell.name(linkType), Cell.count(a.matched()), Cell.count(a.agreeing()),
                    Cell.count(a.partial()), Cell.figure(a.share()), Cell.figure(counts.precision()),
                    Cell.figure(counts.recall()), Cell.figure(counts.f1()), Cell.count(counts.tp()),
                    Cell.count(counts.fp()), Cell.count(counts.fn())));
        });
        return new Table("attribution", "Attribution (link targets), " + title(pair) + ".",
                List.of("Link type", "Matched spans", "Agreeing", "Partial", "Share", "Precision", "Recall", "F1", "TP",
                        "FP", "FN"),
                rows, "Matched: spans both annotators marked; agreeing: of those, the ones with the same set of link targets"
                        + " (share = agreeing / matched); partial: some targets shared, not all. Precision, recall and F1"
                        + " count (span, target) pairs.");
    }

    private static String matching(F1Table table) {
        return table.exact() ? "Exact" : "Overlap";
    }
}
