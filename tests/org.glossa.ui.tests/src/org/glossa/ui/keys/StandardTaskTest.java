package org.glossa.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.storage.ProjectStore;
import org.glossa.io.article.ImportArticlesOperation;
import org.glossa.io.article.ImportOptions;
import org.glossa.io.article.ImportReport;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.Fixtures;
import org.glossa.ui.EditorState;
import org.glossa.ui.StatusLine;
import org.glossa.ui.editor.ScreenshotSupport;
import org.glossa.ui.editor.XdoTool;
import org.glossa.ui.parts.DocumentPart;
import org.glossa.ui.workbench.WorkbenchRun;
import org.glossa.ui.workbench.Widgets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standard task of issue 14, by keyboard only with real key events (xdotool), on a seed article imported by the
 * real importer: from the corpus list, open the article; five entities; a quote with its speaker and its cue (span
 * and link); a claim with its claimant; one attribute (the claim's stance); save. The saved project files are
 * checked, and the keystrokes are counted and printed ("STANDARD TASK KEYSTROKES: N") with a breakdown per step.
 * <p>
 * The flow is the short one an experienced annotator would use: Tab selects the next name (a run of capitalised
 * words not yet a span) and a hot key labels it; for what is not a name, incremental find (Ctrl+F, letters until the
 * right match is selected, Enter) puts the selection in the text, snapping grows it to whole words and
 * Alt+Shift+Right by a word; Alt+Shift+Up grows a selection to the quotation or the sentence; Ctrl+L links, and
 * after Enter link mode goes on with the next link type still unset (the cue); Alt+Down steps the stance. Every intermediate selection is checked, so the count is honest.
 */
class StandardTaskTest {
    private static final String ARTICLE = "002_e0262cf501ceba14.txt";

    @TempDir
    Path dir;

    @Test
    void theStandardTaskByKeyboardIsSavedAndCounted() throws Exception {
        XdoTool.require();
        Path project = dir.resolve("project");
        ProjectStore store = ProjectStore.create(project, "standard task", NewsSchema.create());
        ImportReport report = new ImportArticlesOperation(store, List.of(Fixtures.shared("corpus").resolve(ARTICLE)),
                ImportOptions.defaults()).execute(new NullProgressMonitor());
        assertEquals(1, report.imported().size(), "the seed article is imported");
        String documentId = report.imported().get(0).id();
        store.save();
        store.close();

        String[] printed = new String[1];
        WorkbenchRun.on(project, "alice", (application, display) -> printed[0] = scenario(application, display, documentId));
        System.out.println(printed[0]);

        ProjectStore saved = ProjectStore.open(project);
        Document document = saved.document(documentId).orElseThrow();
        String text = saved.text(document);
        AnnotationSet set = saved.annotations(document, "alice");
        List<SpanAnnotation> spans = set.getSpans();
        SpanAnnotation king = only(spans, text, "PER", "Robert King");
        only(spans, text, "PER", "Barack Obama");
        SpanAnnotation pyongyang = only(spans, text, "GPE", "Pyongyang");
        SpanAnnotation source = only(spans, text, "PER", "one diplomatic source");
        only(spans, text, "ORG", "Yonhap News Agency");
        SpanAnnotation said = only(spans, text, "CUE", "said");
        assertNotNull(king);
        assertEquals(5, spans.stream().filter(s -> s.getLayer().equals(NewsSchema.ENTITY)).count(), "five entities");

        SpanAnnotation quote = one(spans, s -> s.getLabel().equals("QUOTE"), "one quote");
        String quoted = covered(text, quote);
        assertTrue(quoted.startsWith("We are exploring ways") && quoted.matches(".*on that,?"), quoted);
        assertEquals(List.of(NewsSchema.SPEAKER + "→" + source.getId(), NewsSchema.CUE_LINK + "→" + said.getId()),
                links(quote), "the quote's speaker and cue");

        SpanAnnotation claim = one(spans, s -> s.getLabel().equals("CLAIM"), "one claim");
        String claimed = covered(text, claim);
        assertTrue(claimed.startsWith("Pyongyang, however, rejects the accusations")
                && claimed.matches(".*to topple its regime\\.?"), claimed);
        assertEquals(List.of(NewsSchema.CLAIMANT + "→" + pyongyang.getId()), links(claim), "the claim's claimant");
        assertEquals("denies", claim.getAttributes().get("stance"), "the attribute set by keyboard");
        assertEquals(8, spans.size(), "nothing else was created");
        assertTrue(printed[0].startsWith("STANDARD TASK KEYSTROKES: "), printed[0]);
    }

    private String scenario(MApplication application, Display display, String documentId) throws Exception {
        XdoTool xdo = new XdoTool(display);
        Keystrokes keys = new Keystrokes(xdo);
        EModelService models = application.getContext().get(EModelService.class);
        EPartService parts = application.getContext().get(EPartService.class);
        EditingSession session = application.getContext().get(EditingSession.class);
        EditorState state = application.getContext().get(EditorState.class);
        StatusLine statusLine = application.getContext().get(StatusLine.class);
        MWindow window = (MWindow) models.find("org.glossa.ui.window.main", application);
        Shell shell = (Shell) window.getWidget();
        Document document = session.store().document(documentId).orElseThrow();

        // the annotator's starting point: the corpus list has the keyboard, the article is highlighted
        MPart corpusPart = (MPart) models.find("org.glossa.ui.part.corpus", application);
        parts.activate(corpusPart);
        Table corpus = Widgets.find((Composite) corpusPart.getWidget(), Table.class);
        corpus.setSelection(0);
        xdo.focus(shell, corpus);

        keys.step("open the article from the corpus list (Enter)");
        keys.press("Return");
        StyledText text = state.editor().textWidget();
        xdo.waitUntil(() -> state.document() == document && text.isFocusControl(), "the article to open with the"
                + " keyboard in its text (focus: " + display.getFocusControl() + ")");
        AnnotationSet set = session.set(document);

        keys.step("PER Robert King: Tab 5 times (U.S., North Korean, South Korean, Tuesday, Robert King), 1");
        tab(keys, 5);
        waitForSelection(xdo, text, "Robert King");
        assertTrue(statusLine.text().matches("Name \\d+ of \\d+: Robert King \\(Tab / Shift\\+Tab\\)"),
                statusLine.text());
        keys.press("1");
        waitForSpan(xdo, set, "PER", "Robert King", text);

        keys.step("GPE Pyongyang: find \"py\" (Ctrl+F, p, y, Enter), 4");
        find(xdo, keys, text, "py");
        keys.press("4");
        waitForSpan(xdo, set, "GPE", "Pyongyang", text);

        keys.step("CLAIM: Alt+Shift+Up twice (word, sentence), c");
        keys.press("alt+shift+Up", "alt+shift+Up", "c");
        xdo.waitUntil(() -> labelled(set, "CLAIM") != null, "the claim span");
        keys.step("claimant link: Ctrl+L, Enter (the nearest entity, Pyongyang)");
        keys.press("ctrl+l", "Return");
        xdo.waitUntil(() -> labelled(set, "CLAIM").getLinks().size() == 1, "the claimant link");
        keys.step("stance = denies: Alt+Down");
        keys.press("alt+Down");
        xdo.waitUntil(() -> "denies".equals(labelled(set, "CLAIM").getAttributes().get("stance")), "the stance");

        keys.step("PER Barack Obama: Tab 3 times (U.S., U.S., Barack Obama; Pyongyang is a span already), 1");
        tab(keys, 3);
        waitForSelection(xdo, text, "Barack Obama");
        keys.press("1");
        waitForSpan(xdo, set, "PER", "Barack Obama", text);

        keys.step("QUOTE: find \"we\", Alt+Shift+Up (the quotation), q");
        find(xdo, keys, text, "we");
        keys.press("alt+shift+Up", "q");
        xdo.waitUntil(() -> labelled(set, "QUOTE") != null, "the quote span");

        keys.step("CUE said: find \"sa\", u");
        find(xdo, keys, text, "sa");
        keys.press("u");
        waitForSpan(xdo, set, "CUE", "said", text);

        keys.step("PER one diplomatic source: find \"o\", 1, Alt+Shift+Right twice");
        find(xdo, keys, text, "o");
        keys.press("1", "alt+shift+Right", "alt+shift+Right");
        waitForSpan(xdo, set, "PER", "one diplomatic source", text);

        keys.step("speaker and cue links: Alt+Left twice (to the quote), Ctrl+L, Enter (speaker), Enter (then the cue)");
        keys.press("alt+Left", "alt+Left");
        xdo.waitUntil(() -> state.selectedSpan() == labelled(set, "QUOTE"), "the quote to be selected");
        keys.press("ctrl+l", "Return");
        xdo.waitUntil(() -> labelled(set, "QUOTE").getLinks().size() == 1
                && statusLine.text().contains("choose the cue"), "the speaker link, then link mode for the cue (status: "
                        + statusLine.text() + ")");
        keys.press("Return");
        xdo.waitUntil(() -> labelled(set, "QUOTE").getLinks().size() == 2, "the quote's speaker and cue links");

        keys.step("ORG Yonhap News Agency: Tab (the next name after the cue), 2");
        tab(keys, 1);
        waitForSelection(xdo, text, "Yonhap News Agency");
        keys.press("2");
        waitForSpan(xdo, set, "ORG", "Yonhap News Agency", text);

        MPart documentPart = (MPart) models.find(DocumentPart.ID, application);
        assertTrue(documentPart.isDirty());
        ScreenshotSupport.save(shell, "standard-task-done");
        keys.step("save: Ctrl+S");
        keys.press("ctrl+s");
        xdo.waitUntil(() -> !documentPart.isDirty(), "Ctrl+S to save");
        assertFalse(session.isDirty());
        return keys.report("STANDARD TASK");
    }

    /**
     * Ctrl+F, the letters (the find bar selects the first match from the caret as they are typed), Enter (the bar
     * closes, the match stays selected and the text has the keyboard): checked before the hot key follows.
     */
    private static void find(XdoTool xdo, Keystrokes keys, StyledText text, String letters) {
        keys.press("ctrl+f");
        keys.type(letters);
        keys.press("Return");
        xdo.waitUntil(() -> text.isFocusControl() && text.getSelectionText().equalsIgnoreCase(letters),
                "the match of \"" + letters + "\" selected in the text, which has the keyboard (selection: \""
                        + text.getSelectionText() + "\")");
    }

    /** Tab pressed {@code times}: the next name candidates. */
    private static void tab(Keystrokes keys, int times) {
        for (int i = 0; i < times; i++) {
            keys.press("Tab");
        }
    }

    private static void waitForSelection(XdoTool xdo, StyledText text, String selected) {
        xdo.waitUntil(() -> text.getSelectionText().equals(selected), "\"" + selected + "\" selected (selection: \""
                + text.getSelectionText() + "\")");
    }

    private static void waitForSpan(XdoTool xdo, AnnotationSet set, String label, String covered, StyledText text) {
        xdo.waitUntil(() -> set.getSpans().stream().anyMatch(s -> s.getLabel().equals(label)
                && text.getText().substring(s.getBegin(), s.getEnd()).equals(covered)),
                "a " + label + " span over \"" + covered + "\" (spans: " + describe(set, text) + ")");
    }

    private static String describe(AnnotationSet set, StyledText text) {
        return set.getSpans().stream().map(s -> s.getLabel() + " \"" + text.getText().substring(s.getBegin(), s.getEnd())
                + "\"").toList().toString();
    }

    private static SpanAnnotation labelled(AnnotationSet set, String label) {
        return set.getSpans().stream().filter(s -> s.getLabel().equals(label)).findFirst().orElse(null);
    }

    private static SpanAnnotation only(List<SpanAnnotation> spans, String text, String label, String covered) {
        return one(spans, s -> s.getLabel().equals(label) && covered(text, s).equals(covered), label + " " + covered);
    }

    private static SpanAnnotation one(List<SpanAnnotation> spans, Predicate<SpanAnnotation> test, String what) {
        List<SpanAnnotation> found = spans.stream().filter(test).toList();
        assertEquals(1, found.size(), what);
        return found.get(0);
    }

    private static String covered(String text, SpanAnnotation span) {
        return text.substring(span.getBegin(), span.getEnd());
    }

    private static List<String> links(SpanAnnotation span) {
        return span.getLinks().stream().map((Link l) -> l.getType() + "→" + l.getTarget().getId()).toList();
    }
}
