package org.glossa.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.importer.ContentHash;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Origin;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.ui.editor.ScreenshotSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export wizard, driven through its own buttons, writes the dataset and its card. */
class ExportWizardTest {
    private static final String TEXT = "Mayor Ines Calloway opened the Meridian bridge in Port Alder on Monday.";

    @TempDir
    Path dir;

    @Test
    void theWizardExportsTheGoldSetWithItsDatasetCard() throws Exception {
        ProjectStore store = ProjectStore.create(dir.resolve("project"), "wizard", NewsSchema.create());
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId("bridge");
        document.setTitle("Bridge");
        document.setContentHash(ContentHash.of(TEXT));
        document.setBodyEnd(TEXT.length());
        store.addDocument(document, TEXT);
        AnnotationSet gold = store.annotations(document, "gold");
        Spans.add(gold, "Entity", "PER", TEXT.indexOf("Ines"), TEXT.indexOf("Ines") + 13, "test", Origin.MANUAL);
        Spans.add(gold, "Entity", "GPE", TEXT.indexOf("Port"), TEXT.indexOf("Port") + 10, "test", Origin.MANUAL);
        store.save();
        FormatRegistry formats = FormatRegistry.discover();
        assertTrue(formats.exporters().size() >= 9, () -> "formats registered as services: " + formats.exporters());

        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        WizardDialog dialog = new WizardDialog(shell, new ExportWizard(store, formats));
        dialog.setBlockOnOpen(false);
        dialog.open();
        ScreenshotSupport.flush(display);
        press(dialog.getShell(), "&Next >");
        Path out = dir.resolve("dataset");
        texts(dialog.getShell()).get(0).setText(out.toString());
        ScreenshotSupport.save(dialog.getShell(), "export-wizard");
        closeSummaryWhenItOpens(display);
        press(dialog.getShell(), "&Finish");
        ScreenshotSupport.flush(display);
        String format = formats.exporters().get(0).id();
        assertTrue(Files.isRegularFile(out.resolve("README.md")), "the dataset card of the " + format + " export");
        assertTrue(Files.isRegularFile(out.resolve("card.json")));
        assertTrue(Files.readString(out.resolve("README.md")).contains("| PER | 1"), Files.readString(out.resolve("README.md")));
        try (var files = Files.list(out)) {
            assertEquals(true, files.count() > 2, "data files besides the card");
        }
        shell.dispose();
    }

    /** The summary is a modal message box: it runs its own event loop, in which this timer closes it. */
    private static void closeSummaryWhenItOpens(Display display) {
        display.timerExec(300, new Runnable() {
            @Override
            public void run() {
                for (Shell open : display.getShells()) {
                    if (!open.isDisposed() && "Export".equals(open.getText())) {
                        open.close();
                        return;
                    }
                }
                display.timerExec(300, this);
            }
        });
    }

    private static void press(Shell shell, String label) {
        Display display = shell.getDisplay(); // Finish closes the shell
        for (Control control : all(shell)) {
            if (control instanceof Button button && label.equals(button.getText()) && button.isEnabled()) {
                button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                ScreenshotSupport.flush(display);
                return;
            }
        }
        throw new AssertionError("no enabled button " + label);
    }

    /** The visible text fields, in widget order. */
    private static List<Text> texts(Shell shell) {
        List<Text> texts = new ArrayList<>();
        for (Control control : all(shell)) {
            if (control instanceof Text text && text.isVisible()) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static List<Control> all(Composite parent) {
        List<Control> controls = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            controls.add(child);
            if (child instanceof Composite composite) {
                controls.addAll(all(composite));
            }
        }
        return controls;
    }
}
