package org.glossa.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.glossa.agreement.report.AgreementAnalysis;
import org.glossa.agreement.report.AgreementReport;
import org.glossa.agreement.report.AgreementReport.PairReport;
import org.glossa.agreement.report.FigureFormat;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.ops.CreateProjectOperation;
import org.glossa.core.storage.ProjectStore;
import org.glossa.io.article.ImportArticlesOperation;
import org.glossa.io.article.ImportOptions;
import org.glossa.io.brat.BratFormat;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.schema.NewsSchema;
import org.glossa.review.diff.Disagreement;
import org.glossa.review.diff.DisagreementKind;
import org.glossa.review.study.DefaultScope;
import org.glossa.review.study.StudyLoader;
import org.glossa.testing.DemoAnnotations;
import org.glossa.testing.Fixtures;
import org.glossa.ui.EditorState;
import org.glossa.ui.editor.ScreenshotSupport;
import org.glossa.ui.editor.XdoTool;
import org.glossa.ui.parts.AgreementPart;
import org.glossa.ui.parts.DisagreementsPart;
import org.glossa.ui.workbench.WorkbenchRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real workbench in review mode on the demo project with the three demo annotators and two more who worked on
 * other documents: the Agreement part opens on the comparison the headless default chooses and shows the same
 * figures as the headless analysis, computed in the background; Enter on a pair opens the walker on its
 * disagreements, whose keys (real key events, by xdotool) work at once; they walk the differences and decide them into
 * gold, Ctrl+S saves, undo takes a decision back. Screenshots of both parts.
 */
class ReviewWorkbenchTest {
    private static final long WAIT_MILLIS = 20_000;

    @TempDir
    Path dir;

    @Test
    void agreementPartAndDisagreementWalkerInReviewMode() throws Exception {
        XdoTool.require();
        Path project = dir.resolve("demo");
        ProjectStore store = new CreateProjectOperation(project, "Glossa demo").execute();
        new ImportArticlesOperation(store, List.of(Fixtures.demoCorpus()), ImportOptions.defaults()).execute(new NullProgressMonitor());
        DemoAnnotations.importInto(store, new FormatRegistry(List.of(new BratFormat())), dir);
        DemoAnnotations.addOtherAnnotators(store); // dave and erin: everyone together shares no document
        store.save();
        store.close(); // the workbench takes the project's lock
        DefaultScope scope = DefaultScope.of(ProjectStore.open(project), List.of());
        assertEquals(List.of("alice", "bob", "carol"), scope.annotators());
        AgreementReport expected = AgreementAnalysis.analyse("demo", new StudyLoader(ProjectStore.open(project))
                .load(scope.scope(List.of(NewsSchema.ENTITY)), null), null);

        System.setProperty("glossa.project", project.toString());
        System.setProperty("glossa.annotator", "reviewer");
        System.setProperty("glossa.review", "true");
        try {
            run(expected);
        } finally {
            System.clearProperty("glossa.review");
        }
    }

    private void run(AgreementReport expected) throws Exception {
        List<Path> shots = new ArrayList<>();
        WorkbenchRun.run((application, display) -> scenario(application, display, expected, shots));
        assertEquals(3, shots.size());
        for (Path shot : shots) {
            assertTrue(Files.size(shot) > 10_000, "a real picture was saved: " + shot);
        }
    }

    private void scenario(MApplication application, Display display, AgreementReport expected, List<Path> shots)
            throws Exception {
        XdoTool keys = new XdoTool(display);
        EModelService models = application.getContext().get(EModelService.class);
        EPartService partService = application.getContext().get(EPartService.class);
        MPart agreementModel = (MPart) models.find(AgreementPart.ID, application);
        partService.activate(agreementModel);
        AgreementPart agreement = (AgreementPart) agreementModel.getObject();
        assertNotNull(agreement, "the Agreement part is created in review mode");
        keys.waitUntil(() -> agreement.report() != null && !agreement.computing(), "agreement computed");

        // review mode opens on a comparison, the one the headless default chooses, with its figures
        assertEquals(List.of("harbor-bridge-vote", "rail-strike-talks"), agreement.report().documents());
        assertEquals(List.of("alice", "bob", "carol"), agreement.report().annotators());
        assertTrue(agreement.statusText().startsWith("2 documents by alice, bob, carol"), agreement.statusText());
        assertFalse(agreement.headlineText().contains("undefined"), agreement.headlineText());
        assertEquals(3, agreement.pairsTable().getItemCount());
        assertEquals("alice \u2194 bob", agreement.pairsTable().getItem(0).getText(0));
        for (int row = 0; row < 3; row++) {
            PairReport pair = expected.layers().get(0).pairs().get(row);
            assertEquals(fmt(pair.cohen().figure().doubleValue()), agreement.pairsTable().getItem(row).getText(1));
            assertEquals(fmt(pair.scott().figure().doubleValue()), agreement.pairsTable().getItem(row).getText(2));
            assertEquals(fmt(pair.exact().micro().f1().doubleValue()), agreement.pairsTable().getItem(row).getText(3));
        }
        assertEquals("Unitizing \u03b1 " + fmt(expected.layers().get(0).unitizing().overall().doubleValue()),
                agreement.headlineText().substring(0, agreement.headlineText().indexOf("    ")));
        assertEquals(expected.layers().get(0).labels().size(), agreement.labelsTable().getItemCount());
        assertTrue(agreement.notesText().startsWith("undefined \u2014 EVENT"), "nobody used EVENT, and the line"
                + " under the tables says so: " + agreement.notesText());
        Shell shell = agreement.pairsTable().getShell();
        EditorState state = application.getContext().get(EditorState.class);
        state.openDocument(application.getContext().get(ProjectStore.class).document("harbor-bridge-vote").orElseThrow());
        ScreenshotSupport.flush(display);
        assertEquals(3, agreement.pairsTable().getItemCount(), "all documents: opening one does not change the figures");
        assertRowNamesWhole(agreement.pairsTable());
        assertRowNamesWhole(agreement.labelsTable());
        shots.add(ScreenshotSupport.save(shell, "review-agreement"));

        // Enter on the first pair opens the walker on alice and bob's disagreements, and its keys work at once:
        // n right after Enter moves to the next difference
        keys.focus(shell, agreement.pairsTable());
        agreement.pairsTable().setSelection(0);
        keys.keys("Return", "n");
        MPart walkerModel = (MPart) models.find(DisagreementsPart.ID, application);
        keys.waitUntil(() -> walkerModel.getObject() != null, "Enter to open the walker");
        DisagreementsPart walker = (DisagreementsPart) walkerModel.getObject();
        keys.waitUntil(() -> !walker.disagreements().isEmpty(), "disagreements listed");
        keys.waitUntil(() -> walker.table().getSelectionIndex() == 1,
                "n, typed right after Enter, to select the second difference (the walker did not have the keyboard;"
                        + " focus: " + display.getFocusControl() + ")");
        assertTrue(walker.table().isFocusControl(), "the walker's list has the keyboard");
        List<Disagreement> listed = walker.disagreements();
        assertTrue(listed.stream().anyMatch(d -> d.kind() == DisagreementKind.BOUNDARY), listed.toString());
        assertTrue(listed.stream().anyMatch(d -> d.kind() == DisagreementKind.LABEL), listed.toString());
        assertEquals(listed.size(), walker.table().getItemCount());
        Disagreement first = listed.get(0);
        assertTrue(walker.versionA().headingText().startsWith("alice"), walker.versionA().headingText());
        assertTrue(walker.versionB().headingText().startsWith("bob"), walker.versionB().headingText());

        // keyboard: previous, then accept bob's version of the first difference into gold
        keys.keys("p");
        assertEquals(0, walker.table().getSelectionIndex());
        shots.add(ScreenshotSupport.save(shell, "review-disagreements"));
        assertFalse(walkerModel.isDirty(), "nothing decided yet");
        keys.keys("b");
        Document document = application.getContext().get(ProjectStore.class).document(first.documentId()).orElseThrow();
        ReviewState review = application.getContext().get(ReviewState.class);
        AnnotationSet gold = review.gold().set(document);
        if (first.versionB() != null) {
            assertTrue(gold.getSpans().stream().anyMatch(s -> s.getBegin() == first.versionB().begin()
                    && s.getEnd() == first.versionB().end() && s.getLabel().equals(first.versionB().label())),
                    "bob's version is in gold");
            assertEquals("bob", walker.table().getItem(0).getText(5));
        }
        assertEquals(1, walker.table().getSelectionIndex(), "a decision moves on to the next difference");
        assertTrue(walkerModel.isDirty(), "an unsaved gold decision marks the walker dirty");
        shots.add(ScreenshotSupport.save(shell, "review-adjudicated"));
        keys.keys("ctrl+s");
        keys.waitUntil(() -> !walkerModel.isDirty(), "Ctrl+S to save the gold decision");
        assertFalse(ProjectStore.open(application.getContext().get(ProjectStore.class).layout().root())
                .annotations(document, "gold").getSpans().isEmpty(), "gold is on disk");
        keys.keys("u");
        assertTrue(review.gold().set(document).getSpans().isEmpty(), "u undid the decision");
        assertTrue(walkerModel.isDirty(), "undoing a saved decision is a change");
        assertFalse(walker.goldLine().isEmpty());

        // e: edit the gold span by keyboard in a dialog (gold has none yet, so alice's version is taken first);
        // the end moves one character left with the arrow key, Enter applies
        walker.table().setSelection(0);
        Disagreement edited = walker.disagreements().get(0);
        List<String> dialogs = new ArrayList<>();
        display.timerExec(700, () -> {
            Shell dialog = display.getActiveShell();
            dialogs.add(dialog.getText());
            org.eclipse.swt.widgets.Spinner end = spinners(dialog).get(1);
            keys.focus(dialog, end);
            keys.keys("Down", "Return");
        });
        keys.keys("e");
        AnnotationSet goldSet = review.gold().set(document);
        keys.waitUntil(() -> !dialogs.isEmpty() && !goldSet.getSpans().isEmpty(),
                "the gold span edited in its dialog");
        assertEquals(List.of("Edit Gold Span"), dialogs);
        var editedSpan = review.gold().set(document).getSpans().get(0);
        assertEdited(edited.versionA() != null ? edited.versionA() : edited.versionB(), editedSpan, -1);
        review.gold().undo();
        review.gold().undo();
        assertTrue(review.gold().set(document).getSpans().isEmpty());

        // "Adjudicate Agreed Spans" runs the operation the CLI runs, with the report's documents and the quorum
        // (2 by default): what two of alice, bob and carol marked identically goes to gold
        button(shell, "Adjudicate Agreed Spans").notifyListeners(org.eclipse.swt.SWT.Selection,
                new org.eclipse.swt.widgets.Event());
        assertTrue(walker.messageLine().startsWith("Gold: ") && walker.messageLine().contains("(quorum 2, layer "),
                walker.messageLine());
        assertFalse(review.gold().set(document).getSpans().isEmpty(), walker.messageLine());
        assertTrue(walkerModel.isDirty(), "agreed spans in gold are unsaved decisions");
        while (!review.gold().set(document).getSpans().isEmpty() && review.gold().canUndo()) {
            review.gold().undo(); // one step per document
        }
        assertTrue(review.gold().set(document).getSpans().isEmpty(), "undo takes the agreed spans back");

        // annotations change: the reviewer marks a span on one article, and the figures are recomputed in the
        // background; the comparison stays on the two articles alice, bob and carol share
        keys.waitUntil(() -> !agreement.computing(), "quiet");
        AgreementReport before = agreement.report();
        EditingSession own = application.getContext().get(EditingSession.class);
        int at = own.store().text(document).indexOf("Corlett Hall");
        own.createSpan(document, NewsSchema.ENTITY, "LOC", at, at + "Corlett Hall".length());
        keys.waitUntil(() -> agreement.report() != before && !agreement.computing(), "recomputed after an edit");
        assertEquals(List.of("alice", "bob", "carol"), agreement.report().annotators());
        assertEquals(List.of("harbor-bridge-vote", "rail-strike-talks"), agreement.report().documents());
    }

    /** The column that names a row (a pair, a label) is as wide as every name in it: no pair is cut to "alice ↔". */
    private static void assertRowNamesWhole(org.eclipse.swt.widgets.Table table) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
        try {
            gc.setFont(table.getFont());
            for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
                int needed = gc.textExtent(item.getText(0)).x;
                assertTrue(table.getColumn(0).getWidth() >= needed, "'" + item.getText(0) + "' needs " + needed
                        + " pixels, its column is " + table.getColumn(0).getWidth());
            }
        } finally {
            gc.dispose();
        }
    }

    private static String fmt(double value) {
        return FigureFormat.fixed(value);
    }

    private static org.eclipse.swt.widgets.Button button(org.eclipse.swt.widgets.Composite parent, String text) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Button button && text.equals(button.getText())) {
                return button;
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                org.eclipse.swt.widgets.Button found = button(composite, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<org.eclipse.swt.widgets.Spinner> spinners(org.eclipse.swt.widgets.Composite parent) {
        List<org.eclipse.swt.widgets.Spinner> found = new ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Spinner spinner) {
                found.add(spinner);
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                found.addAll(spinners(composite));
            }
        }
        return found;
    }

    /** The gold span is the version with its end moved by {@code endShift}. */
    private static void assertEdited(org.glossa.agreement.study.SpanSnapshot version, org.glossa.model.SpanAnnotation gold,
            int endShift) {
        assertEquals(version.begin(), gold.getBegin());
        assertEquals(version.end() + endShift, gold.getEnd());
        assertEquals(version.label(), gold.getLabel());
    }
}
