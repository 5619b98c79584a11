package org.glossa.ui.dialogs;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.glossa.model.Layer;
import org.glossa.model.SpanAnnotation;

/**
 * Edits a gold span by keyboard: begin and end as character offsets (arrow keys move them one character), the
 * label from the layer's labels, and a live preview of the covered text. Enter applies.
 */
public final class EditGoldSpanDialog extends Dialog {
    private final String text;
    private final SpanAnnotation span;
    private final Layer layer;
    private Spinner beginField;
    private Spinner endField;
    private Combo labelField;
    private Label preview;
    private int begin;
    private int end;
    private String label;

    public EditGoldSpanDialog(Shell parent, String text, SpanAnnotation span, Layer layer) {
        super(parent);
        this.text = text;
        this.span = span;
        this.layer = layer;
        this.begin = span.getBegin();
        this.end = span.getEnd();
        this.label = span.getLabel();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Edit Gold Span");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        new Label(area, SWT.NONE).setText("Label:");
        labelField = new Combo(area, SWT.READ_ONLY);
        layer.getLabels().forEach(l -> labelField.add(l.getName()));
        labelField.select(Math.max(0, labelField.indexOf(span.getLabel())));
        new Label(area, SWT.NONE).setText("Begin:");
        beginField = spinner(area, span.getBegin());
        new Label(area, SWT.NONE).setText("End:");
        endField = spinner(area, span.getEnd());
        preview = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(preview);
        updatePreview();
        return area;
    }

    private Spinner spinner(Composite parent, int value) {
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(value, 0, text.length(), 0, 1, 10);
        spinner.addListener(SWT.Modify, e -> updatePreview());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(spinner);
        return spinner;
    }

    private void updatePreview() {
        int b = beginField.getSelection();
        int e = endField.getSelection();
        boolean valid = b < e;
        preview.setText(valid ? "\u201c" + text.substring(b, e) + "\u201d" : "The span must end after it begins.");
        if (getButton(OK) != null) {
            getButton(OK).setEnabled(valid);
        }
    }

    @Override
    protected void okPressed() {
        begin = beginField.getSelection();
        end = endField.getSelection();
        label = labelField.getText();
        super.okPressed();
    }

    public int begin() {
        return begin;
    }

    public int end() {
        return end;
    }

    public String label() {
        return label;
    }
}
