package org.glossa.ui.parts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.glossa.agreement.report.AgreementReport;
import org.glossa.agreement.report.HtmlReportWriter;
import org.glossa.core.storage.AtomicFiles;

/** Saves the agreement view's report as the self-contained HTML file that {@code glossa agree --html} writes. */
final class AgreementReportFile {

    private AgreementReportFile() {
    }

    /**
     * Asks where, then writes the report; a failure is shown in a message box.
     *
     * @return the file written, or null when the user cancelled or the file could not be written
     */
    static String save(Shell shell, AgreementReport report) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.html"});
        dialog.setFileName("agreement-" + report.layers().get(0).layer() + ".html");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return null;
        }
        try {
            StringBuilder html = new StringBuilder();
            HtmlReportWriter.write(report, html);
            AtomicFiles.write(Path.of(file), html.toString().getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            MessageBox box = new MessageBox(shell, SWT.ICON_ERROR | SWT.OK);
            box.setText("Agreement report");
            box.setMessage("The report could not be saved to " + file + ": " + e.getMessage());
            box.open();
            return null;
        }
    }
}
