package org.glossa.ui.dialogs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Chooses the annotators whose agreement is measured (at least two); Space ticks the selected row. Documents are
 * compared when every chosen annotator has annotated them, so leaving out someone who did only a few widens the
 * comparison.
 */
public final class ChooseAnnotatorsDialog extends Dialog {
    private final List<String> annotators;
    private final List<String> initiallyChosen;
    private Table table;
    private List<String> chosen = List.of();

    /** @param chosen the annotators ticked at first (those compared now) */
    public ChooseAnnotatorsDialog(Shell parent, List<String> annotators, List<String> chosen) {
        super(parent);
        this.annotators = List.copyOf(annotators);
        this.initiallyChosen = List.copyOf(chosen);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Annotators to Compare");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label hint = new Label(area, SWT.WRAP);
        hint.setText("Documents are compared when every chosen annotator annotated them.");
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(hint);
        table = new Table(area, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        GridDataFactory.fillDefaults().grab(true, true).hint(320, 200).applyTo(table);
        for (String annotator : annotators) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(annotator);
            item.setChecked(initiallyChosen.contains(annotator));
        }
        table.addListener(SWT.Selection, e -> updateOk());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        updateOk();
    }

    private List<String> ticked() {
        List<String> ticked = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            if (item.getChecked()) {
                ticked.add(item.getText());
            }
        }
        return ticked;
    }

    private void updateOk() {
        if (getButton(OK) != null) {
            getButton(OK).setEnabled(ticked().size() >= 2);
        }
    }

    @Override
    protected void okPressed() {
        chosen = ticked();
        super.okPressed();
    }

    /** The chosen annotators, at least two. */
    public List<String> chosen() {
        return chosen;
    }
}
