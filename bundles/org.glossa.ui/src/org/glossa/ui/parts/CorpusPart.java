package org.glossa.ui.parts;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.glossa.core.ops.DocumentSummary;
import org.glossa.core.ops.ListDocumentsOperation;
import org.glossa.core.storage.ProjectStore;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The corpus navigator: every document with its length and statuses; double-click or Enter opens one. */
public final class CorpusPart {
    @Inject
    private ProjectStore store;
    @Inject
    private ESelectionService selection;
    private TableViewer viewer;

    @PostConstruct
    void create(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(layout, "Document", 5, DocumentSummary::title);
        column(layout, "Length", 1, d -> Integer.toString(d.bodyEnd() - d.bodyBegin()));
        column(layout, "Status", 2, d -> d.statuses().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        List<DocumentSummary> documents = new ListDocumentsOperation(store).execute(new NullProgressMonitor());
        viewer.setInput(documents);
        viewer.addOpenListener(event -> {
            Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (chosen instanceof DocumentSummary summary) {
                store.document(summary.id()).ifPresent(selection::setSelection);
            }
        });
    }

    private void column(TableColumnLayout layout, String title, int weight, Function<DocumentSummary, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((DocumentSummary) element);
            }
        });
    }

    @Focus
    void focus() {
        viewer.getTable().setFocus();
    }
}
