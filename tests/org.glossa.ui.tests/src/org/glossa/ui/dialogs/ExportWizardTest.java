package org.glossa.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Origin;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.text.ContentHash;
import org.glossa.ui.editor.ScreenshotSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The export wizard, driven through its own buttons, says before Finish which documents have no gold and are left
 * out, refuses a list naming one, and writes only the gold documents with a card that lists the others.
 */
class ExportWizardTest {
    private static final String TEXT = "Mayor Ines Calloway opened the Meridian bridge in Port Alder on Monday.";
    /** Words only the documents without gold contain: no data file may hold them. */
    private static final String UNADJUDICATED = "Zanzibar";
    private static final List<String> WITHOUT_GOLD = List.of("ferry", "harbour", "market", "school");

    @TempDir
    Path dir;

    @Test
    void theWizardListsDocumentsWithoutGoldAndExportsOnlyTheGoldOnes() throws Exception {
        ProjectStore store = ProjectStore.create(dir.resolve("project"), "wizard", NewsSchema.create());
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId("bridge");
        document.setTitle("Bridge");
        document.setContentHash(ContentHash.of(TEXT));
        document.setBodyEnd(TEXT.length());
        store.addDocument(document, TEXT);
        for (String id : WITHOUT_GOLD) {
            String text = "The " + id + " in " + UNADJUDICATED + " reopened on Tuesday.";
            Document other = GlossaFactory.eINSTANCE.createDocument();
            other.setId(id);
            other.setTitle(id);
            other.setContentHash(ContentHash.of(text));
            other.setBodyEnd(text.length());
            store.addDocument(other, text);
            // an annotator worked on them; nobody adjudicated them
            Spans.add(store.annotations(other, "ana"), "Entity", "GPE", text.indexOf(UNADJUDICATED),
                    text.indexOf(UNADJUDICATED) + UNADJUDICATED.length(), "ana", Origin.MANUAL);
        }
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
        String selection = selectionText(dialog.getShell());
        assertTrue(selection.startsWith("gold: 1 document will be exported; left out, no gold annotation set (4): "
                + String.join(", ", WITHOUT_GOLD)), selection);
        ScreenshotSupport.save(dialog.getShell(), "export-wizard-left-out");

        // Naming a document without gold: the page says why and cannot go on.
        Combo documents = combos(dialog.getShell()).get(2);
        documents.select(2);
        documents.notifyListeners(SWT.Selection, new Event());
        texts(dialog.getShell()).get(1).setText("bridge, ferry");
        ScreenshotSupport.flush(display);
        assertTrue(dialog.getCurrentPage().getErrorMessage().startsWith("document ferry has no gold annotation set"),
                dialog.getCurrentPage().getErrorMessage());
        assertFalse(button(dialog.getShell(), "&Next >").isEnabled());
        assertFalse(button(dialog.getShell(), "&Finish").isEnabled());
        texts(dialog.getShell()).get(1).setText("bridge");
        ScreenshotSupport.flush(display);
        assertNull(dialog.getCurrentPage().getErrorMessage());
        documents.select(0);
        documents.notifyListeners(SWT.Selection, new Event());
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
        try (var files = Files.walk(out)) {
            List<Path> data = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("README.md") && !f.getFileName().toString().equals("card.json"))
                    .toList();
            assertFalse(data.isEmpty(), "data files besides the card");
            for (Path file : data) {
                assertFalse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains(UNADJUDICATED),
                        file + " holds a document without gold");
            }
        }
        JsonNode card = new ObjectMapper().readTree(out.resolve("card.json").toFile());
        assertEquals(List.of("bridge"), texts(card.at("/sources/0/documents/all")), "only the gold document");
        assertEquals(WITHOUT_GOLD, card.at("/sources/0/leftOut").findValuesAsText("id"));
        String readme = Files.readString(out.resolve("README.md"));
        for (String id : WITHOUT_GOLD) {
            assertTrue(readme.contains("| " + id + " | no gold annotation set |"), readme);
        }
        shell.dispose();
    }

    /** The page's line saying what will be exported. */
    private static String selectionText(Shell shell) {
        for (Control control : all(shell)) {
            if (control instanceof Label label && label.isVisible() && label.getText().startsWith("gold:")) {
                return label.getText();
            }
        }
        throw new AssertionError("no line says what will be exported");
    }

    private static Button button(Shell shell, String label) {
        for (Control control : all(shell)) {
            if (control instanceof Button button && label.equals(button.getText())) {
                return button;
            }
        }
        throw new AssertionError("no button " + label);
    }

    /** The visible combos, in widget order. */
    private static List<Combo> combos(Shell shell) {
        List<Combo> combos = new ArrayList<>();
        for (Control control : all(shell)) {
            if (control instanceof Combo combo && combo.isVisible()) {
                combos.add(combo);
            }
        }
        return combos;
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

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
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
