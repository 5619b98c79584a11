package org.glossa.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.edit.SpanIndex;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;
import org.glossa.text.ContentHash;
import org.glossa.ui.EditorState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotations table refreshes after an edit only the rows from the edit's first changed row on: after every kind
 * of edit (create, relabel, delete, link, undo and redo) at random places of a document whose rows have all been
 * shown once, every row of the table reads its span's text, label and links in document order.
 */
class AnnotationsTableTest {
    private static final int WORDS = 400;

    @TempDir
    Path dir;

    @Test
    void everyRowReadsItsSpanAfterEveryKindOfEdit() throws Exception {
        Path project = dir.resolve("project");
        ProjectStore store = ProjectStore.create(project, "table", NewsSchema.create());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < WORDS; i++) {
            text.append("word").append(i).append(i % 12 == 11 ? ".\n" : " ");
        }
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId("words");
        document.setTitle("Words");
        document.setContentHash(ContentHash.of(text.toString()));
        document.setBodyBegin(0);
        document.setBodyEnd(text.length());
        assertNotNull(store.addDocument(document, text.toString()));
        store.save();
        store.close(); // the workbench takes the project's lock

        WorkbenchRun.on(project, "alice", (application, display) -> scenario(application, display, text.toString()));
    }

    private void scenario(MApplication application, Display display, String text) throws Exception {
        EModelService models = application.getContext().get(EModelService.class);
        EditingSession session = application.getContext().get(EditingSession.class);
        EditorState state = application.getContext().get(EditorState.class);
        Composite part = (Composite) ((MPart) models.find("org.glossa.ui.part.annotations", application)).getWidget();
        Table table = Widgets.find(part, Table.class);
        Document document = session.store().project().getDocuments().get(0);
        state.openDocument(document);
        List<int[]> words = words(text);
        Random random = new Random(14);
        for (int i = 0; i < 60; i++) { // every other word a span: the rows the edits below fall between
            int[] word = words.get(i * 5);
            session.createSpan(document, "Entity", "PER", word[0], word[1]);
        }
        settle(display);
        check(display, table, session.index(document), text, "after the first spans");
        List<SpanAnnotation> made = new ArrayList<>();
        for (int step = 0; step < 40; step++) {
            SpanIndex index = session.index(document);
            String what;
            switch (step % 5) {
                case 0, 1 -> {
                    int[] word = words.get(random.nextInt(words.size()));
                    String label = random.nextBoolean() ? "ORG" : "GPE";
                    if (index.overlapping(word[0], word[1]).stream().noneMatch(s -> s.getLabel().equals(label))) {
                        made.add(session.createSpan(document, "Entity", label, word[0], word[1]));
                    }
                    what = "create";
                }
                case 2 -> {
                    SpanAnnotation span = index.get(random.nextInt(index.size()));
                    session.changeLabel(span, "Entity", "LOC");
                    what = "relabel";
                }
                case 3 -> {
                    SpanAnnotation span = index.get(random.nextInt(index.size()));
                    session.deleteSpans(List.of(span));
                    what = "delete";
                }
                default -> {
                    session.undo();
                    settle(display);
                    check(display, table, session.index(document), text, "step " + step + ": undo");
                    session.redo();
                    what = "redo";
                }
            }
            if (step % 2 == 0) {
                state.selectSpan(session.index(document).get(random.nextInt(session.index(document).size())));
            }
            settle(display);
            check(display, table, session.index(document), text, "step " + step + ": " + what);
        }
    }

    /** Every row, read through the table (a row not filled yet is filled by reading it). */
    private static void check(Display display, Table table, SpanIndex index, String text, String when) {
        assertEquals(index.size(), table.getItemCount(), when + ": rows");
        for (int row = 0; row < index.size(); row++) {
            SpanAnnotation span = index.get(row);
            assertEquals(text.substring(span.getBegin(), span.getEnd()), table.getItem(row).getText(0),
                    when + ": text of row " + row);
            assertEquals(span.getLabel(), table.getItem(row).getText(1), when + ": label of row " + row);
        }
    }

    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int begin = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && begin < 0) {
                begin = i;
            } else if (!letter && begin >= 0) {
                words.add(new int[] { begin, i });
                begin = -1;
            }
        }
        return words;
    }

    private static void settle(Display display) throws InterruptedException {
        long until = System.currentTimeMillis() + 60;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                Thread.sleep(5);
            }
        }
    }
}
