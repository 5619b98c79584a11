package org.glossa.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.ProjectCorpus;
import org.glossa.ui.EditorState;
import org.glossa.ui.StatusLine;
import org.glossa.ui.dialogs.KeyboardShortcutsDialog;
import org.glossa.ui.editor.AttributePicker;
import org.glossa.ui.editor.ScreenshotSupport;
import org.glossa.ui.editor.XdoTool;
import org.glossa.ui.parts.DocumentPart;
import org.glossa.ui.workbench.WorkbenchRun;
import org.glossa.ui.workbench.Widgets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keyboard-complete, with real key events (xdotool) in the real workbench: Save, Undo, Redo and Find are bindings of
 * the application model that work from every part (the editor no longer handles them itself); Ctrl+F7 cycles the
 * parts and each gets the keyboard; the shortcut sheet lists the model's bindings and the editor's keys, filters by
 * typing and gives the keyboard back on Esc; attributes are set by Alt+Down and the quick-pick, each one undoable
 * command, the schema default shown while unset; Ctrl+L in link mode switches to the next link type; closing the
 * schema editor or the export wizard gives the keyboard to the text; the find bar finds as you type, Down / Up step
 * through matches, Esc restores the selection and Enter leaves the match selected in the text; Tab / Shift+Tab step
 * through names.
 */
class KeyboardWorkbenchTest {
    private static final String TEXT = "Home | World\n\nMayor Ines Calloway said: \u201cThe Meridian bridge opens in May.\u201d"
            + " The council in Port Alder voted for it.\n\nMost read\n";
    private static final int BODY_BEGIN = TEXT.indexOf("Mayor");
    private static final int BODY_END = TEXT.indexOf("\n\nMost read");

    @TempDir
    Path dir;

    @Test
    void globalKeysFromEveryPartShortcutSheetAttributesAndLinkTypes() throws Exception {
        XdoTool.require();
        Path project = dir.resolve("project");
        ProjectStore store = ProjectStore.create(project, "keys", NewsSchema.create());
        ProjectCorpus.addDocument(store, "bridge", "Meridian bridge", TEXT, BODY_BEGIN, BODY_END);
        store.save();
        store.close();
        WorkbenchRun.on(project, "alice", this::scenario);
    }

    private void scenario(MApplication application, Display display) throws Exception {
        XdoTool keys = new XdoTool(display);
        EModelService models = application.getContext().get(EModelService.class);
        EPartService parts = application.getContext().get(EPartService.class);
        EditingSession session = application.getContext().get(EditingSession.class);
        EditorState state = application.getContext().get(EditorState.class);
        StatusLine statusLine = application.getContext().get(StatusLine.class);
        MWindow window = (MWindow) models.find("org.glossa.ui.window.main", application);
        Shell shell = (Shell) window.getWidget();
        MPart corpusPart = (MPart) models.find("org.glossa.ui.part.corpus", application);
        MPart documentPart = (MPart) models.find(DocumentPart.ID, application);
        MPart annotationsPart = (MPart) models.find("org.glossa.ui.part.annotations", application);
        Table corpus = Widgets.find((Composite) corpusPart.getWidget(), Table.class);
        Document bridge = session.store().document("bridge").orElseThrow();

        parts.activate(corpusPart);
        corpus.setSelection(0);
        keys.focus(shell, corpus);
        keys.keys("Return");
        StyledText text = state.editor().textWidget();
        keys.waitUntil(() -> state.document() == bridge && text.isFocusControl(), "Enter to open the document");
        AnnotationSet set = session.set(bridge);

        // a span made in the editor; then Ctrl+F7 to the annotations part, whose table gets the keyboard
        keys.keys("ctrl+shift+Right", "ctrl+shift+Right", "1");
        keys.waitUntil(() -> set.getSpans().size() == 1, "the hot key to label the selected words");
        keys.keys("ctrl+F7");
        Table spansTable = Widgets.find((Composite) annotationsPart.getWidget(), Table.class);
        keys.waitUntil(() -> parts.getActivePart() == annotationsPart && spansTable.isFocusControl(),
                "Ctrl+F7 to activate the next part, the annotations, with the keyboard in its table (focus: "
                        + display.getFocusControl() + ")");

        // Undo and Redo (both keys) from the annotations table act on the editing session
        keys.keys("ctrl+z");
        keys.waitUntil(() -> set.getSpans().isEmpty(), "Ctrl+Z in the annotations table to undo the span");
        keys.keys("ctrl+shift+z");
        keys.waitUntil(() -> set.getSpans().size() == 1, "Ctrl+Shift+Z in the annotations table to redo it");
        assertTrue(spansTable.isFocusControl(), "the keyboard stays where it was");

        // Ctrl+Shift+F7 twice goes back over the document to the corpus list; Save, Undo, Redo work there too
        keys.keys("ctrl+shift+F7", "ctrl+shift+F7");
        keys.waitUntil(() -> parts.getActivePart() == corpusPart && corpus.isFocusControl(),
                "Ctrl+Shift+F7 twice back to the corpus list (focus: " + display.getFocusControl() + ")");
        keys.keys("ctrl+s");
        keys.waitUntil(() -> !documentPart.isDirty(), "Ctrl+S in the corpus list to save");
        keys.keys("ctrl+z");
        keys.waitUntil(() -> set.getSpans().isEmpty() && documentPart.isDirty(), "Ctrl+Z in the corpus list");
        keys.keys("ctrl+y");
        keys.waitUntil(() -> set.getSpans().size() == 1 && !documentPart.isDirty(), "Ctrl+Y in the corpus list");

        // Ctrl+F from the corpus list: the editor's find bar has the keyboard; typing selects the first match at once,
        // Down / Up go to the next / previous match, Esc gives the keyboard and the old selection back to the text
        keys.keys("ctrl+f");
        keys.waitUntil(() -> display.getFocusControl() instanceof Text t && t.getMessage().startsWith("Find"),
                "Ctrl+F in the corpus list to open the find bar with the keyboard in it (focus: "
                        + display.getFocusControl() + ")");
        Point before = text.getSelection();
        keys.keys("o");
        keys.waitUntil(() -> text.getSelectionText().equalsIgnoreCase("o"), "typing to select the first match");
        int first = text.getSelection().x;
        keys.keys("Down");
        keys.waitUntil(() -> text.getSelectionText().equalsIgnoreCase("o") && text.getSelection().x != first,
                "Down for the next match");
        assertEquals(TEXT.toLowerCase().indexOf('o', first + 1), text.getSelection().x, "the next match");
        keys.keys("Up");
        keys.waitUntil(() -> text.getSelection().x == first, "Up for the previous match");
        keys.keys("Escape");
        keys.waitUntil(() -> text.isFocusControl() && text.getSelection().equals(before),
                "Esc in the find bar to give the keyboard and the previous selection back to the text");
        // Enter closes the bar with the match selected in the text, which has the keyboard
        keys.keys("ctrl+f");
        keys.waitUntil(() -> display.getFocusControl() instanceof Text t && t.getMessage().startsWith("Find"),
                "Ctrl+F again");
        keys.keys("b", "r", "i", "Return");
        keys.waitUntil(text::isFocusControl, "Enter in the find bar to give the keyboard back to the text");
        assertEquals("bri", text.getSelectionText().toLowerCase(), "the match is selected");

        // the quotation around the match by Alt+Shift+Up, a quote by its hot key; its type shows the default
        keys.keys("alt+shift+Up", "alt+shift+Up", "q");
        keys.waitUntil(() -> quote(set) != null, "Alt+Shift+Up twice and q to make a quote of the quotation");
        SpanAnnotation quote = quote(set);
        String quoted = TEXT.substring(quote.getBegin(), quote.getEnd());
        assertTrue(quoted.equals("The Meridian bridge opens in May.") || quoted.equals("The Meridian bridge opens in May"),
                "the quotation between the marks (the snapping may leave out the full stop): " + quoted);
        MPart propertiesPart = (MPart) models.find("org.glossa.ui.part.properties", application);
        keys.waitUntil(() -> typeCombo(propertiesPart) != null
                && "direct (default)".equals(typeCombo(propertiesPart).getText()),
                "the properties part to show the schema default of the quote's type");

        // Alt+Down: the next type; the quick-pick (Ctrl+Enter): filtered by typing, Enter sets, each one command
        keys.keys("alt+Down");
        keys.waitUntil(() -> "indirect".equals(quote.getAttributes().get("type")), "Alt+Down to set the next type");
        keys.waitUntil(() -> "indirect".equals(typeCombo(propertiesPart).getText()), "the properties part to follow");
        keys.keys("ctrl+Return");
        keys.waitUntil(() -> AttributePicker.openShell(text) != null && display.getFocusControl() instanceof Text
                && display.getFocusControl().getShell() == AttributePicker.openShell(text),
                "Ctrl+Enter to open the quick-pick with the keyboard in its filter (focus: " + display.getFocusControl()
                        + ")");
        Table choices = Widgets.find(AttributePicker.openShell(text), Table.class);
        assertEquals(3, choices.getItemCount(), "the quote's three types");
        assertTrue(choices.getItem(0).getText().equals("type = direct (default)"), choices.getItem(0).getText());
        ScreenshotSupport.save(shell, "keys-attribute-quick-pick");
        keys.keys("m", "i", "x");
        keys.waitUntil(() -> choices.getItemCount() == 1, "typing to filter the quick-pick");
        keys.keys("Return");
        keys.waitUntil(() -> "mixed".equals(quote.getAttributes().get("type")) && AttributePicker.openShell(text) == null
                && text.isFocusControl(), "Enter to set the picked type and give the keyboard back to the text");
        keys.keys("ctrl+z");
        keys.waitUntil(() -> "indirect".equals(quote.getAttributes().get("type")), "one Ctrl+Z to undo one pick");
        keys.keys("ctrl+Return");
        keys.waitUntil(() -> AttributePicker.openShell(text) != null, "the quick-pick again");
        keys.keys("Escape");
        keys.waitUntil(() -> AttributePicker.openShell(text) == null && text.isFocusControl(),
                "Esc to cancel the quick-pick and give the keyboard back to the text");
        assertEquals("indirect", quote.getAttributes().get("type"), "cancelled: nothing changed");

        // Ctrl+L links the speaker; Ctrl+L again switches to the cue, and the status line says so
        keys.keys("ctrl+l");
        keys.waitUntil(() -> statusLine.text().contains("choose the speaker"), "Ctrl+L: link mode for the speaker");
        keys.keys("ctrl+l");
        keys.waitUntil(() -> statusLine.text().contains("choose the cue"), "Ctrl+L again: the cue (status: "
                + statusLine.text() + ")");
        keys.keys("Escape");

        // Help → Keyboard Shortcuts: the model's bindings and the editor's keys, filtered by typing, Esc gives back
        keys.keys("ctrl+shift+l");
        keys.waitUntil(() -> KeyboardShortcutsDialog.openSheet(shell) != null
                && display.getFocusControl() instanceof Text
                && display.getFocusControl().getShell() == KeyboardShortcutsDialog.openSheet(shell),
                "Ctrl+Shift+L to open the shortcut sheet with the keyboard in its filter (focus: "
                        + display.getFocusControl() + ")");
        Shell sheet = KeyboardShortcutsDialog.openSheet(shell);
        Table rows = Widgets.find(sheet, Table.class);
        List<String> all = listed(rows);
        // the keys as the platform's formatter writes them (on GTK: "Shift+Ctrl+Z")
        for (String expected : List.of(key("M1+S") + " — Save", key("M1+Z") + " — Undo", key("M1+Y") + " — Redo",
                key("M1+M2+Z") + " — Redo", key("M1+F") + " — Find in Document",
                key("M1+M2+L") + " — Keyboard Shortcuts", key("M1+F7") + " — Next Part",
                key("M1+M2+F7") + " — Previous Part", "1 — Label PER (Entity); with Shift: exactly as selected",
                "Q — Label QUOTE (Quote); with Shift: exactly as selected")) {
            assertTrue(all.contains(expected), expected + " is listed: " + all);
        }
        String tabKeys = key("TAB") + " / " + key("M2+TAB") + " — Select the next / previous name not yet labelled";
        assertTrue(all.stream().anyMatch(r -> r.startsWith(tabKeys)), tabKeys + " is listed: " + all);
        String linkKey = key("M1+L") + " — Link";
        assertTrue(all.stream().anyMatch(r -> r.startsWith(linkKey)), all.toString());
        ScreenshotSupport.save(sheet, "keys-shortcut-sheet");
        keys.keys("r", "e", "d", "o");
        keys.waitUntil(() -> listed(rows).size() == 2, "typing \"redo\" to keep the two Redo keys");
        assertTrue(listed(rows).stream().allMatch(r -> r.endsWith("— Redo")), listed(rows).toString());
        // the find bar's keys are listed too, readable in the sheet's columns
        keys.keys("BackSpace", "BackSpace", "BackSpace", "BackSpace", "f", "i", "n", "d", "space", "b", "a", "r");
        keys.waitUntil(() -> listed(rows).size() == 3, "typing \"find bar\" to keep the find bar's three rows: "
                + listed(rows));
        assertTrue(listed(rows).stream().allMatch(r -> r.contains("— In the find bar")), listed(rows).toString());
        ScreenshotSupport.save(sheet, "keys-shortcut-sheet-find-bar");
        keys.keys("Escape");
        keys.waitUntil(() -> KeyboardShortcutsDialog.openSheet(shell) == null && text.isFocusControl(),
                "Esc to close the sheet and give the keyboard back to the text (focus: " + display.getFocusControl() + ")");
        assertNull(KeyboardShortcutsDialog.openSheet(shell));
        assertNotNull(state.editor());

        // the schema editor and the export wizard, opened from the corpus list, closed by Esc: the text has the keyboard
        // (they are opened through the command, as their menu items do; the UI thread is then in the dialog's loop)
        for (String command : List.of("org.glossa.ui.command.schema", "org.glossa.ui.command.export")) {
            keys.keys("ctrl+shift+F7");
            keys.waitUntil(corpus::isFocusControl, "Ctrl+Shift+F7 from the text to the corpus list");
            DialogCloser closer = new DialogCloser(display, shell);
            closer.start();
            EHandlerService handlers = application.getContext().get(EHandlerService.class);
            ECommandService commands = application.getContext().get(ECommandService.class);
            handlers.executeHandler(commands.createCommand(command, null));
            assertNull(closer.failure(keys), command);
            keys.waitUntil(text::isFocusControl, "closing the dialog of " + command + " to give the keyboard to the text"
                    + " (focus: " + display.getFocusControl() + ")");
        }

        // Tab / Shift+Tab step through the names (the title "Mayor" left out), the status line counts them;
        // the text keeps the keyboard, Ctrl+Tab leaves it
        keys.keys("ctrl+Home", "Tab", "Tab", "Tab");
        keys.waitUntil(() -> text.getSelectionText().equals("Ines Calloway") && text.isFocusControl(),
                "Tab three times to the third name");
        assertEquals("Name 3 of 6: Ines Calloway (Tab / Shift+Tab)", statusLine.text());
        ScreenshotSupport.save(shell, "keys-tab-to-name");
        keys.keys("shift+Tab");
        keys.waitUntil(() -> text.getSelectionText().equals("World"), "Shift+Tab back to the second name");
        assertEquals("Name 2 of 6: World (Tab / Shift+Tab)", statusLine.text());
        assertTrue(text.isFocusControl(), "Shift+Tab keeps the keyboard in the text");
        keys.keys("ctrl+Tab");
        keys.waitUntil(() -> !text.isFocusControl(), "Ctrl+Tab to leave the text (focus: " + display.getFocusControl()
                + ")");
    }

    private static SpanAnnotation quote(AnnotationSet set) {
        return set.getSpans().stream().filter(s -> s.getLabel().equals("QUOTE")).findFirst().orElse(null);
    }

    /** The properties part's combo of the quote's type (its first combo). */
    private static Combo typeCombo(MPart propertiesPart) {
        Control widget = (Control) propertiesPart.getWidget();
        return widget instanceof Composite c ? Widgets.find(c, Combo.class) : null;
    }

    private static String key(String modelKeySequence) throws ParseException {
        return KeySequence.getInstance(modelKeySequence).format();
    }

    private static List<String> listed(Table rows) {
        return java.util.Arrays.stream(rows.getItems()).map(i -> i.getText(1) + " — " + i.getText(2)).toList();
    }
}
