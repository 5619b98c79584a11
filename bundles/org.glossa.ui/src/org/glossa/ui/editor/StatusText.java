package org.glossa.ui.editor;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.glossa.core.edit.EditingSession;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;

/** The status line's words for the editor: caret, selection, the selected span and the current mode. */
final class StatusText {
    private static final int EXCERPT = 40;

    private StatusText() {
    }

    static String describe(StyledText text, Document document, SpanAnnotation selected, String mode,
            EditingSession session) {
        if (document == null) {
            return "No document open";
        }
        StringBuilder status = new StringBuilder();
        if (mode != null) {
            status.append(mode).append("  |  ");
        }
        int caret = text.getCaretOffset();
        int line = text.getLineAtOffset(caret);
        status.append("Line ").append(line + 1).append(", column ").append(caret - text.getOffsetAtLine(line) + 1)
                .append(", offset ").append(caret);
        Point selection = text.getSelection();
        if (selection.x != selection.y) {
            status.append("  |  selection ").append(selection.x).append('–').append(selection.y).append(" (")
                    .append(selection.y - selection.x).append(" characters)");
        }
        if (selected != null && selected.getSet() != null) {
            status.append("  |  ").append(selected.getLayer()).append(' ').append(selected.getLabel()).append(" [")
                    .append(selected.getBegin()).append('–').append(selected.getEnd()).append(") \"")
                    .append(excerpt(text, selected)).append('"');
        }
        if (session.isDirty()) {
            status.append("  |  unsaved changes");
        }
        return status.toString();
    }

    /** Link mode's words with the candidate target named: its label and its text. */
    static String linkMode(String mode, SpanAnnotation candidate, StyledText text) {
        if (mode == null || candidate == null || candidate.getSet() == null) {
            return mode;
        }
        return mode + "  |  target: " + candidate.getLabel() + " \"" + excerpt(text, candidate) + '"';
    }

    /** Only the span's own characters are read: the whole text of a long document is megabytes. */
    static String excerpt(StyledText text, SpanAnnotation span) {
        int end = Math.min(span.getEnd(), text.getCharCount());
        int begin = Math.min(span.getBegin(), end);
        // one character more than shown tells whether to cut
        String covered = text.getTextRange(begin, Math.min(end - begin, EXCERPT + 1)).replace('\n', ' ');
        return covered.length() <= EXCERPT ? covered : covered.substring(0, EXCERPT - 1) + "…";
    }
}
