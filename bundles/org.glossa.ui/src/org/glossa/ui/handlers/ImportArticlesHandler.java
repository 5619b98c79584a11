package org.glossa.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.importer.ImportOptions;
import org.glossa.core.ops.ImportArticlesOperation;
import org.glossa.core.ops.ImportReport;
import org.glossa.ui.EditorState;

/** Imports article files into the open project in a background job with progress and cancel. */
public final class ImportArticlesHandler {
    @Execute
    void execute(Shell shell, EditingSession session, EditorState state, UISynchronize ui) {
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
        Job job = Job.create("Importing " + files.size() + " articles", (IProgressMonitor monitor) -> {
            try {
                // The store is not thread-safe: the import runs while the UI waits for its result only.
                ImportReport report = new ImportArticlesOperation(session.store(), files, ImportOptions.defaults())
                        .execute(monitor);
                ui.asyncExec(() -> {
                    state.corpusChanged();
                    String skipped = report.skipped().isEmpty() ? ""
                            : "\n\nSkipped:\n" + String.join("\n", report.skipped().stream().map(ImportReport.Skipped::reason).toList());
                    MessageDialog.openInformation(shell, "Import", "Imported " + report.imported().size() + " documents, "
                            + report.duplicates().size() + " already present, " + report.skipped().size() + " skipped."
                            + skipped);
                });
                return Status.OK_STATUS;
            } catch (Exception e) {
                return Status.error("Import failed: " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
    }

}
