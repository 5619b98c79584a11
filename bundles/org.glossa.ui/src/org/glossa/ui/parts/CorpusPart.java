package org.glossa.ui.parts;

import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.edit.ModelChange;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.ui.EditorState;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The corpus navigator: every document with its body length and this annotator's status; filter by status;
 * double-click or Enter opens a document in the editor and gives the editor the keyboard; the buttons mark the open
 * document finished or reopen it.
 */
public final class CorpusPart {
    private static final String ALL = "All documents";

    @Inject
    private EditingSession session;
    @Inject
    private EditorState state;
    @Inject
    private EPartService parts;
    private TableViewer viewer;
    private Combo filter;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).spacing(4, 4).applyTo(parent);
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
        viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(layout, "Document", 6, Document::getTitle);
        column(layout, "Length", 2, d -> Integer.toString(d.getBodyEnd() - d.getBodyBegin()));
        column(layout, "Status", 3, d -> status(d).getLiteral());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setFilters(new ViewerFilter() {
            @Override
            public boolean select(org.eclipse.jface.viewers.Viewer v, Object parentElement, Object element) {
                return filter.getSelectionIndex() <= 0 || status((Document) element).getLiteral().equals(filter.getText());
            }
        });
        viewer.setInput(List.copyOf(session.store().project().getDocuments()));
        filter.addListener(SWT.Selection, e -> viewer.refresh());
        viewer.addOpenListener(e -> {
            Object chosen = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (chosen instanceof Document document) {
                open(document);
            }
        });
        session.addChangeListener(this::modelChanged);
        state.onCorpusChange(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.setInput(List.copyOf(session.store().project().getDocuments()));
            }
        });
        state.onDocument(d -> {
            if (d != null && !viewer.getControl().isDisposed()) {
                viewer.setSelection(new StructuredSelection(d), true);
            }
        });
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

    private void modelChanged(ModelChange change) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (change.document() != null) {
            viewer.update(change.document(), null);
        } else {
            viewer.refresh();
        }
    }

    private void column(TableColumnLayout layout, String title, int weight, Function<Document, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Document) element);
            }
        });
    }

    @Focus
    void focus() {
        viewer.getTable().setFocus();
    }
}
