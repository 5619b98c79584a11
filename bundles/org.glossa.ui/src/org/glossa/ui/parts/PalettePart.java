package org.glossa.ui.parts;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.edit.ModelChange;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.ui.EditorState;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The labels of every layer with their colour and hot key; clicking one labels the editor's selection. */
public final class PalettePart {
    @Inject
    private EditingSession session;
    @Inject
    private EditorState state;
    private ScrolledComposite scroller;
    private Composite content;

    @PostConstruct
    void create(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        build();
        session.addChangeListener(this::modelChanged);
    }

    private void modelChanged(ModelChange change) {
        if (change.kind() == ModelChange.Kind.SCHEMA && !scroller.isDisposed()) {
            build();
        }
    }

    private void build() {
        if (content != null) {
            content.dispose();
        }
        content = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 6).applyTo(content);
        for (Layer layer : session.store().schema().getLayers()) {
            Group group = new Group(content, SWT.NONE);
            group.setText(layer.getName());
            GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
            GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(4, 3).equalWidth(true).applyTo(group);
            for (Label label : layer.getLabels()) {
                labelButton(group, layer, label);
            }
        }
        scroller.setContent(content);
        scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private void labelButton(Composite group, Layer layer, Label label) {
        Button button = new Button(group, SWT.PUSH | SWT.FLAT);
        String key = label.getHotKey() == null ? "" : "  [" + label.getHotKey() + "]";
        button.setText(label.getName() + key);
        button.setToolTipText((label.getDescription() == null ? label.getName() : label.getDescription())
                + (key.isEmpty() ? "" : " — hot key " + label.getHotKey()) + "; Shift+key labels exactly the selection");
        button.setBackground(new Color(org.glossa.ui.editor.LabelColors.rgbOf(label.getColor())));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
        button.addListener(SWT.Selection, e -> {
            if (state.editor() != null) {
                boolean exact = (e.stateMask & SWT.SHIFT) != 0;
                state.editor().applyLabel(layer.getName(), label.getName(), !exact);
                state.editor().textWidget().setFocus();
            }
        });
    }

    /** Activating the part gives the keyboard to its first label button (Space applies it). */
    @Focus
    void focus() {
        if (content != null && !content.isDisposed()) {
            content.setFocus();
        }
    }

    Control control() {
        return scroller;
    }
}
