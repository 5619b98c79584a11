package org.glossa.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.glossa.agreement.diff.Disagreement;
import org.glossa.agreement.diff.DisagreementKind;
import org.glossa.agreement.report.AgreementAnalysis;
import org.glossa.agreement.report.AgreementReport;
import org.glossa.agreement.report.AgreementReport.PairReport;
import org.glossa.agreement.study.AgreementScope;
import org.glossa.agreement.study.StudyLoader;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.importer.ImportOptions;
import org.glossa.core.ops.CreateProjectOperation;
import org.glossa.core.ops.ImportArticlesOperation;
import org.glossa.core.storage.ProjectStore;
import org.glossa.io.brat.BratFormat;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.DemoAnnotations;
import org.glossa.testing.Fixtures;
import org.glossa.ui.EditorState;
import org.glossa.ui.editor.ScreenshotSupport;
import org.glossa.ui.editor.UiDriver;
import org.glossa.ui.parts.AgreementPart;
import org.glossa.ui.parts.DisagreementsPart;
import org.glossa.ui.workbench.WorkbenchRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real workbench in review mode on the demo project with the three demo annotators: the Agreement part computes
 * in the background and shows the same figures as the headless analysis; Enter on a pair opens the walker on its
 * disagreements; keys walk them and decide them into gold, undo takes a decision back. Screenshots of both parts.
 */
class ReviewWorkbenchTest {
    private static final long WAIT_MILLIS = 20_000;

    @TempDir
    Path dir;

    @Test
    void agreementPartAndDisagreementWalkerInReviewMode() throws Exception {
        Path project = dir.resolve("demo");
        ProjectStore store = new CreateProjectOperation(project, "Glossa demo").execute();
        new ImportArticlesOperation(store, List.of(Fixtures.demoCorpus()), ImportOptions.defaults()).execute(new NullProgressMonitor());
        DemoAnnotations.importInto(store, new FormatRegistry(List.of(new BratFormat())), dir);
        store.save();
        store.close(); // the workbench takes the project's lock
        AgreementReport expected = AgreementAnalysis.analyse("demo", new StudyLoader(ProjectStore.open(project))
                .load(new AgreementScope(List.of(NewsSchema.ENTITY), List.of(), List.of()), null), null);

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
        UiDriver ui = new UiDriver(display);
        EModelService models = application.getContext().get(EModelService.class);
        EPartService partService = application.getContext().get(EPartService.class);
        MPart agreementModel = (MPart) models.find(AgreementPart.ID, application);
        partService.activate(agreementModel);
        AgreementPart agreement = (AgreementPart) agreementModel.getObject();
        assertNotNull(agreement, "the Agreement part is created in review mode");
        waitUntil(display, () -> agreement.report() != null && !agreement.computing(), "agreement computed");

        // the part shows the figures of the headless analysis, computed in the background
        PairReport aliceBob = expected.layers().get(0).pair("alice", "bob");
        assertEquals(3, agreement.pairsTable().getItemCount());
        assertEquals("alice \u2194 bob", agreement.pairsTable().getItem(0).getText(0));
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", aliceBob.cohen().figure().doubleValue()),
                agreement.pairsTable().getItem(0).getText(1));
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", aliceBob.exact().micro().f1().doubleValue()),
                agreement.pairsTable().getItem(0).getText(3));
        assertEquals(expected.layers().get(0).labels().size(), agreement.labelsTable().getItemCount());
        Shell shell = agreement.pairsTable().getShell();
        EditorState state = application.getContext().get(EditorState.class);
        state.openDocument(application.getContext().get(ProjectStore.class).document("harbor-bridge-vote").orElseThrow());
        ScreenshotSupport.flush(display);
        assertEquals(3, agreement.pairsTable().getItemCount(), "all documents: opening one does not change the figures");
        shots.add(ScreenshotSupport.save(shell, "review-agreement"));

        // Enter on the first pair opens the walker on alice and bob's disagreements
        ui.focus(shell, agreement.pairsTable());
        agreement.pairsTable().setSelection(0);
        ui.key(SWT.CR);
        MPart walkerModel = (MPart) models.find(DisagreementsPart.ID, application);
        DisagreementsPart walker = (DisagreementsPart) walkerModel.getObject();
        assertNotNull(walker, "Enter opened the walker");
        waitUntil(display, () -> !walker.disagreements().isEmpty(), "disagreements listed");
        List<Disagreement> listed = walker.disagreements();
        assertTrue(listed.stream().anyMatch(d -> d.kind() == DisagreementKind.BOUNDARY), listed.toString());
        assertTrue(listed.stream().anyMatch(d -> d.kind() == DisagreementKind.LABEL), listed.toString());
        assertEquals(listed.size(), walker.table().getItemCount());
        Disagreement first = listed.get(0);
        assertTrue(walker.versionA().headingText().startsWith("alice"), walker.versionA().headingText());
        assertTrue(walker.versionB().headingText().startsWith("bob"), walker.versionB().headingText());

        // keyboard: next, previous, then accept bob's version of the first difference into gold
        ui.focus(shell, walker.table());
        walker.table().setSelection(0);
        ui.key('n');
        assertEquals(1, walker.table().getSelectionIndex());
        ui.key('p');
        assertEquals(0, walker.table().getSelectionIndex());
        shots.add(ScreenshotSupport.save(shell, "review-disagreements"));
        ui.key('b');
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
        shots.add(ScreenshotSupport.save(shell, "review-adjudicated"));
        ui.key('u');
        assertTrue(review.gold().set(document).getSpans().isEmpty(), "u undid the decision");
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
            end.forceFocus();
            ui.key(SWT.ARROW_DOWN);
            ui.key(SWT.CR);
        });
        ui.key('e');
        assertEquals(List.of("Edit Gold Span"), dialogs);
        var editedSpan = review.gold().set(document).getSpans().get(0);
        assertEdited(edited.versionA() != null ? edited.versionA() : edited.versionB(), editedSpan, -1);
        review.gold().undo();
        review.gold().undo();
        assertTrue(review.gold().set(document).getSpans().isEmpty());

        // annotations change: the reviewer marks a span, and the figures are recomputed in the background, now with
        // the reviewer as a fourth annotator on the one document all four annotated
        waitUntil(display, () -> !agreement.computing(), "quiet");
        AgreementReport before = agreement.report();
        EditingSession own = application.getContext().get(EditingSession.class);
        int at = own.store().text(document).indexOf("Corlett Hall");
        own.createSpan(document, NewsSchema.ENTITY, "LOC", at, at + "Corlett Hall".length());
        waitUntil(display, () -> agreement.report() != before && !agreement.computing(), "recomputed after an edit");
        assertEquals(java.util.Set.of("alice", "bob", "carol", "reviewer"), java.util.Set.copyOf(agreement.report().annotators()));
        assertEquals(List.of("harbor-bridge-vote"), agreement.report().documents());
        assertEquals(6, agreement.pairsTable().getItemCount());
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

    private static void waitUntil(Display display, BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }
}
