package org.glossa.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.settings.UserSettings;
import org.glossa.core.storage.ProjectStore;
import org.glossa.io.article.ImportArticlesOperation;
import org.glossa.io.article.ImportOptions;
import org.glossa.model.Document;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.Fixtures;
import org.glossa.ui.EditorState;
import org.glossa.ui.prefs.EditorPreferences;
import org.glossa.ui.workbench.WorkbenchRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zoom by real key presses (xdotool) in the real workbench: Ctrl+= and Ctrl++ zoom in, Ctrl+- out, Ctrl+0 back to
 * 100%, through the application model's commands and bindings; the editor's font follows at once and the zoom is in
 * the user's settings file, so the next start has it.
 */
class EditorZoomWorkbenchTest {
    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        System.clearProperty(UserSettings.DIRECTORY_PROPERTY);
    }

    @Test
    void zoomKeysChangeTheFontAndAreRemembered() throws Exception {
        XdoTool.require();
        Path project = dir.resolve("project");
        ProjectStore store = ProjectStore.create(project, "zoom", NewsSchema.create());
        new ImportArticlesOperation(store, List.of(Fixtures.shared("corpus").resolve("000_82ac7b063d7f1cf3.txt")),
                ImportOptions.defaults()).execute(new NullProgressMonitor());
        store.close();
        Path settings = dir.resolve("settings");
        System.setProperty(UserSettings.DIRECTORY_PROPERTY, settings.toString());
        int[] heights = new int[5];
        WorkbenchRun.on(project, "alice", (application, display) -> zoom(application, display, heights));
        int base = EditorPreferences.DEFAULTS.fontHeight();
        assertEquals(base, heights[0], "100%");
        assertEquals(Math.round(base * 1.10f), heights[1], "Ctrl+= : 110%");
        assertEquals(Math.round(base * 1.25f), heights[2], "Ctrl++ : 125%");
        assertEquals(Math.round(base * 1.10f), heights[3], "Ctrl+- : 110%");
        assertEquals(base, heights[4], "Ctrl+0 : 100%");
        String saved = Files.readString(settings.resolve("settings.properties"));
        assertTrue(saved.contains("editor.zoom=100"), saved);
    }

    private void zoom(MApplication application, Display display, int[] heights) throws Exception {
        XdoTool keys = new XdoTool(display);
        EModelService models = application.getContext().get(EModelService.class);
        EditorState state = application.getContext().get(EditorState.class);
        EditorPreferences preferences = application.getContext().get(EditorPreferences.class);
        MWindow window = (MWindow) models.find("org.glossa.ui.window.main", application);
        Shell shell = (Shell) window.getWidget();
        EditingSession session = application.getContext().get(EditingSession.class);
        Document document = session.store().project().getDocuments().get(0);
        state.openDocument(document);
        DocumentEditor editor = state.editor();
        StyledText text = editor.textWidget();
        keys.focus(shell, text);
        heights[0] = height(editor);
        String[] presses = { "ctrl+equal", "ctrl+plus", "ctrl+minus", "ctrl+0" };
        int[] zooms = { 110, 125, 110, 100 };
        for (int i = 0; i < presses.length; i++) {
            keys.keys(presses[i]);
            int expected = zooms[i];
            keys.waitUntil(() -> preferences.values().zoomPercent() == expected,
                    presses[i] + " to set the zoom to " + expected + "% (it is " + preferences.values().zoomPercent() + "%)");
            heights[i + 1] = height(editor);
            if (i == 1) {
                ScreenshotSupport.save(shell, "workbench-zoom-125");
            }
        }
        assertEquals(100, EditorPreferences.load().values().zoomPercent(), "the settings file has the zoom");
    }

    private static int height(DocumentEditor editor) {
        return editor.textFont().getFontData()[0].getHeight();
    }
}
