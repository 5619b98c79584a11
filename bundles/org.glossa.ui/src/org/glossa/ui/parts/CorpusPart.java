package org.glossa.ui.parts;

import java.util.Comparator;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.edit.ModelChange;
import org.glossa.core.storage.SpanCounts;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.ui.EditorState;
import org.glossa.ui.StartupTrace;
import org.glossa.ui.WorkbenchProject;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The corpus navigator: every document with its id, title, this annotator's span count and status, and above the
 * list how far the annotator is (finished, in progress, of how many); filter by status;
 * double-click or Enter opens a document in the editor and gives the editor the keyboard; the buttons mark the open
 * document finished or reopen it.
 * <p>
 * The table is virtual: a row's texts, and so its status, are asked for only when the row is shown, so a corpus of
 * 20,000 documents costs what the visible rows cost. Only a filter by status reads every document's status, and
 * the progress line, a slice at a time after the first rows are painted. Span counts come from the record of
 * verified files where it vouches for a set's file; other sets are read after the rows are painted.
 * <p>
 * In a team project the documents a curator assigned to this annotator come first, marked "assigned" and in bold.
 */
public final class CorpusPart {
    private static final String ALL = "All documents";

    @Inject
    private EditingSession session;
    @Inject
    private EditorState state;
    @Inject
    private EPartService parts;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private WorkbenchProject project;
    private Table table;
    private Combo filter;
    /** The documents listed, in table order: all of them, or those with the status filtered for. */
    private List<Document> rows = List.of();
    /** In a team project, the annotator's assignments: listed first, marked and in bold. */
    private AssignedFirst assigned = AssignedFirst.NONE;
    private Font bold;
    private CorpusProgress progress;
    private LazySpanCounts spanCounts;

    @PostConstruct
    void create(Composite parent) {
        StartupTrace.mark("corpus part created");
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).spacing(4, 4).applyTo(parent);
        Label progressLine = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(progressLine);
        progress = new CorpusProgress(progressLine, this::status);
        filter = new Combo(parent, SWT.READ_ONLY);
        filter.add(ALL);
        for (AnnotationStatus status : AnnotationStatus.VALUES) {
            filter.add(status.getLiteral());
        }
        filter.select(0);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        Button finished = new Button(parent, SWT.PUSH);
        finished.setText("Finished");
        finished.setToolTipText("Mark the open document finished");
        finished.addListener(SWT.Selection, e -> setStatus(AnnotationStatus.FINISHED));
        Button reopen = new Button(parent, SWT.PUSH);
        reopen.setText("Reopen");
        reopen.setToolTipText("Set the open document back to in progress");
        reopen.addListener(SWT.Selection, e -> setStatus(AnnotationStatus.IN_PROGRESS));

        Composite holder = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        table = new Table(holder, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(layout, "Id", 2);
        column(layout, "Title", 5);
        // the figures keep the width they need; id and title share the rest
        fixedColumn(layout, "Spans", "99999");
        fixedColumn(layout, "Status", AnnotationStatus.VALUES.stream().map(AnnotationStatus::getLiteral)
                .max(Comparator.comparingInt(String::length)).orElse(""));
        boolean team = project != null && project.isShared();
        if (team) {
            fixedColumn(layout, "Assigned", "assigned");
            FontData[] data = table.getFont().getFontData();
            for (FontData one : data) {
                one.setStyle(SWT.BOLD);
            }
            bold = new Font(table.getDisplay(), data);
            table.addListener(SWT.Dispose, e -> bold.dispose());
        }
        spanCounts = new LazySpanCounts(new SpanCounts(session.store()), session.annotator(),
                table.getDisplay(), this::refresh);
        table.addListener(SWT.Dispose, e -> spanCounts.stop());
        table.addListener(SWT.SetData, this::fillRow);
        table.addListener(SWT.Selection, e -> selectionChanged());
        table.addListener(SWT.DefaultSelection, e -> {
            if (e.item != null && e.item.getData() instanceof Document document) {
                open(document);
            }
        });
        filter.addListener(SWT.Selection, e -> BusyIndicator.showWhile(table.getDisplay(), this::listDocuments));
        listDocuments();
        traceFirstRows();
        whenFirstRowsPainted(() -> {
            spanCounts.start();
            progress.count(session.store().project().getDocuments());
        });
        session.addChangeListener(this::modelChanged);
        state.onCorpusChange(() -> {
            if (!table.isDisposed()) {
                listDocuments();
                progress.count(session.store().project().getDocuments());
            }
        });
        state.onDocument(d -> {
            int row = rows.indexOf(d);
            if (row >= 0 && !table.isDisposed()) {
                table.setSelection(row);
                table.showSelection();
            }
        });
    }

    /** Lists the documents the filter lets through; the table asks for their texts as they come into view. */
    private void listDocuments() {
        assigned = project != null && project.isShared() ? AssignedFirst.read(project.root(), session.annotator())
                : AssignedFirst.NONE;
        List<Document> documents = assigned.order(session.store().project().getDocuments());
        String wanted = filter.getSelectionIndex() <= 0 ? null : filter.getText();
        rows = wanted == null ? List.copyOf(documents)
                : documents.stream().filter(d -> status(d).getLiteral().equals(wanted)).toList();
        table.setItemCount(rows.size());
        table.clearAll();
    }

    private void fillRow(Event event) {
        TableItem item = (TableItem) event.item;
        int row = table.indexOf(item);
        if (row < 0 || row >= rows.size()) {
            return;
        }
        Document document = rows.get(row);
        item.setData(document);
        String spans = spanCounts.text(document);
        if (bold == null) {
            item.setText(new String[] {document.getId(), document.getTitle(), spans, status(document).getLiteral()});
            return;
        }
        boolean mine = assigned.isAssigned(document);
        item.setText(new String[] {document.getId(), document.getTitle(), spans, status(document).getLiteral(),
                mine ? "assigned" : ""});
        item.setFont(mine ? bold : null);
    }

    /** What is selected, for actions on several documents (Team > Assign Documents…). */
    private void selectionChanged() {
        List<Document> chosen = new java.util.ArrayList<>();
        for (int index : table.getSelectionIndices()) {
            if (index >= 0 && index < rows.size()) {
                chosen.add(rows.get(index));
            }
        }
        state.setCorpusSelection(chosen);
    }

    /**
     * Opens the document and activates the editor's part, whose {@code @Focus} puts the keyboard into the text (the
     * caret at the start of the body): the next key labels, it does not go to this list's type-ahead search.
     */
    private void open(Document document) {
        state.openDocument(document);
        MPart editorPart = parts.findPart(DocumentPart.ID);
        if (editorPart != null) {
            parts.activate(editorPart, true);
        }
    }

    private AnnotationStatus status(Document document) {
        return session.store().status(document, session.annotator());
    }

    private void setStatus(AnnotationStatus status) {
        if (state.document() != null) {
            session.setStatus(state.document(), status);
        }
    }

    /** One document changed: its row is asked for again when shown (it stays, filtered or not); else list again. */
    private void modelChanged(ModelChange change) {
        if (table.isDisposed()) {
            return;
        }
        if (change.document() == null) {
            listDocuments();
            progress.count(session.store().project().getDocuments());
            return;
        }
        spanCounts.forget(change.document());
        progress.changed(change.document());
        int row = rows.indexOf(change.document());
        if (row >= 0) {
            table.clear(row);
        } else {
            listDocuments();
        }
    }

    /** The document's span count was read: its row is asked for again. */
    private void refresh(Document document) {
        int row = table.isDisposed() ? -1 : rows.indexOf(document);
        if (row >= 0) {
            table.clear(row);
        }
    }

    private void column(TableColumnLayout layout, String title, int weight) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        layout.setColumnData(column, new ColumnWeightData(weight, 40));
    }

    /** A column as wide as its title or its widest expected text, whichever is wider. */
    private void fixedColumn(TableColumnLayout layout, String title, String widest) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        GC gc = new GC(table);
        try {
            int width = Math.max(gc.textExtent(title).x, gc.textExtent(widest).x) + 24;
            layout.setColumnData(column, new ColumnPixelData(width, false, false));
        } finally {
            gc.dispose();
        }
    }

    /** For the start-up trace: once rows are painted, the next turn of the event loop means the window answers. */
    private void traceFirstRows() {
        whenFirstRowsPainted(() -> StartupTrace.mark("corpus rows painted, the window answers"));
    }

    /** Runs {@code action} in the turn of the event loop after the first rows were painted (at once when none will be). */
    private void whenFirstRowsPainted(Runnable action) {
        if (rows.isEmpty()) {
            table.getDisplay().asyncExec(action);
            return;
        }
        table.addListener(SWT.Paint, new Listener() {
            @Override
            public void handleEvent(Event event) {
                if (table.getItemCount() > 0) {
                    table.removeListener(SWT.Paint, this);
                    table.getDisplay().asyncExec(action);
                }
            }
        });
    }

    @Focus
    void focus() {
        table.setFocus();
    }
}
