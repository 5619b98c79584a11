package org.glossa.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.schema.NewsSchema;
import org.glossa.text.ContentHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus view in the real workbench on a project of 600 documents: its table is virtual (a row is filled when it
 * is shown, so a large corpus costs only the visible rows), yet every row reads the right id, title, span count and
 * this annotator's status; the filter by status lists exactly the documents with that status; a status changed in
 * the workbench shows in its row at once.
 */
class CorpusViewTest {
    private static final int DOCUMENTS = 600;

    @TempDir
    Path dir;

    @AfterEach
    void forgetProject() {
        System.clearProperty("glossa.project");
        System.clearProperty("glossa.annotator");
    }

    @Test
    void everyRowShowsItsDocumentAndStatusAndTheFilterListsExactlyTheMatchingOnes() throws Exception {
        Path project = dir.resolve("project");
        ProjectStore store = ProjectStore.create(project, "corpus", NewsSchema.create());
        for (int i = 0; i < DOCUMENTS; i++) {
            String text = "Document " + i + " opens here. " + "Words of the body. ".repeat(1 + i % 7);
            Document document = GlossaFactory.eINSTANCE.createDocument();
            document.setId(String.format("doc-%04d", i));
            document.setTitle("Title of document " + i);
            document.setContentHash(ContentHash.of(text));
            document.setBodyBegin(i % 5);
            document.setBodyEnd(text.length());
            assertNotNull(store.addDocument(document, text));
        }
        store.save();
        EditingSession alice = new EditingSession(store, "alice");
        List<Document> documents = store.project().getDocuments();
        for (int i = 0; i < DOCUMENTS; i++) {
            if (i % 3 != 2) {
                alice.setStatus(documents.get(i), i % 3 == 0 ? AnnotationStatus.FINISHED : AnnotationStatus.IN_PROGRESS);
            }
        }
        alice.save();
        store.close(); // the workbench takes the project's lock

        System.setProperty("glossa.project", project.toString());
        System.setProperty("glossa.annotator", "alice");
        WorkbenchRun.run(this::scenario);
    }

    private void scenario(MApplication application, Display display) throws InterruptedException {
        EModelService models = application.getContext().get(EModelService.class);
        EditingSession session = application.getContext().get(EditingSession.class);
        Composite part = (Composite) ((MPart) models.find("org.glossa.ui.part.corpus", application)).getWidget();
        Table table = Widgets.find(part, Table.class);
        Combo filter = Widgets.find(part, Combo.class);
        List<Document> documents = session.store().project().getDocuments();

        assertTrue((table.getStyle() & SWT.VIRTUAL) != 0, "the corpus table is virtual");
        assertEquals(DOCUMENTS, table.getItemCount());
        for (int row : new int[] {0, 1, 2, 299, 301, DOCUMENTS - 1}) {
            Document document = documents.get(row);
            assertEquals(document.getId(), table.getItem(row).getText(0), "row " + row);
            assertEquals(document.getTitle(), table.getItem(row).getText(1), "row " + row);
            assertEquals("0", spanCount(display, table, row), "no spans in row " + row);
            assertEquals(expected(row).getLiteral(), table.getItem(row).getText(3), "status of row " + row);
        }

        choose(filter, AnnotationStatus.FINISHED.getLiteral());
        assertEquals(DOCUMENTS / 3, table.getItemCount(), "the finished documents");
        for (int row = 0; row < table.getItemCount(); row++) {
            assertEquals(AnnotationStatus.FINISHED.getLiteral(), table.getItem(row).getText(3));
            assertEquals(documents.get(3 * row).getTitle(), table.getItem(row).getText(1));
        }
        choose(filter, AnnotationStatus.NEW.getLiteral());
        assertEquals(DOCUMENTS / 3, table.getItemCount(), "the documents not begun");
        assertEquals(documents.get(2).getTitle(), table.getItem(0).getText(1));

        choose(filter, "All documents");
        assertEquals(DOCUMENTS, table.getItemCount());
        assertEquals(AnnotationStatus.NEW.getLiteral(), table.getItem(500).getText(3));
        session.setStatus(documents.get(500), AnnotationStatus.FINISHED);
        assertEquals(AnnotationStatus.FINISHED.getLiteral(), table.getItem(500).getText(3), "the changed status");
        assertEquals(documents.get(500).getTitle(), table.getItem(500).getText(1));
    }

    /** The row's span count, once read (a set the record of verified files does not vouch for is read after painting). */
    private static String spanCount(Display display, Table table, int row) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while ("\u2026".equals(table.getItem(row).getText(2)) && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(5);
            }
        }
        return table.getItem(row).getText(2);
    }

    private static AnnotationStatus expected(int row) {
        return switch (row % 3) {
            case 0 -> AnnotationStatus.FINISHED;
            case 1 -> AnnotationStatus.IN_PROGRESS;
            default -> AnnotationStatus.NEW;
        };
    }

    private static void choose(Combo filter, String item) {
        filter.select(filter.indexOf(item));
        filter.notifyListeners(SWT.Selection, new Event());
    }
}
