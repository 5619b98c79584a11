package org.glossa.ui.parts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.glossa.agreement.Figure;
import org.glossa.agreement.attribution.AttributionAgreement;
import org.glossa.agreement.coding.CodingFigure;
import org.glossa.agreement.report.AgreementReport;
import org.glossa.agreement.report.AgreementReport.LayerReport;
import org.glossa.agreement.report.AgreementReport.PairReport;
import org.glossa.agreement.report.HtmlReportWriter;
import org.glossa.agreement.report.ReportTree;
import org.glossa.agreement.spanf1.F1Counts;
import org.glossa.agreement.study.AgreementScope;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.edit.ModelChange;
import org.glossa.core.storage.AtomicFiles;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.model.Layer;
import org.glossa.review.study.DefaultScope;
import org.glossa.review.study.StudyLoader;
import org.glossa.ui.EditorState;
import org.glossa.ui.ProjectLifeCycle;
import org.glossa.ui.review.AgreementComputation;
import org.glossa.ui.review.ReviewState;
import org.glossa.ui.review.ReviewState.Cell;

/**
 * Review mode: how far the annotators agree on the open document or the whole corpus, for one layer. Headline
 * figures, the annotator pairs (Cohen's kappa, Scott's pi, span F1, attribution), the labels (unitizing alpha and
 * F1 for the selected pair) and charts. Recomputed in the background whenever annotations change; Enter (or a
 * double click) on a pair or a label opens its disagreements in the walker.
 */
public final class AgreementPart {
    public static final String ID = "org.glossa.ui.part.agreement";
    private static final String[] SCOPES = {"Open document", "All documents", "Finished by all annotators"};
    private static final String[] MEASURES = {"Cohen's \u03ba", "F1 exact", "F1 overlap"};

    @Inject
    private EditingSession session;
    @Inject
    private EditorState state;
    @Inject
    @Optional
    private ReviewState review;
    @Inject
    @Optional
    private EPartService parts;
    @Inject
    @Optional
    @Named(ProjectLifeCycle.REVIEW_MODE)
    private Boolean reviewMode;

    private Combo layer;
    private Combo scope;
    private Combo measure;
    private Label status;
    private Label headline;
    private Table pairs;
    private Table labels;
    private org.glossa.ui.review.AgreementCharts heatMap;
    private org.glossa.ui.review.AgreementCharts bars;
    private AgreementComputation computation;
    private AgreementReport report;
    /** The annotators the reviewer chose; empty: the default group ({@link DefaultScope}), found again on every change. */
    private List<String> chosen = List.of();
    /** The annotators of the comparison asked for last (chosen, or the default group). */
    private List<String> compared = List.of();
    private Label notes;
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final java.util.function.Consumer<ModelChange> changed = change -> recompute();

    @PostConstruct
    void create(Composite parent) {
        if (review == null || !Boolean.TRUE.equals(reviewMode)) {
            GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
            Label blind = new Label(parent, SWT.WRAP);
            blind.setText("Agreement is shown in review mode (glossa gui --review): annotation stays blind to the"
                    + " other annotators' work.");
            GridDataFactory.fillDefaults().grab(true, false).applyTo(blind);
            return;
        }
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(bar);
        new Label(bar, SWT.NONE).setText("Layer:");
        layer = new Combo(bar, SWT.READ_ONLY);
        for (Layer l : session.store().schema().getLayers()) {
            layer.add(l.getName());
        }
        layer.select(0);
        new Label(bar, SWT.NONE).setText("Documents:");
        scope = new Combo(bar, SWT.READ_ONLY);
        scope.setItems(SCOPES);
        scope.select(1);
        new Label(bar, SWT.NONE).setText("Heat map:");
        measure = new Combo(bar, SWT.READ_ONLY);
        measure.setItems(MEASURES);
        measure.select(0);
        Composite statusRow = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(statusRow);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(statusRow);
        status = new Label(statusRow, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
        Button who = new Button(statusRow, SWT.PUSH);
        who.setText("Annotators\u2026");
        who.addListener(SWT.Selection, e -> chooseAnnotators());
        Button save = new Button(statusRow, SWT.PUSH);
        save.setText("HTML Report\u2026");
        save.setToolTipText("Save the full report of this layer as one self-contained HTML file");
        save.addListener(SWT.Selection, e -> saveReport());
        headline = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(headline);

        SashForm columns = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(columns);
        SashForm tables = new SashForm(columns, SWT.VERTICAL);
        pairs = table(tables, "Pair", "Cohen \u03ba", "Scott \u03c0", "F1 exact", "F1 overlap", "Attribution", "Differences");
        labels = table(tables, "Label", "Unitizing \u03b1", "Units", "F1 exact", "F1 overlap", "Confused with");
        tables.setWeights(35, 65);
        SashForm chartColumn = new SashForm(columns, SWT.VERTICAL);
        heatMap = new org.glossa.ui.review.AgreementCharts(chartColumn,
                org.glossa.ui.review.AgreementCharts.Kind.PAIR_HEAT_MAP, this::pairClicked);
        bars = new org.glossa.ui.review.AgreementCharts(chartColumn, org.glossa.ui.review.AgreementCharts.Kind.LABEL_BARS,
                (a, b) -> { });
        chartColumn.setWeights(50, 50);
        columns.setWeights(66, 34);
        notes = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(notes);
        pairs.addListener(SWT.Resize, e -> fit(pairs));
        labels.addListener(SWT.Resize, e -> fit(labels));

        layer.addListener(SWT.Selection, e -> recompute());
        scope.addListener(SWT.Selection, e -> recompute());
        measure.addListener(SWT.Selection, e -> showCharts());
        pairs.addListener(SWT.Selection, e -> showLabels());
        pairs.addListener(SWT.DefaultSelection, e -> openSelected(null));
        labels.addListener(SWT.DefaultSelection, e -> {
            int index = labels.getSelectionIndex();
            if (index >= 0) {
                openSelected(labels.getItem(index).getText(0));
            }
        });
        computation = new AgreementComputation(parent.getDisplay(), session.store(), () -> status.setText("Computing\u2026"),
                this::show);
        session.addChangeListener(changed); // gold is not compared: its changes need no recomputation
        unsubscribe.add(state.onDocument(d -> {
            if (scope.getSelectionIndex() == 0) {
                recompute();
            }
        }));
        recompute();
    }

    @PreDestroy
    void dispose() {
        if (computation != null) {
            computation.cancel();
            session.removeChangeListener(changed);
        }
        unsubscribe.forEach(Runnable::run);
    }

    /** The latest report shown (null before the first computation); for tests. */
    public AgreementReport report() {
        return report;
    }

    public Table pairsTable() {
        return pairs;
    }

    public Table labelsTable() {
        return labels;
    }

    public boolean computing() {
        return computation != null && computation.busy();
    }

    /** What the status line, the headline figures and the line under the tables say; for tests. */
    public String statusText() {
        return status.getText();
    }

    public String headlineText() {
        return headline.getText();
    }

    public String notesText() {
        return notes.getText();
    }

    /** The pairs table takes the keyboard: Enter opens the selected pair's disagreements. */
    @Focus
    void focus() {
        if (pairs != null && !pairs.isDisposed()) {
            pairs.setFocus();
        }
    }

    /**
     * Asks for the figures of the scope shown: the annotators chosen, or by default the group that shares the most
     * documents (so that the comparison is not empty as soon as someone worked on other documents than the rest).
     */
    private void recompute() {
        if (layer == null || layer.isDisposed()) {
            return;
        }
        ProjectStore store = session.store();
        List<String> documents = List.of();
        List<String> annotators;
        if (scope.getSelectionIndex() == 0) {
            Document open = state.document();
            if (open == null) {
                nothingToCompare("Open a document, or choose all documents.");
                return;
            }
            documents = List.of(open.getId());
            DefaultScope here = DefaultScope.of(store, documents);
            if (chosen.isEmpty()) {
                if (here.isEmpty()) {
                    nothingToCompare(sentence(here.reason()));
                    return;
                }
                annotators = here.annotators();
            } else {
                List<String> on = StudyLoader.annotatorsWithAnnotations(store, List.of(open));
                annotators = chosen.stream().filter(on::contains).toList();
                if (annotators.size() < 2) {
                    nothingToCompare("Nothing to compare: of " + String.join(", ", chosen) + ", "
                            + (annotators.isEmpty() ? "nobody" : "only " + annotators.get(0)) + " annotated this document.");
                    return;
                }
            }
        } else {
            if (chosen.isEmpty()) {
                DefaultScope everywhere = DefaultScope.of(store, List.of());
                if (everywhere.isEmpty()) {
                    nothingToCompare(sentence(everywhere.reason()));
                    return;
                }
                annotators = everywhere.annotators();
            } else {
                annotators = chosen;
            }
            if (scope.getSelectionIndex() == 2) {
                documents = StudyLoader.finishedByAll(store, annotators);
                if (documents.isEmpty()) {
                    nothingToCompare("Nothing to compare: no document is finished by " + String.join(", ", annotators)
                            + " yet.");
                    return;
                }
            }
        }
        compared = annotators;
        computation.request(new AgreementScope(List.of(layer.getText()), annotators, documents));
    }

    private static String sentence(String reason) {
        return Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".";
    }

    private void chooseAnnotators() {
        List<String> withSets = StudyLoader.annotatorsWithAnnotations(session.store(),
                session.store().project().getDocuments());
        List<String> ticked = chosen.isEmpty() ? compared : chosen;
        var dialog = new org.glossa.ui.dialogs.ChooseAnnotatorsDialog(pairs.getShell(), withSets, ticked);
        if (dialog.open() == org.glossa.ui.dialogs.ChooseAnnotatorsDialog.OK) {
            chosen = dialog.chosen();
            recompute();
        }
    }

    /** No figures at all: one line that says why, instead of tables of "undefined". */
    private void nothingToCompare(String why) {
        if (computation != null) {
            computation.cancel();
        }
        report = null;
        status.setText(why);
        status.setToolTipText(null);
        headline.setText("");
        notes.setText("");
        pairs.removeAll();
        labels.removeAll();
        heatMap.show(null);
        bars.show(null);
    }

    private void show(AgreementComputation.Outcome outcome) {
        if (pairs.isDisposed()) {
            return;
        }
        if (outcome.report() == null) {
            nothingToCompare(outcome.problem());
            return;
        }
        if (outcome.report().documents().isEmpty()) {
            nothingToCompare("Nothing to compare: no document is annotated by all of "
                    + String.join(", ", outcome.report().annotators()) + ".");
            return;
        }
        report = outcome.report();
        review.setReport(report);
        LayerReport figures = report.layers().get(0);
        int left = report.leftOutDocuments().size();
        status.setText(report.documents().size() + (report.documents().size() == 1 ? " document" : " documents")
                + " by " + String.join(", ", report.annotators()) + (chosen.isEmpty() ? " (the most shared)" : "")
                + (left == 0 ? "" : "; " + left + " other" + (left == 1 ? " document" : " documents") + " left out")
                + "; " + outcome.millis() + " ms");
        status.setToolTipText(left == 0 ? null : "Left out: " + String.join("; ", report.leftOutDocuments().entrySet()
                .stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList()));
        headline.setText("Unitizing \u03b1 " + figure(figures.unitizing().overall()) + "    Percentage agreement "
                + coding(figures.percentage()) + "\nFleiss \u03ba " + coding(figures.fleiss())
                + "    Krippendorff \u03b1 " + coding(figures.krippendorff()));
        headline.getParent().layout(true);
        int selected = Math.max(0, pairs.getSelectionIndex());
        pairs.removeAll();
        for (PairReport pair : figures.pairs()) {
            TableItem item = new TableItem(pairs, SWT.NONE);
            int differences = outcome.differences(pair.a(), pair.b());
            item.setText(new String[] {pair.a() + " \u2194 " + pair.b(), cell(pair.cohen().figure()),
                    cell(pair.scott().figure()), cell(pair.exact().micro().f1()), cell(pair.overlap().micro().f1()),
                    attribution(pair), String.valueOf(differences)});
            item.setData(pair);
            colour(item, 1, pair.cohen().figure());
            colour(item, 3, pair.exact().micro().f1());
            colour(item, 4, pair.overlap().micro().f1());
        }
        if (pairs.getItemCount() > 0) {
            pairs.setSelection(Math.min(selected, pairs.getItemCount() - 1));
        }
        showLabels();
        showCharts();
        fit(pairs);
    }

    private void showLabels() {
        if (report == null) {
            return;
        }
        LayerReport figures = report.layers().get(0);
        PairReport pair = selectedPair();
        labels.removeAll();
        for (String label : figures.labels()) {
            TableItem item = new TableItem(labels, SWT.NONE);
            F1Counts exact = pair == null ? null : pair.exact().labels().get(label);
            F1Counts overlap = pair == null ? null : pair.overlap().labels().get(label);
            item.setText(new String[] {label, cell(figures.unitizing().labels().get(label)),
                    String.valueOf(figures.unitizing().units().get(label)), exact == null ? "" : cell(exact.f1()),
                    overlap == null ? "" : cell(overlap.f1()), pair == null ? "" : confusedWith(pair, label)});
            colour(item, 1, figures.unitizing().labels().get(label));
        }
        fit(labels);
        explainUndefined(figures, pair);
    }

    /**
     * One line under the tables says why the figures shown as "undefined" are: a label nobody used, a pair with
     * nothing to compare.
     */
    private void explainUndefined(LayerReport figures, PairReport pair) {
        java.util.Map<String, java.util.List<String>> subjects = new java.util.LinkedHashMap<>();
        for (PairReport each : figures.pairs()) {
            Figure kappa = each.cohen().figure();
            if (!kappa.isDefined()) {
                subjects.computeIfAbsent(kappa.reason(), r -> new ArrayList<>()).add(each.a() + " \u2194 " + each.b());
            }
        }
        for (String label : figures.labels()) {
            Figure alpha = figures.unitizing().labels().get(label);
            Figure f1 = pair == null || pair.exact().labels().get(label) == null ? null : pair.exact().labels().get(label).f1();
            Figure undefined = alpha != null && !alpha.isDefined() ? alpha : f1 != null && !f1.isDefined() ? f1 : null;
            if (undefined != null) {
                subjects.computeIfAbsent(undefined.reason(), r -> new ArrayList<>()).add(label);
            }
        }
        List<String> parts = new ArrayList<>();
        subjects.forEach((reason, names) -> parts.add(String.join(", ", names) + ": " + reason));
        String line = parts.isEmpty() ? "" : "undefined \u2014 " + String.join("; ", parts);
        notes.setText(line);
        notes.setToolTipText(line.isEmpty() ? null : line);
    }

    private void showCharts() {
        if (report == null) {
            return;
        }
        LayerReport figures = report.layers().get(0);
        List<String> names = figures.annotators();
        Figure[][] matrix = new Figure[names.size()][names.size()];
        for (PairReport pair : figures.pairs()) {
            int a = names.indexOf(pair.a());
            int b = names.indexOf(pair.b());
            Figure value = switch (measure.getSelectionIndex()) {
                case 1 -> pair.exact().micro().f1();
                case 2 -> pair.overlap().micro().f1();
                default -> pair.cohen().figure();
            };
            matrix[a][b] = value;
            matrix[b][a] = value;
        }
        List<Figure> alphas = figures.labels().stream().map(l -> figures.unitizing().labels().get(l)).toList();
        var data = new org.glossa.ui.review.AgreementCharts.Data(figures.labels(), alphas, names, matrix, measure.getText());
        heatMap.show(data);
        bars.show(data);
    }

    private void pairClicked(int row, int column) {
        if (report == null) {
            return;
        }
        List<String> names = report.layers().get(0).annotators();
        for (int i = 0; i < pairs.getItemCount(); i++) {
            PairReport pair = (PairReport) pairs.getItem(i).getData();
            if (pair.a().equals(names.get(Math.min(row, column))) && pair.b().equals(names.get(Math.max(row, column)))) {
                pairs.setSelection(i);
                showLabels();
                openSelected(null);
                return;
            }
        }
    }

    /** Opens the walker on the selected pair, for one label or all. */
    private void openSelected(String label) {
        PairReport pair = selectedPair();
        if (pair == null || report == null) {
            return;
        }
        review.openCell(new Cell(report.layers().get(0).layer(), pair.a(), pair.b(), label));
        if (parts != null) {
            var walker = parts.findPart(DisagreementsPart.ID);
            if (walker != null) {
                parts.activate(walker);
            }
        }
    }

    private PairReport selectedPair() {
        int index = pairs.getSelectionIndex();
        return index < 0 ? null : (PairReport) pairs.getItem(index).getData();
    }

    private void saveReport() {
        if (report == null) {
            return;
        }
        FileDialog dialog = new FileDialog(pairs.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.html"});
        dialog.setFileName("agreement-" + report.layers().get(0).layer() + ".html");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            StringBuilder html = new StringBuilder();
            HtmlReportWriter.write(ReportTree.of(report), html);
            AtomicFiles.write(Path.of(file), html.toString().getBytes(StandardCharsets.UTF_8));
            status.setText("Saved " + file);
        } catch (java.io.IOException e) {
            MessageBox box = new MessageBox(pairs.getShell(), SWT.ICON_ERROR | SWT.OK);
            box.setText("Agreement report");
            box.setMessage("The report could not be saved to " + file + ": " + e.getMessage());
            box.open();
        }
    }

    private static String attribution(PairReport pair) {
        List<String> parts = new ArrayList<>();
        for (AttributionAgreement links : pair.attribution()) {
            parts.add(links.linkType() + " " + cell(links.share()));
        }
        return String.join(", ", parts);
    }

    private static String confusedWith(PairReport pair, String label) {
        var confusion = pair.confusion();
        int row = confusion.labels().indexOf(label);
        if (row < 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < confusion.labels().size(); c++) {
            long count = confusion.counts()[row][c];
            if (c != row && count > 0) {
                parts.add(confusion.labels().get(c) + " \u00d7" + count);
            }
        }
        return String.join(", ", parts);
    }

    private Table table(Composite parent, String... headers) {
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

    /**
     * Columns as wide as their contents when the table has the room; otherwise the columns with long contents give
     * way, down to the width of their header, so that every header stays readable. The first column names the row
     * (a pair, a label) and never gives way; a column empty in every row is hidden; what still does not fit scrolls
     * sideways.
     */
    private static void fit(Table table) {
        TableColumn[] columns = table.getColumns();
        int[] natural = new int[columns.length];
        int[] least = new int[columns.length];
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
        try {
            // measured here rather than by TableColumn.pack(), which GTK answers with the header's width while
            // the table sits in a hidden tab
            gc.setFont(table.getFont());
            for (int i = 0; i < columns.length; i++) {
                least[i] = gc.textExtent(columns[i].getText()).x + 20;
                int widest = 0;
                for (TableItem item : table.getItems()) {
                    widest = Math.max(widest, gc.textExtent(item.getText(i)).x);
                }
                natural[i] = Math.max(widest + 16, least[i]);
                if (widest == 0 && table.getItemCount() > 0) {
                    // nothing to show in it for this layer (attribution of a layer without links): hidden
                    natural[i] = 0;
                    least[i] = 0;
                } else if (i == 0) {
                    least[i] = natural[i];
                }
            }
        } finally {
            gc.dispose();
        }
        int available = table.getClientArea().width;
        int total = java.util.Arrays.stream(natural).sum();
        int excess = available > 0 ? total - available : 0;
        int giving = 0;
        for (int i = 0; i < columns.length; i++) {
            giving += natural[i] - least[i];
        }
        for (int i = 0; i < columns.length; i++) {
            int cut = excess <= 0 || giving == 0 ? 0
                    : (int) Math.ceil((double) (natural[i] - least[i]) * Math.min(excess, giving) / giving);
            columns[i].setWidth(natural[i] - cut);
        }
    }

    /** Cells are tinted like the heat map, so weak agreement stands out. */
    private void colour(TableItem item, int column, Figure figure) {
        if (figure != null && figure.isDefined()) {
            Color tint = new Color(item.getDisplay(), org.glossa.ui.review.AgreementCharts.heat(figure.doubleValue() * 0.5));
            item.setBackground(column, tint);
            item.addDisposeListener(e -> tint.dispose());
        }
    }

    /** Table cells stay narrow: an undefined figure shows as "undefined" (the headline and report give reasons). */
    static String cell(Figure figure) {
        return figure == null ? "" : figure.isDefined() ? org.glossa.ui.review.AgreementCharts.format(figure.doubleValue())
                : "undefined";
    }

    static String figure(Figure figure) {
        return figure == null ? "" : figure.isDefined() ? org.glossa.ui.review.AgreementCharts.format(figure.doubleValue())
                : "undefined: " + figure.reason();
    }

    private static String coding(CodingFigure figure) {
        return figure(figure.figure()) + " (" + figure.itemsUsed() + " used, " + figure.itemsLeftOut() + " left out)";
    }

}
