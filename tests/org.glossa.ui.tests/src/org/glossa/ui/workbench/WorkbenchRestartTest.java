package org.glossa.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.glossa.core.settings.UserSettings;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.ProjectCorpus;
import org.glossa.ui.EditorState;
import org.glossa.ui.editor.ScreenshotSupport;
import org.glossa.ui.editor.XdoTool;
import org.glossa.ui.prefs.EditorPreferences;
import org.glossa.ui.prefs.EditorPreferences.Palette;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the workbench remembers across a restart, with the same user settings, as the product does: the preferences
 * set in Edit > Preferences (the zoom typed with real keys, OK pressed with a real key), the window's size, the
 * layout's sash weights and the last document with its caret.
 */
class WorkbenchRestartTest {
    private static final String TEXT = "The council met in Lyon on Monday. The mayor spoke first; the talks went on late.";
    private static final String CORPUS_STACK = "org.glossa.ui.stack.corpus";

    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        System.clearProperty(UserSettings.DIRECTORY_PROPERTY);
    }

    @Test
    void preferencesLayoutAndLastDocumentSurviveARestart() throws Exception {
        XdoTool.require();
        Path project = dir.resolve("project");
        try (ProjectStore store = ProjectStore.create(project, "Restart", NewsSchema.create())) {
            for (int i = 0; i < 3; i++) {
                ProjectCorpus.addDocument(store, "doc-" + i, "Title " + i, TEXT, 0, TEXT.length());
            }
            store.save();
        }
        System.setProperty(UserSettings.DIRECTORY_PROPERTY, dir.resolve("settings").toString());
        WorkbenchRun.on(project, "alice", new TestApplicationContext(true), this::firstDay);
        WorkbenchRun.on(project, "alice", new TestApplicationContext(true), this::nextDay);
    }

    private void firstDay(MApplication application, Display display) throws Exception {
        XdoTool keys = new XdoTool(display);
        IEclipseContext context = application.getContext();
        MWindow window = window(application);
        Shell shell = (Shell) window.getWidget();
        EditorPreferences preferences = context.get(EditorPreferences.class);
        assertEquals(EditorPreferences.DEFAULTS, preferences.values(), "a new user's preferences");

        List<Throwable> failures = new ArrayList<>();
        AnnotatorAtHomeTest.answerNextDialog(display, shell, dialog -> {
            try {
                Spinner zoom = Widgets.find(dialog, Spinner.class);
                keys.focus(dialog, zoom);
                keys.keys("ctrl+a", "1", "5", "0");
                List<Combo> combos = all(dialog, Combo.class);
                choose(combos.get(0), "High contrast");
                choose(combos.get(1), "Exactly as selected");
                choose(combos.get(2), "Every 5 minutes");
                ScreenshotSupport.save(dialog, "preferences-dialog");
                Button ok = all(dialog, Button.class).stream()
                        .filter(b -> IDialogConstants.OK_LABEL.equals(b.getText())).findFirst().orElseThrow();
                keys.focus(dialog, ok);
                keys.keys("Return");
            } catch (Throwable e) {
                failures.add(e);
                dialog.close();
            }
        });
        AnnotatorAtHomeTest.execute(window, "org.glossa.ui.command.preferences");
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.get(0));
        }
        EditorPreferences.Values chosen = preferences.values();
        assertEquals(150, chosen.zoomPercent());
        assertEquals(Palette.HIGH_CONTRAST, chosen.palette());
        assertFalse(chosen.snapToWords());
        assertEquals(300, chosen.autosaveSeconds());

        // the day's place: a document with its caret, a narrower corpus column (as dragging the sash leaves it), the
        // window's size
        EditorState state = context.get(EditorState.class);
        state.openDocument(context.get(ProjectStore.class).document("doc-1").orElseThrow());
        state.editor().textWidget().setCaretOffset(30);
        corpusStack(application).setContainerData("1700");
        shell.setSize(1100, 780);
        keys.waitUntil(() -> window.getWidth() == 1100 && window.getHeight() == 780, "the window's model to follow its size");
    }

    private void nextDay(MApplication application, Display display) {
        XdoTool keys = new XdoTool(display);
        IEclipseContext context = application.getContext();
        EditorPreferences.Values values = context.get(EditorPreferences.class).values();
        assertEquals(150, values.zoomPercent());
        assertEquals(Palette.HIGH_CONTRAST, values.palette());
        assertFalse(values.snapToWords());
        assertEquals(300, values.autosaveSeconds());

        EditorState state = context.get(EditorState.class);
        keys.waitUntil(() -> state.document() != null, "the last document to be opened again");
        assertEquals("doc-1", state.document().getId());
        assertEquals(30, state.editor().textWidget().getCaretOffset());
        assertEquals("1700", corpusStack(application).getContainerData());
        MWindow window = window(application);
        assertEquals(1100, window.getWidth());
        assertEquals(780, window.getHeight());
        assertEquals(1100, ((Shell) window.getWidget()).getSize().x);
    }

    private static MWindow window(MApplication application) {
        EModelService models = application.getContext().get(EModelService.class);
        return (MWindow) models.find("org.glossa.ui.window.main", application);
    }

    private static MPartStack corpusStack(MApplication application) {
        EModelService models = application.getContext().get(EModelService.class);
        return (MPartStack) models.find(CORPUS_STACK, application);
    }

    private static void choose(Combo combo, String item) {
        int index = combo.indexOf(item);
        if (index < 0) {
            throw new AssertionError(item + " is not offered: " + List.of(combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(org.eclipse.swt.SWT.Selection, new Event());
    }

    private static <T extends Control> List<T> all(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(all(composite, type));
            }
        }
        return found;
    }
}
