package org.glossa.ui.dialogs;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.edit.FindOccurrencesOperation;
import org.glossa.core.edit.Occurrence;
import org.glossa.model.Layer;

/**
 * Finds a phrase in the bodies of every document (on a background thread, with progress and Cancel), lists the
 * matches with their context, and annotates the checked ones with the chosen label in one undoable step.
 */
public final class AnnotateOccurrencesDialog extends Dialog {
    private final EditingSession session;
    private final String initialQuery;
    private Text query;
    private Button caseSensitive;
    private Button wholeWord;
    private Combo label;
    private CheckboxTableViewer matches;
    private Label summary;
    private final List<String[]> labels = new ArrayList<>();

    public AnnotateOccurrencesDialog(Shell shell, EditingSession session, String initialQuery) {
        super(shell);
        this.session = session;
        this.initialQuery = initialQuery;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Find in corpus and annotate");
        shell.setSize(820, 560);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(10, 10).applyTo(area);
        query = new Text(area, SWT.BORDER | SWT.SEARCH);
        query.setText(initialQuery);
        query.setMessage("Phrase to find in every document's body");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        caseSensitive = new Button(area, SWT.CHECK);
        caseSensitive.setText("Match case");
        wholeWord = new Button(area, SWT.CHECK);
        wholeWord.setText("Whole words");
        wholeWord.setSelection(true);
        label = new Combo(area, SWT.READ_ONLY);
        for (Layer layer : session.store().schema().getLayers()) {
            layer.getLabels().forEach(l -> {
                labels.add(new String[] { layer.getName(), l.getName() });
                label.add(layer.getName() + " " + l.getName());
            });
        }
        label.select(0);
        Button search = new Button(area, SWT.PUSH);
        search.setText("Search");
        search.addListener(SWT.Selection, e -> search());
        query.addListener(SWT.DefaultSelection, e -> search());

        matches = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(matches.getControl());
        matches.getTable().setHeaderVisible(true);
        column("Document", 160, o -> o.document().getId());
        column("Offsets", 100, o -> o.begin() + "–" + o.end());
        column("Context", 480, Occurrence::context);
        matches.setContentProvider(ArrayContentProvider.getInstance());
        summary = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(5, 1).applyTo(summary);
        summary.setText("Check the matches to annotate, then press Annotate.");
        return area;
    }

    private void column(String title, int width, java.util.function.Function<Occurrence, String> text) {
        TableViewerColumn column = new TableViewerColumn(matches, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Occurrence) element);
            }
        });
    }

    /** Searches on a background thread with a progress bar and Cancel; the dialog waits for the result. */
    private void search() {
        String phrase = query.getText();
        if (phrase.isBlank()) {
            return;
        }
        boolean matchCase = caseSensitive.getSelection();
        boolean words = wholeWord.getSelection();
        List<List<Occurrence>> result = new ArrayList<>();
        try {
            new ProgressMonitorDialog(getShell()).run(true, true, monitor -> {
                try {
                    result.add(new FindOccurrencesOperation(session.store(), phrase, matchCase, words).execute(monitor));
                } catch (OperationCanceledException e) {
                    throw new InterruptedException("cancelled");
                }
            });
        } catch (InvocationTargetException e) {
            summary.setText("Search failed: " + e.getCause().getMessage());
            return;
        } catch (InterruptedException e) {
            summary.setText("Search cancelled.");
            return;
        }
        show(result.get(0));
    }

    private void show(List<Occurrence> found) {
        if (matches.getControl().isDisposed()) {
            return;
        }
        matches.setInput(found);
        matches.setAllChecked(true);
        long documents = found.stream().map(Occurrence::document).distinct().count();
        summary.setText(found.size() + " matches in " + documents + " documents. Uncheck the ones that are not meant.");
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Annotate", false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void okPressed() {
        List<Occurrence> checked = new ArrayList<>();
        for (Object element : matches.getCheckedElements()) {
            checked.add((Occurrence) element);
        }
        if (checked.isEmpty() || label.getSelectionIndex() < 0) {
            return;
        }
        String[] chosen = labels.get(label.getSelectionIndex());
        int created = session.annotateAll(checked, chosen[0], chosen[1]).size();
        summary.setText("Annotated " + created + " matches as " + chosen[1] + " (Ctrl+Z undoes them all).");
        super.okPressed();
    }

}
