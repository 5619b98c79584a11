package org.glossa.ui.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.glossa.agreement.Figure;
import org.glossa.agreement.report.AgreementColours;
import org.glossa.agreement.report.AgreementReport;
import org.glossa.agreement.report.AgreementReport.LayerReport;
import org.glossa.agreement.report.AgreementReport.PairReport;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.edit.ModelChange;
import org.glossa.model.Layer;
import org.glossa.review.study.DefaultScope;
import org.glossa.review.study.StudyLoader;
import org.glossa.ui.EditorState;
import org.glossa.ui.ProjectLifeCycle;
import org.glossa.ui.dialogs.ChooseAnnotatorsDialog;
import org.glossa.ui.review.AgreementCharts;
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
    private AgreementTables tables;
    private AgreementCharts heatMap;
    private AgreementCharts bars;
    private AgreementComputation computation;
    private AgreementReport report;
    /** The annotators the reviewer chose; empty: the default group ({@link DefaultScope}), found again on every change. */
    private List<String> chosen = List.of();
    /** The annotators of the comparison asked for last (chosen, or the default group). */
    private List<String> compared = List.of();
    private Label notes;
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final Consumer<ModelChange> changed = change -> recompute();

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
        choosers(parent);
        statusRow(parent);
        headline = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(headline);

        SashForm columns = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(columns);
        tables = new AgreementTables(columns);
        SashForm chartColumn = new SashForm(columns, SWT.VERTICAL);
        heatMap = new AgreementCharts(chartColumn, AgreementCharts.Kind.PAIR_HEAT_MAP, this::pairClicked);
        bars = new AgreementCharts(chartColumn, AgreementCharts.Kind.LABEL_BARS, (a, b) -> { });
        chartColumn.setWeights(50, 50);
        columns.setWeights(66, 34);
        notes = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(notes);

        layer.addListener(SWT.Selection, e -> recompute());
        scope.addListener(SWT.Selection, e -> recompute());
        measure.addListener(SWT.Selection, e -> showCharts());
        Table pairs = tables.pairs();
        pairs.addListener(SWT.Selection, e -> showLabels());
        pairs.addListener(SWT.DefaultSelection, e -> openSelected(null));
        Table labels = tables.labels();
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

    private void choosers(Composite parent) {
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
    }

    private void statusRow(Composite parent) {
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
        return tables.pairs();
    }

    public Table labelsTable() {
        return tables.labels();
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
        if (tables != null && !tables.pairs().isDisposed()) {
            tables.pairs().setFocus();
        }
    }

    /** Asks for the figures of the scope shown (see {@link AgreementRequest}). */
    private void recompute() {
        if (layer == null || layer.isDisposed()) {
            return;
        }
        AgreementRequest request = AgreementRequest.of(session.store(), layer.getText(),
                AgreementRequest.Documents.values()[scope.getSelectionIndex()], state.document(), chosen);
        if (request.scope() == null) {
            nothingToCompare(request.reason());
            return;
        }
        compared = request.scope().annotators();
        computation.request(request.scope());
    }

    private void chooseAnnotators() {
        List<String> withSets = StudyLoader.annotatorsWithAnnotations(session.store(),
                session.store().project().getDocuments());
        List<String> ticked = chosen.isEmpty() ? compared : chosen;
        var dialog = new ChooseAnnotatorsDialog(tables.pairs().getShell(), withSets, ticked);
        if (dialog.open() == ChooseAnnotatorsDialog.OK) {
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
        tables.clear();
        heatMap.show(null);
        bars.show(null);
    }

    private void show(AgreementComputation.Outcome outcome) {
        if (tables.pairs().isDisposed()) {
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
        status.setText(AgreementFigureText.status(report, chosen.isEmpty(), outcome.millis()));
        status.setToolTipText(report.leftOutDocuments().isEmpty() ? null : "Left out: " + String.join("; ",
                report.leftOutDocuments().entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList()));
        headline.setText(AgreementFigureText.headline(figures));
        headline.getParent().layout(true);
        tables.showPairs(figures, outcome);
        showLabels();
        showCharts();
    }

    private void showLabels() {
        if (report == null) {
            return;
        }
        String line = tables.showLabels(report.layers().get(0));
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
        int chosenMeasure = measure.getSelectionIndex();
        for (PairReport pair : figures.pairs()) {
            int a = names.indexOf(pair.a());
            int b = names.indexOf(pair.b());
            Figure value = switch (chosenMeasure) {
                case 1 -> pair.exact().micro().f1();
                case 2 -> pair.overlap().micro().f1();
                default -> pair.cohen().figure();
            };
            matrix[a][b] = value;
            matrix[b][a] = value;
        }
        List<Figure> alphas = figures.labels().stream().map(l -> figures.unitizing().labels().get(l)).toList();
        // the report's scales: kappa from -1 to 1, F1 from 0 to 1
        AgreementColours scale = chosenMeasure == 0 ? AgreementColours.KAPPA : AgreementColours.UNIT;
        var data = new AgreementCharts.Data(figures.labels(), alphas, names, matrix, measure.getText(), scale);
        heatMap.show(data);
        bars.show(data);
    }

    private void pairClicked(int row, int column) {
        if (report == null) {
            return;
        }
        List<String> names = report.layers().get(0).annotators();
        if (tables.selectPair(names.get(Math.min(row, column)), names.get(Math.max(row, column)))) {
            showLabels();
            openSelected(null);
        }
    }

    /** Opens the walker on the selected pair, for one label or all. */
    private void openSelected(String label) {
        PairReport pair = tables.selectedPair();
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

    private void saveReport() {
        if (report == null) {
            return;
        }
        String file = AgreementReportFile.save(tables.pairs().getShell(), report);
        if (file != null) {
            status.setText("Saved " + file);
        }
    }
}
