package org.glossa.ui.parts;

import static org.glossa.ui.parts.AgreementFigureText.cell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.glossa.agreement.Figure;
import org.glossa.agreement.report.AgreementColours;
import org.glossa.agreement.report.AgreementReport.LayerReport;
import org.glossa.agreement.report.AgreementReport.PairReport;
import org.glossa.agreement.spanf1.F1Counts;
import org.glossa.ui.review.AgreementCharts;
import org.glossa.ui.review.AgreementComputation;

/**
 * The agreement view's two tables: the annotator pairs (one row per pair, the pair as the row's data) and the labels
 * of the layer, with the F1 and confusions of the pair selected above.
 */
final class AgreementTables {
    private final Table pairs;
    private final Table labels;

    AgreementTables(Composite parent) {
        SashForm tables = new SashForm(parent, SWT.VERTICAL);
        pairs = table(tables, "Pair", "Cohen \u03ba", "Scott \u03c0", "F1 exact", "F1 overlap", "Attribution", "Differences");
        labels = table(tables, "Label", "Unitizing \u03b1", "Units", "F1 exact", "F1 overlap", "Confused with");
        tables.setWeights(35, 65);
        pairs.addListener(SWT.Resize, e -> ColumnFitting.fit(pairs));
        labels.addListener(SWT.Resize, e -> ColumnFitting.fit(labels));
    }

    Table pairs() {
        return pairs;
    }

    Table labels() {
        return labels;
    }

    void clear() {
        pairs.removeAll();
        labels.removeAll();
    }

    /** One row per pair, keeping the selected row. */
    void showPairs(LayerReport figures, AgreementComputation.Outcome outcome) {
        int selected = Math.max(0, pairs.getSelectionIndex());
        pairs.removeAll();
        for (PairReport pair : figures.pairs()) {
            TableItem item = new TableItem(pairs, SWT.NONE);
            int differences = outcome.differences(pair.a(), pair.b());
            item.setText(new String[] {AgreementFigureText.pair(pair.a(), pair.b()), cell(pair.cohen().figure()),
                    cell(pair.scott().figure()), cell(pair.exact().micro().f1()), cell(pair.overlap().micro().f1()),
                    AgreementFigureText.attribution(pair), String.valueOf(differences)});
            item.setData(pair);
            colour(item, 1, pair.cohen().figure());
            colour(item, 3, pair.exact().micro().f1());
            colour(item, 4, pair.overlap().micro().f1());
        }
        if (pairs.getItemCount() > 0) {
            pairs.setSelection(Math.min(selected, pairs.getItemCount() - 1));
        }
        ColumnFitting.fit(pairs);
    }

    /** The labels with the selected pair's figures; returns the line that says why figures are undefined. */
    String showLabels(LayerReport figures) {
        PairReport pair = selectedPair();
        labels.removeAll();
        for (String label : figures.labels()) {
            TableItem item = new TableItem(labels, SWT.NONE);
            F1Counts exact = pair == null ? null : pair.exact().labels().get(label);
            F1Counts overlap = pair == null ? null : pair.overlap().labels().get(label);
            item.setText(new String[] {label, cell(figures.unitizing().labels().get(label)),
                    String.valueOf(figures.unitizing().units().get(label)), exact == null ? "" : cell(exact.f1()),
                    overlap == null ? "" : cell(overlap.f1()),
                    pair == null ? "" : AgreementFigureText.confusedWith(pair, label)});
            colour(item, 1, figures.unitizing().labels().get(label));
        }
        ColumnFitting.fit(labels);
        return undefinedLine(figures, pair);
    }

    PairReport selectedPair() {
        int index = pairs.getSelectionIndex();
        return index < 0 ? null : (PairReport) pairs.getItem(index).getData();
    }

    /** Selects the row of the pair of a and b (in either order); false when there is none. */
    boolean selectPair(String a, String b) {
        for (int i = 0; i < pairs.getItemCount(); i++) {
            PairReport pair = (PairReport) pairs.getItem(i).getData();
            if (pair.a().equals(a) && pair.b().equals(b) || pair.a().equals(b) && pair.b().equals(a)) {
                pairs.setSelection(i);
                return true;
            }
        }
        return false;
    }

    /**
     * One line under the tables says why the figures shown as "undefined" are: a label nobody used, a pair with
     * nothing to compare.
     */
    private static String undefinedLine(LayerReport figures, PairReport pair) {
        Map<String, List<String>> subjects = new LinkedHashMap<>();
        for (PairReport each : figures.pairs()) {
            Figure kappa = each.cohen().figure();
            if (!kappa.isDefined()) {
                subjects.computeIfAbsent(kappa.reason(), r -> new ArrayList<>())
                        .add(AgreementFigureText.pair(each.a(), each.b()));
            }
        }
        for (String label : figures.labels()) {
            Figure alpha = figures.unitizing().labels().get(label);
            F1Counts exact = pair == null ? null : pair.exact().labels().get(label);
            Figure f1 = exact == null ? null : exact.f1();
            Figure undefined = alpha != null && !alpha.isDefined() ? alpha : f1 != null && !f1.isDefined() ? f1 : null;
            if (undefined != null) {
                subjects.computeIfAbsent(undefined.reason(), r -> new ArrayList<>()).add(label);
            }
        }
        List<String> parts = new ArrayList<>();
        subjects.forEach((reason, names) -> parts.add(String.join(", ", names) + ": " + reason));
        return parts.isEmpty() ? "" : "undefined \u2014 " + String.join("; ", parts);
    }

    private static Table table(Composite parent, String... headers) {
        Table table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String header : headers) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(header);
            column.setWidth(90);
        }
        return table;
    }

    /** Cells are tinted like the heat map, at half strength, so weak agreement stands out. */
    private static void colour(TableItem item, int column, Figure figure) {
        if (figure != null && figure.isDefined()) {
            Color tint = new Color(item.getDisplay(), AgreementCharts.rgb(AgreementColours.KAPPA, figure.doubleValue() * 0.5));
            item.setBackground(column, tint);
            item.addDisposeListener(e -> tint.dispose());
        }
    }
}
