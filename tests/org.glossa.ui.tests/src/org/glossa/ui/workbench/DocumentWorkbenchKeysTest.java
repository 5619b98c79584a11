package org.glossa.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.ProjectCorpus;
import org.glossa.ui.EditorState;
import org.glossa.ui.StatusLine;
import org.glossa.ui.editor.ScreenshotSupport;
import org.glossa.ui.editor.XdoTool;
import org.glossa.ui.parts.CorpusPart;
import org.glossa.ui.parts.DocumentPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first minutes of an annotator in the real workbench, by keyboard only, with real key events (xdotool): the
 * first start registers the name without leaving anything to save; Enter in the corpus list opens a document with
 * the caret in its text, so a word selected by keyboard is labelled by its hot key at once; Ctrl+S, undo and redo
 * move the part's dirty mark exactly with the unsaved changes.
 */
class DocumentWorkbenchKeysTest {
    private static final String MENU = "Home | World | Sport\n\n";
    private static final String BODY = "Ines Calloway said the Meridian bridge will open in May. The council in Port"
            + " Alder voted for it on Tuesday.";
    private static final String TEXT = MENU + BODY + "\n\nMost read\nShare this story\n";

    @TempDir
    Path dir;

    @AfterEach
    void forgetProject() {
        System.clearProperty("glossa.project");
        System.clearProperty("glossa.annotator");
    }

    @Test
    void keyboardOnlyFromTheCorpusListToALabelledAndSavedSpan() throws Exception {
        XdoTool.require();
        Path project = dir.resolve("project");
        ProjectStore store = ProjectStore.create(project, "keys", NewsSchema.create());
        add(store, "bridge", "Council backs the Meridian bridge", TEXT, MENU.length(), MENU.length() + BODY.length());
        add(store, "festival", "Lantern festival", "The lantern festival starts on Friday.", 0, 38);
        store.save();
        store.close(); // the workbench takes the project's lock
        assertEquals("1", NewsSchema.create().getLayers().get(0).getLabels().stream()
                .filter(l -> l.getName().equals("PER")).findFirst().orElseThrow().getHotKey(), "PER's hot key");

        System.setProperty("glossa.project", project.toString());
        System.setProperty("glossa.annotator", "newcomer"); // not registered yet: a first start
        List<Path> shots = new ArrayList<>();
        WorkbenchRun.run((application, display) -> scenario(application, display, project, shots));
        assertEquals(1, shots.size());
        assertTrue(Files.size(shots.get(0)) > 10_000, "a real picture was saved");
    }

    private void scenario(MApplication application, Display display, Path project, List<Path> shots) throws Exception {
        XdoTool keys = new XdoTool(display);
        EModelService models = application.getContext().get(EModelService.class);
        EPartService parts = application.getContext().get(EPartService.class);
        EditingSession session = application.getContext().get(EditingSession.class);
        EditorState state = application.getContext().get(EditorState.class);
        StatusLine statusLine = application.getContext().get(StatusLine.class);
        MWindow window = (MWindow) models.find("org.glossa.ui.window.main", application);
        MPart documentPart = (MPart) models.find(DocumentPart.ID, application);
        Shell shell = (Shell) window.getWidget();

        // the first start registered the annotator, and saved that at once: quitting has nothing to ask
        assertTrue(ProjectStore.open(project).project().getAnnotators().stream()
                .anyMatch(a -> a.getName().equals("newcomer")), "the new annotator is in project.xmi on disk");
        assertFalse(documentPart.isDirty(), "registering is not an unsaved change");
        assertEquals(List.of(), dialogsWhileQuitting(display, window, shell), "quitting after the first start asked");

        // Enter in the corpus list opens the document and gives its text the keyboard
        MPart corpusPart = (MPart) models.find("org.glossa.ui.part.corpus", application);
        parts.activate(corpusPart);
        assertTrue(corpusPart.getObject() instanceof CorpusPart);
        Table corpus = Widgets.find((Composite) corpusPart.getWidget(), Table.class);
        Document bridge = session.store().document("bridge").orElseThrow();
        corpus.setSelection(indexOf(corpus, bridge.getTitle()));
        keys.focus(shell, corpus);
        keys.keys("Return");
        StyledText text = state.editor().textWidget();
        keys.waitUntil(() -> state.document() == bridge && text.isFocusControl(),
                "Enter in the corpus list to open the document with the keyboard in its text (focus is on "
                        + display.getFocusControl() + ")");
        assertEquals(bridge.getBodyBegin(), text.getCaretOffset(), "the caret is at the start of the body");
        assertFalse(documentPart.isDirty(), "opening a document changes nothing");
        assertEquals(bridge.getTitle(), tabText(documentPart));
        assertFalse(statusLine.text().contains("unsaved"), statusLine.text());

        // two words selected by keyboard, then PER's hot key: the span is in the model
        keys.keys("ctrl+shift+Right", "ctrl+shift+Right", "1");
        AnnotationSet set = session.set(bridge);
        keys.waitUntil(() -> !set.getSpans().isEmpty(),
                "the hot key 1 to label the words selected by keyboard (the keys went elsewhere)");
        SpanAnnotation person = session.set(bridge).getSpans().get(0);
        assertEquals(NewsSchema.ENTITY, person.getLayer());
        assertEquals("PER", person.getLabel());
        assertEquals("Ines Calloway", TEXT.substring(person.getBegin(), person.getEnd()));
        assertEquals("newcomer", person.getCreatedBy());
        keys.waitUntil(documentPart::isDirty, "the part to be dirty after a change");
        assertEquals("*" + bridge.getTitle(), tabText(documentPart));
        assertTrue(statusLine.text().contains("unsaved changes"), statusLine.text());
        shots.add(ScreenshotSupport.save(shell, "workbench-keyboard-labelled"));

        // Ctrl+S saves through the part: no dirty mark any more, and the span is on disk
        keys.keys("ctrl+s");
        keys.waitUntil(() -> !documentPart.isDirty(), "Ctrl+S to clear the dirty mark");
        assertEquals(bridge.getTitle(), tabText(documentPart));
        ProjectStore reopened = ProjectStore.open(project);
        assertEquals(1, reopened.annotations(reopened.document("bridge").orElseThrow(), "newcomer").getSpans().size());

        // undoing the saved change is a change; redoing it comes back to the saved state
        keys.keys("ctrl+z");
        keys.waitUntil(documentPart::isDirty, "Ctrl+Z to make the part dirty");
        assertTrue(session.set(bridge).getSpans().isEmpty());
        assertEquals("*" + bridge.getTitle(), tabText(documentPart));
        keys.keys("ctrl+y");
        keys.waitUntil(() -> !documentPart.isDirty(), "Ctrl+Y back to the saved state to clear the dirty mark");
        assertEquals(1, session.set(bridge).getSpans().size());
        assertEquals(List.of(), dialogsWhileQuitting(display, window, shell), "quitting after saving asked");
    }

    /**
     * Asks the window's close handler, as Quit and the window's close box do, whether the workbench may close; any
     * dialog it opens is noted and closed (a save prompt blocks in its own event loop).
     */
    private static List<String> dialogsWhileQuitting(Display display, MWindow window, Shell workbench) {
        List<String> dialogs = new ArrayList<>();
        boolean[] asking = {true};
        Runnable watch = new Runnable() {
            @Override
            public void run() {
                if (!asking[0]) {
                    return;
                }
                for (Shell shell : display.getShells()) {
                    if (shell != workbench && shell.isVisible()) {
                        dialogs.add(shell.getText());
                        shell.close();
                    }
                }
                display.timerExec(100, this);
            }
        };
        display.timerExec(100, watch);
        boolean closes;
        try {
            closes = window.getContext().get(IWindowCloseHandler.class).close(window);
        } finally {
            asking[0] = false;
        }
        if (!closes && dialogs.isEmpty()) {
            dialogs.add("(refused without a dialog)");
        }
        return dialogs;
    }

    /** The text of the part's tab: the workbench puts a '*' before the label of a dirty part. */
    private static String tabText(MPart part) {
        Control widget = (Control) part.getWidget();
        for (Control c = widget; c != null; c = c.getParent()) {
            if (c.getParent() instanceof CTabFolder folder) {
                for (CTabItem item : folder.getItems()) {
                    if (item.getControl() == c) {
                        return item.getText();
                    }
                }
            }
        }
        throw new AssertionError("no tab for " + part.getElementId());
    }

    private static int indexOf(Table table, String title) {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getText(1).equals(title)) {
                return i;
            }
        }
        throw new AssertionError(title + " is not listed");
    }

    private static void add(ProjectStore store, String id, String title, String text, int bodyBegin, int bodyEnd)
            throws Exception {
        assertNotNull(ProjectCorpus.addDocument(store, id, title, text, bodyBegin, bodyEnd));
    }
}
