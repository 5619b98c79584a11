package org.glossa.ui.parts;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.edit.ModelChange;
import org.glossa.core.edit.SpanIndex;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.ui.EditorState;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The open document's spans as a table (text, label, layer, links, note): click a header to sort, type to
 * filter; selecting a row selects and reveals the span in the editor, and the other way round. The rows are a list
 * the part keeps in order itself and the table asks only for the rows it shows (a lazy virtual table): with
 * 150,000 spans, letting the viewer sort, filter and search all of them again on every edit cost 70-140 ms.
 */
public final class AnnotationsPart {
    @Inject
    private EditingSession session;
    @Inject
    private EditorState state;
    private TableViewer viewer;
    private Text filter;
    /** The order chosen by a header click; null is document order, the span index's own. */
    private Comparator<SpanAnnotation> order;
    private List<SpanAnnotation> rows = List.of();
    private boolean syncing;
    /** The rows no longer match the index: an edit changed it; they are made again once, after the edit. */
    private boolean rowsStale;
    private boolean updatePending;

    /** Activating the part gives the keyboard to the table of spans (the filter is one Shift+Tab away). */
    @Focus
    void focus() {
        if (viewer != null && !viewer.getTable().isDisposed()) {
            viewer.getTable().setFocus();
        }
    }

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
        column(layout, "Text", 6, this::covered, Comparator.comparing(this::covered));
        column(layout, "Label", 2, SpanAnnotation::getLabel, Comparator.comparing(SpanAnnotation::getLabel));
        column(layout, "Layer", 2, SpanAnnotation::getLayer, Comparator.comparing(SpanAnnotation::getLayer));
        column(layout, "Links", 4, AnnotationsPart::links, Comparator.comparing(AnnotationsPart::links));
        column(layout, "Note", 3, s -> s.getNote() == null ? "" : s.getNote(), Comparator.comparing(s -> s.getNote() == null ? "" : s.getNote()));
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                if (index < rows.size()) {
                    viewer.replace(rows.get(index), index);
                }
            }

            @Override
            public void inputChanged(Viewer v, Object oldInput, Object newInput) {
                // the rows are the part's own list, set in show
            }
        });
        viewer.setInput(rows);
        filter.addListener(SWT.Modify, e -> {
            show(state.document());
            reveal(state.selectedSpan());
        });
        viewer.addSelectionChangedListener(e -> {
            Object chosen = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (!syncing && chosen instanceof SpanAnnotation span) {
                state.selectSpan(span);
            }
        });
        state.onDocument(this::show);
        state.onView(annotator -> show(state.document()));
        state.onSpan(span -> update());
        session.addChangeListener(this::modelChanged);
    }

    private void show(Document document) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        rowsStale = false;
        SpanIndex index;
        try {
            String viewed = state.viewedAnnotator();
            index = document == null ? null
                    : viewed == null || viewed.equals(session.annotator()) ? session.index(document)
                    : SpanIndex.snapshotOf(session.store().annotations(document, viewed));
        } catch (DamagedFileException e) {
            index = null;
        }
        String query = filter.getText().toLowerCase();
        List<SpanAnnotation> spans;
        if (index == null) {
            spans = List.of();
        } else if (query.isBlank() && order == null) {
            spans = new IndexRows(index);
        } else {
            spans = new ArrayList<>();
            for (SpanAnnotation span : index.all()) {
                if (query.isBlank() || (covered(span) + " " + span.getLabel() + " " + span.getLayer() + " "
                        + span.getNote()).toLowerCase().contains(query)) {
                    spans.add(span);
                }
            }
            if (order != null) {
                spans.sort(order);
            }
        }
        rows = spans;
        viewer.setItemCount(rows.size());
        viewer.getTable().clearAll(); // the shown rows are asked for again
    }

    private void modelChanged(ModelChange change) {
        if (state.document() != null && (change.document() == state.document() || change.document() == null)) {
            rowsStale = true;
            updateSoon();
        }
    }

    /**
     * After a change that selects no span (a label changed, an undo): the rows and the selection are shown again once,
     * after what is being done now. An edit that creates a span both changes the model and then selects the span; the
     * selection shows the rows and the span at once (each answer costs a scroll and a repaint of the table).
     */
    private void updateSoon() {
        if (!updatePending && !viewer.getControl().isDisposed()) {
            updatePending = true;
            viewer.getControl().getDisplay().asyncExec(() -> {
                updatePending = false;
                if (rowsStale) {
                    update();
                }
            });
        }
    }

    private void update() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (rowsStale) {
            show(state.document());
        }
        reveal(state.selectedSpan());
    }

    private void reveal(SpanAnnotation span) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        syncing = true;
        try {
            // by row number: the viewer would look for the span through every row of a lazy table
            int row = span == null ? -1 : rows.indexOf(span);
            if (row < 0) {
                viewer.getTable().deselectAll();
            } else {
                viewer.getTable().setSelection(row); // and shows it
            }
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

    /** The index's spans in document order as a list, read row by row: nothing is copied. */
    private static final class IndexRows extends AbstractList<SpanAnnotation> {
        private final SpanIndex index;

        IndexRows(SpanIndex index) {
            this.index = index;
        }

        @Override
        public SpanAnnotation get(int row) {
            return index.get(row);
        }

        @Override
        public int size() {
            return index.size();
        }

        @Override
        public int indexOf(Object span) {
            return span instanceof SpanAnnotation annotation ? index.positionOf(annotation) : -1;
        }
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
            show(state.document());
            reveal(state.selectedSpan());
        });
    }
}
