package org.glossa.ui.parts;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.glossa.agreement.report.AgreementReport;
import org.glossa.agreement.report.AgreementReport.LayerReport;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.edit.ModelChange;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;
import org.glossa.review.adjudication.AdjudicationResult;
import org.glossa.review.adjudication.AutoAdjudicateOperation;
import org.glossa.review.adjudication.AutoAdjudicationRequest;
import org.glossa.review.adjudication.AutoAdjudicationResult;
import org.glossa.review.adjudication.DisagreementDecisions;
import org.glossa.review.adjudication.DisagreementDecisions.Choice;
import org.glossa.review.diff.Disagreement;
import org.glossa.review.diff.DisagreementFinder;
import org.glossa.ui.EditorState;
import org.glossa.ui.ProjectLifeCycle;
import org.glossa.ui.StatusLine;
import org.glossa.ui.dialogs.EditGoldSpanDialog;
import org.glossa.ui.editor.LabelColors;
import org.glossa.ui.handlers.UndoTarget;
import org.glossa.ui.review.ReviewMessages;
import org.glossa.ui.review.ReviewState;
import org.glossa.ui.review.ReviewState.Cell;
import org.glossa.ui.review.VersionView;

/**
 * Review mode: the disagreement walker and adjudication. Lists what is behind a cell of the agreement tables
 * (an annotator pair, a label) — missing spans, boundary, label, link and attribute differences — and shows the
 * two versions side by side in the document. The curator decides each one by keyboard into the gold set:
 * n / p next and previous, a or 1 accept the first version, b or 2 the second, m merge, r nothing here, e edit
 * the gold span, u undo; Ctrl+S (the workbench's Save command) saves through {@link #save()}, and the part is dirty
 * while gold has unsaved decisions. Spans that at least the quorum of a document's annotators agree on go to gold
 * with "Adjudicate Agreed Spans" ({@link AutoAdjudicateOperation}, the rule of {@code glossa adjudicate --auto}).
 */
public final class DisagreementsPart implements UndoTarget {
    public static final String ID = "org.glossa.ui.part.disagreements";
    public static final String KEYS = "n/p next/previous \u00b7 a or 1, b or 2 accept a version \u00b7 m merge \u00b7"
            + " r nothing here \u00b7 e edit gold \u00b7 u undo \u00b7 Ctrl+S save";

    @Inject
    private EditingSession session;
    @Inject
    private EditorState state;
    @Inject
    @Optional
    private ReviewState review;
    @Inject
    @Optional
    @Named(ProjectLifeCycle.REVIEW_MODE)
    private Boolean reviewMode;
    @Inject
    private MDirtyable dirtyable;
    @Inject
    private StatusLine statusLine;

    private Label title;
    private Table list;
    private VersionView versionA;
    private VersionView versionB;
    private Label gold;
    private Label message;
    private Spinner quorum;
    private DisagreementDecisions decisions;
    private LabelColors colors;
    private List<Disagreement> shown = List.of();
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final java.util.function.Consumer<ModelChange> goldChanged = change -> refreshGoldColumn();
    private final Runnable goldDirtyChanged = () -> dirtyable.setDirty(review.gold().isDirty());

    @PostConstruct
    void create(Composite parent) {
        if (review == null || !Boolean.TRUE.equals(reviewMode)) {
            GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
            new Label(parent, SWT.WRAP).setText("Disagreements and adjudication are part of review mode (glossa gui --review).");
            return;
        }
        colors = new LabelColors(session.store().schema());
        decisions = review.decisions();
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
        title = new Label(bar, SWT.NONE);
        title.setText("Choose a pair or a label in the Agreement part (Enter) to walk its disagreements.");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(title);
        new Label(bar, SWT.NONE).setText("Quorum:");
        quorum = new Spinner(bar, SWT.BORDER);
        quorum.setMinimum(1);
        quorum.setMaximum(99);
        quorum.setSelection(2);
        quorum.setToolTipText("How many annotators must have marked a span identically for it to go to gold;"
                + " documents with fewer annotators are left out");
        Button auto = new Button(bar, SWT.PUSH);
        auto.setText("Adjudicate Agreed Spans");
        auto.addListener(SWT.Selection, e -> autoAdjudicate());

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        list = new Table(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        list.setHeaderVisible(true);
        list.setLinesVisible(true);
        for (String header : new String[] {"#", "Kind", "Document", "Where", "Difference", "Gold"}) {
            TableColumn column = new TableColumn(list, SWT.LEFT);
            column.setText(header);
            column.setWidth(80);
        }
        Composite versions = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(versions);
        versionA = new VersionView(versions);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(versionA.control());
        versionB = new VersionView(versions);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(versionB.control());
        sash.setWeights(50, 50);
        gold = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(gold);
        message = new Label(parent, SWT.WRAP);
        message.setText(KEYS);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);

        list.addListener(SWT.Selection, e -> showSelected(true));
        list.addListener(SWT.KeyDown, this::key);
        versionA.textWidget().addListener(SWT.KeyDown, this::key);
        versionB.textWidget().addListener(SWT.KeyDown, this::key);
        unsubscribe.add(review.onCell(cell -> open(cell, true)));
        unsubscribe.add(review.onReport(report -> {
            // new figures after an edit: list again, but leave the editor where the reviewer is working
            if (review.cell() != null && report != null && report.layer(review.cell().layer()) != null) {
                open(review.cell(), false);
            }
        }));
        review.gold().addChangeListener(goldChanged);
        review.gold().addDirtyListener(goldDirtyChanged);
        goldDirtyChanged.run();
        if (review.cell() != null) {
            open(review.cell(), true);
        }
    }

    @PreDestroy
    void dispose() {
        unsubscribe.forEach(Runnable::run);
        if (review != null && decisions != null) {
            review.gold().removeChangeListener(goldChanged);
            review.gold().removeDirtyListener(goldDirtyChanged);
        }
    }

    /** The walker's keys work as soon as it opens: the list of differences takes the keyboard. */
    @Focus
    void focus() {
        if (list != null && !list.isDisposed()) {
            list.setFocus();
        }
    }

    /**
     * Saves the gold decisions (the whole project: one store). A failure is told and thrown, so that the part
     * service reports the part as not saved.
     */
    @Persist
    void save() {
        if (review == null) {
            return;
        }
        try {
            review.gold().save();
            if (message != null && !message.isDisposed()) {
                message.setText("Saved.   " + KEYS);
            }
        } catch (Exception e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            statusLine.set("Gold not saved: " + reason);
            if (message != null && !message.isDisposed()) {
                message.setText("Not saved: " + reason);
            }
            throw new IllegalStateException("gold not saved: " + reason, e);
        }
    }

    /** The disagreements listed; for tests. */
    public List<Disagreement> disagreements() {
        return shown;
    }

    public Table table() {
        return list;
    }

    public VersionView versionA() {
        return versionA;
    }

    public VersionView versionB() {
        return versionB;
    }

    public String goldLine() {
        return gold.getText();
    }

    /** The status line under the versions (what the last step did); for tests. */
    public String messageLine() {
        return message.getText();
    }

    private void open(Cell cell, boolean reveal) {
        AgreementReport report = review.report();
        LayerReport layer = report == null ? null : report.layer(cell.layer());
        if (layer == null || list.isDisposed()) {
            return;
        }
        int a = layer.annotators().indexOf(cell.a());
        int b = layer.annotators().indexOf(cell.b());
        if (a < 0 || b < 0) {
            return;
        }
        int keep = list.getSelectionIndex();
        shown = DisagreementFinder.between(layer.study(), a, b, cell.label());
        quorum.setMaximum(layer.annotators().size());
        quorum.setSelection(Math.min(quorum.getSelection(), layer.annotators().size()));
        title.setText(cell.a() + " \u2194 " + cell.b() + " \u00b7 " + cell.layer() + " \u00b7 "
                + (cell.label() == null ? "all labels" : cell.label()) + " \u2014 " + shown.size()
                + (shown.size() == 1 ? " difference" : " differences"));
        list.removeAll();
        for (int i = 0; i < shown.size(); i++) {
            Disagreement d = shown.get(i);
            TableItem item = new TableItem(list, SWT.NONE);
            item.setText(new String[] {String.valueOf(i + 1), d.kind().displayName(), d.documentId(),
                    "[" + d.begin() + ", " + d.end() + ")", d.detail(), goldState(d)});
        }
        for (TableColumn column : list.getColumns()) {
            column.pack();
        }
        if (!shown.isEmpty()) {
            list.setSelection(Math.max(0, Math.min(keep, shown.size() - 1)));
            showSelected(reveal);
        } else {
            versionA.clear(cell.a() + ": no differences");
            versionB.clear(cell.b() + ": no differences");
            gold.setText("");
        }
        list.getParent().layout(true);
    }

    private void showSelected(boolean reveal) {
        int index = list.getSelectionIndex();
        if (index < 0 || index >= shown.size()) {
            return;
        }
        Disagreement d = shown.get(index);
        Document document = session.store().document(d.documentId()).orElse(null);
        if (document == null) {
            return;
        }
        try {
            String text = session.store().text(document);
            versionA.show(d.a(), text, d.begin(), d.end(), d.versionA(), colors);
            versionB.show(d.b(), text, d.begin(), d.end(), d.versionB(), colors);
        } catch (java.io.IOException e) {
            message.setText(e.getMessage());
            return;
        }
        gold.setText("Gold here: " + goldDescription(d));
        if (!reveal) {
            return;
        }
        if (state.document() != document) {
            state.openDocument(document);
        }
        if (state.editor() != null && !state.editor().textWidget().isDisposed()) {
            state.editor().textWidget().setSelection(d.begin(), d.end());
            state.editor().textWidget().showSelection();
        }
    }

    private void key(Event event) {
        // Ctrl+S, Ctrl+Z and Ctrl+Y are the workbench's key bindings; Undo and Redo come here while this part is active
        boolean ctrl = (event.stateMask & SWT.MOD1) != 0;
        if (ctrl) {
            return;
        } else {
            switch (Character.toLowerCase(event.character)) {
                case 'n' -> move(1);
                case 'p' -> move(-1);
                case 'a', '1' -> decide(Choice.FIRST);
                case 'b', '2' -> decide(Choice.SECOND);
                case 'm' -> decide(Choice.MERGE);
                case 'r', '0' -> decide(Choice.NOTHING);
                case 'e' -> edit();
                case 'u' -> undo();
                default -> {
                    return;
                }
            }
        }
        event.doit = false;
    }

    private void move(int step) {
        if (shown.isEmpty()) {
            return;
        }
        int next = Math.max(0, Math.min(shown.size() - 1, list.getSelectionIndex() + step));
        list.setSelection(next);
        showSelected(true);
    }

    private void decide(Choice choice) {
        int index = list.getSelectionIndex();
        if (index < 0 || index >= shown.size()) {
            return;
        }
        try {
            AdjudicationResult result = decisions.decide(shown.get(index), choice);
            message.setText(ReviewMessages.decision(choice, shown.get(index), result) + "   " + KEYS);
            move(1);
        } catch (Exception e) {
            message.setText("Not done: " + e.getMessage());
        }
    }

    private void edit() {
        int index = list.getSelectionIndex();
        if (index < 0 || index >= shown.size()) {
            return;
        }
        try {
            Disagreement d = shown.get(index);
            SpanAnnotation target = decisions.goldSpanToEdit(d);
            if (target == null) {
                message.setText("Nothing to edit here.   " + KEYS);
                return;
            }
            Document document = session.store().document(d.documentId()).orElseThrow();
            EditGoldSpanDialog dialog = new EditGoldSpanDialog(list.getShell(), session.store().text(document), target,
                    SchemaQuery.layer(session.store().schema(), target.getLayer()).orElseThrow());
            if (dialog.open() == EditGoldSpanDialog.OK) {
                review.gold().setBoundaries(target, dialog.begin(), dialog.end());
                review.gold().changeLabel(target, target.getLayer(), dialog.label());
                message.setText("Edited the gold span: " + dialog.label() + " [" + dialog.begin() + ", " + dialog.end()
                        + ").   " + KEYS);
            }
        } catch (Exception e) {
            message.setText("Not done: " + e.getMessage());
        }
    }

    private void autoAdjudicate() {
        AgreementReport report = review.report();
        if (report == null) {
            message.setText("Compute agreement first: the documents compared are the ones adjudicated.");
            return;
        }
        int required = quorum.getSelection();
        List<String> layers = report.layers().stream().map(LayerReport::layer).toList();
        AutoAdjudicationRequest request = new AutoAdjudicationRequest(report.documents(), layers, report.annotators(),
                required);
        try {
            AutoAdjudicationResult result = new AutoAdjudicateOperation(review.gold(), request)
                    .execute(new NullProgressMonitor());
            message.setText(ReviewMessages.autoAdjudicated(result, required, layers));
        } catch (Exception e) {
            message.setText("Not done: " + e.getMessage());
        }
    }

    /** A step that may fail with a message for the status line. */
    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    private void undoGold() {
        if (review.gold().canUndo()) {
            review.gold().undo();
        }
    }

    private void redoGold() {
        if (review.gold().canRedo()) {
            review.gold().redo();
        }
    }

    /** Ctrl+Z while the walker is active: takes the last gold decision back. */
    @Override
    public void undo() {
        if (review != null) {
            run(this::undoGold, "Undone.");
        }
    }

    /** Ctrl+Y or Ctrl+Shift+Z while the walker is active: decides the last undone gold decision again. */
    @Override
    public void redo() {
        if (review != null) {
            run(this::redoGold, "Redone.");
        }
    }

    private String goldState(Disagreement d) {
        try {
            return ReviewMessages.goldColumn(decisions.gold(d), d);
        } catch (Exception e) {
            return "?";
        }
    }

    private String goldDescription(Disagreement d) {
        try {
            Document document = session.store().document(d.documentId()).orElseThrow();
            return ReviewMessages.goldHere(decisions.gold(d), session.store().text(document));
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    private void run(Action action, String done) {
        try {
            action.run();
            message.setText(done + "   " + KEYS);
        } catch (Exception e) {
            message.setText("Not done: " + e.getMessage());
        }
    }

    private void refreshGoldColumn() {
        if (list == null || list.isDisposed()) {
            return;
        }
        for (int i = 0; i < shown.size() && i < list.getItemCount(); i++) {
            list.getItem(i).setText(5, goldState(shown.get(i)));
        }
        int index = list.getSelectionIndex();
        if (index >= 0 && index < shown.size()) {
            gold.setText("Gold here: " + goldDescription(shown.get(index)));
        }
    }
}
