package org.glossa.ui.handlers;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.edit.EditingSession;
import org.glossa.io.article.ImportArticlesOperation;
import org.glossa.io.article.ImportOptions;
import org.glossa.io.article.ImportReport;
import org.glossa.ui.EditorState;

/**
 * Imports article files into the open project on a background thread, with a progress bar and Cancel (what
 * was imported before a cancel is kept). The workbench waits for it: the project is not edited meanwhile.
 */
public final class ImportArticlesHandler {
    @Execute
    void execute(Shell shell, EditingSession session, EditorState state) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText("Import articles");
        dialog.setFilterExtensions(new String[] { "*.txt;*.html;*.htm", "*" });
        if (dialog.open() == null) {
            return;
        }
        List<Path> files = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            files.add(Path.of(dialog.getFilterPath(), name));
        }
        ImportReport[] report = new ImportReport[1];
        try {
            new ProgressMonitorDialog(shell).run(true, true, monitor -> {
                try {
                    report[0] = new ImportArticlesOperation(session.store(), files, ImportOptions.defaults()).execute(monitor);
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(shell, "Import", "Import failed: " + e.getCause().getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        state.corpusChanged();
        ImportReport done = report[0];
        String skipped = done.skipped().isEmpty() ? ""
                : "\n\nSkipped:\n" + String.join("\n", done.skipped().stream().map(ImportReport.Skipped::reason).toList());
        MessageDialog.openInformation(shell, "Import", (done.cancelled() ? "Cancelled. " : "") + "Imported "
                + done.imported().size() + " documents, " + done.duplicates().size() + " already present, "
                + done.skipped().size() + " skipped." + skipped);
    }
}
