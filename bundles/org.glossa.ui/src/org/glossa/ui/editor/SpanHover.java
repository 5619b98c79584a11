package org.glossa.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.glossa.model.SpanAnnotation;

/**
 * The tooltip over spans and their labels: made only when the pointer rests (GTK's hover), cleared when it moves
 * onto another span, so moving the mouse costs a lookup and nothing more.
 */
final class SpanHover {
    private final DocumentEditor editor;
    private SpanAnnotation hovered;

    SpanHover(DocumentEditor editor) {
        this.editor = editor;
    }

    void install(StyledText text) {
        text.addListener(SWT.MouseMove, this::moved);
        text.addListener(SWT.MouseHover, this::rested);
        text.addListener(SWT.MouseExit, e -> hovered = null);
    }

    private void moved(Event event) {
        SpanAnnotation under = editor.spanAt(event.x, event.y);
        if (under != hovered) {
            hovered = under;
            editor.textWidget().setToolTipText(null);
        }
    }

    private void rested(Event event) {
        hovered = editor.spanAt(event.x, event.y);
        editor.textWidget().setToolTipText(hovered == null ? null : editor.tooltip(hovered));
    }
}
