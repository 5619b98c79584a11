package org.glossa.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.edit.EditingSession;
import org.glossa.ui.EditorState;
import org.glossa.ui.dialogs.AnnotateOccurrencesDialog;

/** Corpus-wide search; the annotator confirms the list of matches before they are annotated. */
public final class FindInCorpusHandler {
    @Execute
    void execute(Shell shell, EditingSession session, EditorState state) {
        String initial = state.editor() == null ? "" : state.editor().textWidget().getSelectionText();
        new AnnotateOccurrencesDialog(shell, session, initial.contains("\n") ? "" : initial).open();
    }
}
