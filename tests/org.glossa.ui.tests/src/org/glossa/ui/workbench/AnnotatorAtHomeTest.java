package org.glossa.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.settings.UserSettings;
import org.glossa.core.storage.ProjectLockedException;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.ProjectCorpus;
import org.glossa.ui.EditorState;
import org.glossa.ui.ProjectSwitch;
import org.glossa.ui.editor.ScreenshotSupport;
import org.glossa.ui.editor.XdoTool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotator at home in the real workbench: File > Switch Annotator (the name typed with real keys) shows the
 * other annotator's set in every part and in the title; File > Open Project switches the same window to another
 * project, releasing the old lock, and refuses a project another writer holds, naming it; the corpus list's columns
 * and progress line show the annotator's figures.
 */
class AnnotatorAtHomeTest {
    private static final String TEXT = "Alice Moreau met Bob Lin in Lyon on Monday. The talks in Lyon went on late.";

    @TempDir
    Path dir;

    @BeforeEach
    void ownSettings() {
        System.setProperty(UserSettings.DIRECTORY_PROPERTY, dir.resolve("settings").toString());
    }

    @AfterEach
    void forget() {
        System.clearProperty(UserSettings.DIRECTORY_PROPERTY);
    }

    @Test
    void switchingAnnotatorAndProjectHappensInTheSameWindow() throws Exception {
        XdoTool.require();
        Path home = dir.resolve("home");
        try (ProjectStore store = ProjectStore.create(home, "Home project", NewsSchema.create())) {
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                documents.add(ProjectCorpus.addDocument(store, "doc-" + i, "Title " + i, TEXT, 0, TEXT.length()));
            }
            store.save();
            EditingSession alice = new EditingSession(store, "alice");
            alice.createSpan(documents.get(0), NewsSchema.ENTITY, "PER", 0, 12);
            alice.createSpan(documents.get(0), NewsSchema.ENTITY, "LOC", 28, 32);
            alice.setStatus(documents.get(1), AnnotationStatus.FINISHED);
            alice.setStatus(documents.get(2), AnnotationStatus.FINISHED);
            EditingSession bob = new EditingSession(store, "bob");
            bob.createSpan(documents.get(0), NewsSchema.ENTITY, "PER", 17, 24);
            alice.save();
        }
        Path other = dir.resolve("other");
        try (ProjectStore store = ProjectStore.create(other, "Other project", NewsSchema.create())) {
            ProjectCorpus.addDocument(store, "elsewhere-a", "Elsewhere A", TEXT, 0, TEXT.length());
            ProjectCorpus.addDocument(store, "elsewhere-b", "Elsewhere B", TEXT, 0, TEXT.length());
            store.save();
        }
        WorkbenchRun.on(home, "alice", (application, display) -> scenario(application, display, home, other));
    }

    private void scenario(MApplication application, Display display, Path home, Path other) throws Exception {
        XdoTool keys = new XdoTool(display);
        IEclipseContext context = application.getContext();
        EModelService models = context.get(EModelService.class);
        MWindow window = (MWindow) models.find("org.glossa.ui.window.main", application);
        Shell shell = (Shell) window.getWidget();
        keys.waitUntil(() -> shell.getText().contains("Home project"), "the title to name the project");
        assertEquals("Glossa \u2014 Home project \u2014 annotator alice", shell.getText());

        Table corpus = corpusTable(application);
        assertEquals(List.of("Id", "Title", "Spans", "Status"), headers(corpus));
        assertEquals(List.of("doc-0", "Title 0", "2", "in-progress"), settledRow(keys, corpus, 0));
        assertEquals(List.of("doc-1", "Title 1", "0", "finished"), settledRow(keys, corpus, 1));
        Label progress = progressLine(application);
        keys.waitUntil(() -> progress.getText().startsWith("Finished"), "the progress line to be counted");
        assertEquals("Finished 2 of 3 \u00b7 in progress 1", progress.getText());

        // reopening a finished document changes the figures at once
        EditingSession alice = context.get(EditingSession.class);
        Document second = alice.store().document("doc-1").orElseThrow();
        alice.setStatus(second, AnnotationStatus.IN_PROGRESS);
        assertEquals("Finished 1 of 3 \u00b7 in progress 2", progress.getText());
        alice.setStatus(second, AnnotationStatus.FINISHED);
        ScreenshotSupport.save(shell, "corpus-part-progress");

        EditorState state = context.get(EditorState.class);
        state.openDocument(alice.store().document("doc-0").orElseThrow());
        state.editor().textWidget().setCaretOffset(40);
        assertEquals(2, annotationsTable(application).getItemCount(), "alice's spans are listed");

        // File > Switch Annotator: bob, typed into the dialog with real keys; alice's unsaved status changes are saved
        // after asking (Return: the default answer)
        assertTrue(alice.isDirty());
        List<String> asked = new ArrayList<>();
        answerNextDialog(display, shell, dialog -> {
            asked.add(dialog.getText());
            keys.focus(dialog, Widgets.find(dialog, org.eclipse.swt.widgets.Combo.class));
            keys.keys("ctrl+a", "b", "o", "b", "Return");
            answerNextDialog(display, shell, question -> {
                asked.add(question.getText() + ": " + String.join(" ", labels(question)));
                keys.focus(question, question.getDefaultButton());
                keys.keys("Return");
            });
        });
        execute(window, "org.glossa.ui.command.switchannotator");
        keys.waitUntil(() -> "bob".equals(context.get(EditingSession.class).annotator()), "the switch to bob");
        assertEquals(2, asked.size(), asked.toString());
        assertEquals("Switch Annotator", asked.get(0));
        assertTrue(asked.get(1).contains("Save them and switch annotator?"), asked.get(1));
        assertFalse(alice.isDirty(), "alice's changes were saved");
        assertEquals("Glossa \u2014 Home project \u2014 annotator bob", shell.getText());
        assertEquals("bob", UserSettings.load().annotator().orElseThrow(), "the name is remembered");
        EditorState after = context.get(EditorState.class);
        assertEquals("doc-0", after.document().getId(), "the same document");
        assertEquals(40, after.editor().textWidget().getCaretOffset(), "the same caret");
        keys.waitUntil(() -> annotationsTable(application).getItemCount() == 1, "bob's one span to be listed");
        Table bobsCorpus = corpusTable(application);
        assertEquals(List.of("doc-0", "Title 0", "1", "in-progress"), settledRow(keys, bobsCorpus, 0));
        Label bobsProgress = progressLine(application);
        keys.waitUntil(() -> bobsProgress.getText().startsWith("Finished"), "bob's progress to be counted");
        assertEquals("Finished 0 of 3 \u00b7 in progress 1", bobsProgress.getText());

        // File > Open Project on a project another writer holds: refused, naming it; the open project stays
        EPartService parts = window.getContext().get(EPartService.class);
        ProjectSwitch switcher = new ProjectSwitch(shell, application, parts);
        List<String> refusal = new ArrayList<>();
        try (ProjectStore held = ProjectStore.openForWriting(other, "glossa annotations import")) {
            answerNextDialog(display, shell, dialog -> {
                refusal.add(String.join(" ", labels(dialog)));
                keys.keys("Return");
            });
            assertFalse(switcher.openProject(other), "a held project is not opened");
        }
        assertEquals(1, refusal.size());
        assertTrue(refusal.get(0).contains("glossa annotations import"), refusal.get(0));
        assertEquals(home, context.get(ProjectStore.class).layout().root());
        assertLocked(home, "the open project keeps its lock");

        // once free, it opens in the same window; the old project's lock is released
        assertTrue(switcher.openProject(other));
        assertSame(display, Display.getCurrent());
        assertSame(shell, window.getWidget(), "the same window");
        assertFalse(shell.isDisposed());
        assertEquals(other, context.get(ProjectStore.class).layout().root());
        Table otherCorpus = corpusTable(application);
        assertEquals(2, otherCorpus.getItemCount());
        assertEquals(List.of("elsewhere-a", "Elsewhere A", "0", "new"), settledRow(keys, otherCorpus, 0));
        assertEquals("Glossa \u2014 Other project \u2014 annotator bob", shell.getText());
        try (ProjectStore released = ProjectStore.openForWriting(home, "test")) {
            assertTrue(released.isWritable(), "the old project's lock was released");
        }
        assertLocked(other, "the workbench holds the new project's lock");
    }

    /** (assertThrows needs a JUnit package this fragment does not import) */
    private static void assertLocked(Path project, String why) throws java.io.IOException {
        try (ProjectStore store = ProjectStore.openForWriting(project, "test")) {
            throw new AssertionError(why + ": " + project + " could be opened for writing");
        } catch (ProjectLockedException expected) {
            assertTrue(expected.getMessage().contains(org.glossa.ui.ProjectLifeCycle.HOLDER), expected.getMessage());
        }
    }

    static Table corpusTable(MApplication application) {
        return Widgets.find(partWidget(application, "org.glossa.ui.part.corpus"), Table.class);
    }

    static Label progressLine(MApplication application) {
        return Widgets.find(partWidget(application, "org.glossa.ui.part.corpus"), Label.class);
    }

    private static Table annotationsTable(MApplication application) {
        return Widgets.find(partWidget(application, "org.glossa.ui.part.annotations"), Table.class);
    }

    static Composite partWidget(MApplication application, String id) {
        EModelService models = application.getContext().get(EModelService.class);
        return (Composite) ((MPart) models.find(id, application)).getWidget();
    }

    static List<String> headers(Table table) {
        List<String> headers = new ArrayList<>();
        for (var column : table.getColumns()) {
            headers.add(column.getText());
        }
        return headers;
    }

    /** The row's texts once its span count has been read. */
    static List<String> settledRow(XdoTool keys, Table table, int row) {
        keys.waitUntil(() -> !row(table, row).contains("\u2026"), "the span count of row " + row);
        return row(table, row);
    }

    static List<String> row(Table table, int row) {
        List<String> texts = new ArrayList<>();
        for (int column = 0; column < table.getColumnCount(); column++) {
            texts.add(table.getItem(row).getText(column));
        }
        return texts;
    }

    /** Once a dialog opens over the workbench's shell, runs {@code answer} with it (on the UI thread). */
    static void answerNextDialog(Display display, Shell workbench, java.util.function.Consumer<Shell> answer) {
        display.timerExec(200, new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell != workbench && !shell.isDisposed() && shell.isVisible()) {
                        answer.accept(shell);
                        return;
                    }
                }
                display.timerExec(100, this);
            }
        });
    }

    static List<String> labels(Composite parent) {
        List<String> texts = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label) {
                texts.add(label.getText());
            } else if (child instanceof Composite composite) {
                texts.addAll(labels(composite));
            }
        }
        return texts;
    }

    static void execute(MWindow window, String commandId) {
        IEclipseContext context = window.getContext();
        ParameterizedCommand command = context.get(ECommandService.class).createCommand(commandId, null);
        context.get(EHandlerService.class).executeHandler(command);
    }
}
