package org.glossa.ui.editor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Incremental find above the text (Ctrl+F). Typing selects the first match from where the search started, as
 * you type (ignoring case). <b>Enter</b> closes the bar and leaves the match selected in the text, which has the
 * keyboard again, so a label's hot key annotates the match at once. <b>Down</b> or <b>F3</b> goes to the next
 * match, <b>Up</b>, <b>Shift+F3</b> or <b>Shift+Enter</b> to the previous one (wrapping around); <b>Esc</b>
 * closes the bar and restores the selection the text had before.
 */
final class FindBar {
    private final Composite bar;
    private final Text query;
    private final Label result;
    private final StyledText text;
    /** The text's selection when the bar opened: Esc gives it back. */
    private Point before = new Point(0, 0);
    /** Where typing searches from: the selection's start when the bar opened, then the current match. */
    private int anchor;

    FindBar(Composite parent, StyledText text) {
        this.text = text;
        bar = new Composite(parent, SWT.NONE);
        bar.moveAbove(text);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 3).applyTo(bar);
        query = new Text(bar, SWT.BORDER | SWT.SEARCH);
        query.setMessage("Find in document");
        query.setToolTipText("Enter: select the match in the text; Down/F3: next; Up/Shift+F3: previous; Esc: cancel");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        Button previous = new Button(bar, SWT.PUSH);
        previous.setText("Previous");
        Button next = new Button(bar, SWT.PUSH);
        next.setText("Next");
        result = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(result);
        previous.addListener(SWT.Selection, e -> find(false));
        next.addListener(SWT.Selection, e -> find(true));
        query.addListener(SWT.Modify, e -> findFromAnchor());
        query.addListener(SWT.DefaultSelection, e -> {
            if ((e.stateMask & SWT.SHIFT) != 0) {
                find(false);
            } else {
                hide();
            }
        });
        query.addListener(SWT.KeyDown, this::keyDown);
        setVisible(false);
    }

    Composite control() {
        return bar;
    }

    /** Opens the bar with the keyboard in it, the selected words (if on one line) as the query. */
    void show() {
        if (!bar.getVisible()) {
            before = text.getSelection();
        }
        anchor = text.getSelection().x;
        setVisible(true);
        String selected = text.getSelectionText();
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            query.setText(selected);
        }
        query.selectAll();
        query.setFocus();
    }

    /** Closes the bar, leaving the text's selection as it is, and gives the text the keyboard. */
    void hide() {
        setVisible(false);
        text.setFocus();
    }

    private void keyDown(Event e) {
        boolean shift = (e.stateMask & SWT.SHIFT) != 0;
        if (e.keyCode == SWT.ESC) {
            text.setSelection(before);
            hide();
        } else if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.F3 && !shift) {
            find(true);
        } else if (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.F3) {
            find(false);
        } else {
            return;
        }
        e.doit = false;
    }

    private void setVisible(boolean visible) {
        ((GridData) bar.getLayoutData()).exclude = !visible;
        bar.setVisible(visible);
        bar.getParent().layout(true, true);
    }

    /** Selects the first match at or after the anchor, wrapping around; an empty query gives the old selection back. */
    private void findFromAnchor() {
        if (query.getText().isEmpty()) {
            text.setSelection(before);
            result.setText("");
            return;
        }
        select(search(Math.min(anchor, text.getCharCount()), true));
    }

    /** Selects the next (or previous) match after (before) the current selection, wrapping around. */
    boolean find(boolean forward) {
        if (query.getText().isEmpty()) {
            return false;
        }
        int found = search(forward ? text.getSelection().x + 1 : text.getSelection().x - 1, forward);
        if (found >= 0) {
            anchor = found;
        }
        return select(found);
    }

    /** The first match from {@code from} on (or back), wrapping around, or -1. */
    private int search(int from, boolean forward) {
        String haystack = text.getText().toLowerCase();
        String needle = query.getText().toLowerCase();
        int found = forward ? haystack.indexOf(needle, from) : haystack.lastIndexOf(needle, Math.max(0, from));
        if (found < 0 || !forward && from < 0) {
            found = forward ? haystack.indexOf(needle) : haystack.lastIndexOf(needle);
        }
        return found;
    }

    private boolean select(int found) {
        if (found < 0) {
            result.setText("No match");
            return false;
        }
        text.setSelection(found, found + query.getText().length());
        text.showSelection();
        result.setText("Match at " + found);
        return true;
    }
}
