package org.glossa.ui.parts;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.edit.ModelChange;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.ui.EditorState;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The open document's spans as a table (text, label, layer, links, note): click a header to sort, type to
 * filter; selecting a row selects and reveals the span in the editor, and the other way round.
 */
public final class AnnotationsPart {
    @Inject
    private EditingSession session;
    @Inject
    private EditorState state;
    private TableViewer viewer;
    private Text filter;
    private Comparator<SpanAnnotation> order = org.glossa.model.query.Spans.DOCUMENT_ORDER;
    private boolean syncing;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(parent);
        filter = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
        filter.setMessage("Filter by text, label, layer or note");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        Composite holder = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.VIRTUAL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        column(layout, "Text", 6, this::covered, Comparator.comparing(this::covered));
        column(layout, "Label", 2, SpanAnnotation::getLabel, Comparator.comparing(SpanAnnotation::getLabel));
        column(layout, "Layer", 2, SpanAnnotation::getLayer, Comparator.comparing(SpanAnnotation::getLayer));
        column(layout, "Links", 4, AnnotationsPart::links, Comparator.comparing(AnnotationsPart::links));
        column(layout, "Note", 3, s -> s.getNote() == null ? "" : s.getNote(), Comparator.comparing(s -> s.getNote() == null ? "" : s.getNote()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                return order.compare((SpanAnnotation) a, (SpanAnnotation) b);
            }
        });
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                String query = filter.getText().toLowerCase();
                if (query.isBlank()) {
                    return true;
                }
                SpanAnnotation span = (SpanAnnotation) element;
                return (covered(span) + " " + span.getLabel() + " " + span.getLayer() + " " + span.getNote()).toLowerCase()
                        .contains(query);
            }
        });
        filter.addListener(SWT.Modify, e -> viewer.refresh());
        viewer.addSelectionChangedListener(e -> {
            Object chosen = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (!syncing && chosen instanceof SpanAnnotation span) {
                state.selectSpan(span);
            }
        });
        state.onDocument(this::show);
        state.onView(annotator -> show(state.document()));
        state.onSpan(this::reveal);
        session.addChangeListener(this::modelChanged);
    }

    private void show(Document document) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        try {
            String viewed = state.viewedAnnotator();
            viewer.setInput(document == null ? List.of()
                    : viewed == null || viewed.equals(session.annotator()) ? session.index(document).all()
                    : org.glossa.core.edit.SpanIndex.snapshotOf(session.store().annotations(document, viewed)).all());
        } catch (DamagedFileException e) {
            viewer.setInput(List.of());
        }
    }

    private void modelChanged(ModelChange change) {
        if (state.document() != null && (change.document() == state.document() || change.document() == null)) {
            show(state.document());
            reveal(state.selectedSpan());
        }
    }

    private void reveal(SpanAnnotation span) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        syncing = true;
        try {
            viewer.setSelection(span == null ? StructuredSelection.EMPTY : new StructuredSelection(span), true);
        } finally {
            syncing = false;
        }
    }

    private String covered(SpanAnnotation span) {
        var editor = state.editor();
        if (editor == null || span.getEnd() > editor.textWidget().getCharCount()) {
            return "";
        }
        String text = editor.textWidget().getTextRange(span.getBegin(), span.getEnd() - span.getBegin()).replace('\n', ' ');
        return text.length() > 100 ? text.substring(0, 99) + "…" : text;
    }

    private static String links(SpanAnnotation span) {
        return span.getLinks().stream().map(l -> l.getType() + " → " + l.getTarget().getLabel() + " " + l.getTarget().getId())
                .collect(Collectors.joining(", "));
    }

    private void column(TableColumnLayout layout, String title, int weight, Function<SpanAnnotation, String> text,
            Comparator<SpanAnnotation> comparator) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((SpanAnnotation) element);
            }
        });
        column.getColumn().addListener(SWT.Selection, e -> {
            boolean descending = viewer.getTable().getSortColumn() == column.getColumn()
                    && viewer.getTable().getSortDirection() == SWT.UP;
            viewer.getTable().setSortColumn(column.getColumn());
            viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
            order = descending ? comparator.reversed() : comparator;
            viewer.refresh();
        });
    }
}
