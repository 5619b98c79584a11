package org.glossa.ui.editor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * In-document search above the text (Ctrl+F): Enter finds the next match, Shift+Enter the previous one,
 * Esc closes the bar and returns to the text. Matching ignores case; the match becomes the selection, so
 * a label's hot key annotates it right away.
 */
final class FindBar {
    private final Composite bar;
    private final Text query;
    private final Label result;
    private final StyledText text;

    FindBar(Composite parent, StyledText text) {
        this.text = text;
        bar = new Composite(parent, SWT.NONE);
        bar.moveAbove(text);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 3).applyTo(bar);
        query = new Text(bar, SWT.BORDER | SWT.SEARCH);
        query.setMessage("Find in document");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        Button previous = new Button(bar, SWT.PUSH);
        previous.setText("Previous");
        Button next = new Button(bar, SWT.PUSH);
        next.setText("Next");
        result = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(result);
        previous.addListener(SWT.Selection, e -> find(false));
        next.addListener(SWT.Selection, e -> find(true));
        query.addListener(SWT.DefaultSelection, e -> find((e.stateMask & SWT.SHIFT) == 0));
        query.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC) {
                hide();
                e.doit = false;
            }
        });
        setVisible(false);
    }

    Composite control() {
        return bar;
    }

    void show() {
        setVisible(true);
        String selected = text.getSelectionText();
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            query.setText(selected);
        }
        query.selectAll();
        query.setFocus();
    }

    void hide() {
        setVisible(false);
        text.setFocus();
    }

    private void setVisible(boolean visible) {
        ((GridData) bar.getLayoutData()).exclude = !visible;
        bar.setVisible(visible);
        bar.getParent().layout(true, true);
    }

    /** Selects the next (or previous) match after (before) the current selection, wrapping around. */
    boolean find(boolean forward) {
        String needle = query.getText();
        if (needle.isEmpty()) {
            return false;
        }
        String haystack = text.getText().toLowerCase();
        String lower = needle.toLowerCase();
        int from = forward ? text.getSelection().y : text.getSelection().x - 1;
        int found = forward ? haystack.indexOf(lower, from) : haystack.lastIndexOf(lower, Math.max(0, from));
        if (found < 0) {
            found = forward ? haystack.indexOf(lower) : haystack.lastIndexOf(lower);
        }
        if (found < 0) {
            result.setText("No match");
            return false;
        }
        text.setSelection(found, found + needle.length());
        text.showSelection();
        result.setText("Match at " + found);
        return true;
    }
}
