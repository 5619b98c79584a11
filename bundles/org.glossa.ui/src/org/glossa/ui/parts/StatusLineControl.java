package org.glossa.ui.parts;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.glossa.ui.StatusLine;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The status line at the bottom of the window: caret, selection, selected span, mode and messages. */
public final class StatusLineControl {
    @Inject
    private StatusLine statusLine;

    @PostConstruct
    void create(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 2).applyTo(holder);
        Label label = new Label(holder, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).hint(1100, SWT.DEFAULT).applyTo(label);
        label.setText(statusLine.text());
        statusLine.onChange(text -> {
            if (!label.isDisposed()) {
                label.setText(text);
            }
        });
    }
}
