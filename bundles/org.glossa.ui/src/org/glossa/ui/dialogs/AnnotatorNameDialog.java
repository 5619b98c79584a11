package org.glossa.ui.dialogs;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.glossa.model.validation.ModelValidator;

/**
 * Asks for the name to annotate under (File > Switch Annotator): a new name or one of the project's known
 * annotators, validated as on the first start. OK stays disabled while the name is not a valid one.
 */
public final class AnnotatorNameDialog extends Dialog {
    private final String message;
    private final String current;
    private final List<String> known;
    private Combo name;
    private Label problem;
    private String chosen;

    /**
     * @param message what the name means (an annotator's, or in review mode the curator's)
     * @param known   the project's annotators, offered in the list
     */
    public AnnotatorNameDialog(Shell parent, String message, String current, List<String> known) {
        super(parent);
        this.message = message;
        this.current = current;
        this.known = List.copyOf(known);
    }

    /** Why {@code name} cannot be an annotator's name, or null when it can. */
    public static String problem(String name) {
        return name != null && ModelValidator.FILE_SAFE_NAME.matcher(name).matches() && !ModelValidator.GOLD.equals(name)
                ? null : "Use letters, digits, '.', '_' or '-' (and not 'gold').";
    }

    /** The name chosen with OK. */
    public String chosen() {
        return chosen;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Switch Annotator");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label hint = new Label(area, SWT.WRAP);
        hint.setText(message);
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(hint);
        name = new Combo(area, SWT.DROP_DOWN);
        known.forEach(name::add);
        name.setText(current);
        name.setSelection(new org.eclipse.swt.graphics.Point(0, current.length()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
        problem = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(problem);
        name.addListener(SWT.Modify, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Switch");
        validate();
    }

    private void validate() {
        String text = name.getText().trim();
        String why = problem(text);
        problem.setText(why == null ? "" : why);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(why == null);
        }
    }

    @Override
    protected void okPressed() {
        chosen = name.getText().trim();
        super.okPressed();
    }
}
