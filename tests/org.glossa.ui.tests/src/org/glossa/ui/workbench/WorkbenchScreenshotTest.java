package org.glossa.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.ops.CreateProjectOperation;
import org.glossa.core.storage.ProjectStore;
import org.glossa.io.article.ImportArticlesOperation;
import org.glossa.io.article.ImportOptions;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.Fixtures;
import org.glossa.ui.EditorState;
import org.glossa.ui.editor.ScreenshotSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real workbench (Application.e4xmi, its parts and the life cycle) on the demo corpus, with
 * entities, a quote linked to its speaker and a claim linked to its claimant, and saves screenshots.
 */
class WorkbenchScreenshotTest {
    @TempDir
    Path dir;

    @Test
    void theWorkbenchShowsTheDemoProjectWithAllThreeLayers() throws Exception {
        Path project = dir.resolve("demo");
        ProjectStore store = new CreateProjectOperation(project, "Glossa demo").execute();
        new ImportArticlesOperation(store, List.of(Fixtures.demoCorpus()), ImportOptions.defaults()).execute(new NullProgressMonitor());
        Document bridge = store.document("harbor-bridge-vote").orElseThrow();
        String text = store.text(bridge);
        annotate(new EditingSession(store, "demo"), bridge, text);
        store.close(); // the workbench takes the project's lock

        System.setProperty("glossa.project", project.toString());
        System.setProperty("glossa.annotator", "demo");
        List<Path> shots = new ArrayList<>();
        WorkbenchRun.run((model, display) -> {
            EditorState state = model.getContext().get(EditorState.class);
            assertNotNull(state, "the life cycle put the editor state into the context");
            EditingSession session = model.getContext().get(EditingSession.class);
            Document document = session.store().document("harbor-bridge-vote").orElseThrow();
            state.openDocument(document);
            SpanAnnotation quote = session.set(document).getSpans().stream()
                    .filter(s -> s.getLayer().equals(NewsSchema.QUOTE)).findFirst().orElseThrow();
            state.selectSpan(quote);
            ScreenshotSupport.flush(display);
            Shell shell = display.getActiveShell() != null ? display.getActiveShell() : display.getShells()[0];
            shots.add(ScreenshotSupport.save(shell, "workbench-demo-all-layers"));
            assertTrue(shell.getText().contains("Glossa"), shell.getText());
        });
        assertEquals(1, shots.size());
        assertTrue(Files.size(shots.get(0)) > 10_000, "a real picture was saved");
    }

    /** Entities, a quote with its speaker and cue, and a claim with its claimant: all three layers on screen. */
    private static void annotate(EditingSession session, Document document, String text) throws Exception {
        int quoteBegin = text.indexOf("\"Tonight");
        int quoteEnd = text.indexOf("\"", quoteBegin + 1) + 1;
        SpanAnnotation quote = session.createSpan(document, NewsSchema.QUOTE, "QUOTE", quoteBegin, quoteEnd);
        session.setAttribute(quote, "type", "direct");
        SpanAnnotation cue = span(session, document, text, "said Mayor", 4, NewsSchema.CUE, "CUE");
        SpanAnnotation mayor = span(session, document, text, "Ines Calloway", 13, NewsSchema.ENTITY, "PER");
        session.link(quote, NewsSchema.SPEAKER, mayor);
        session.link(quote, NewsSchema.CUE_LINK, cue);
        int claimBegin = text.indexOf("The Alder Bay Dockworkers Union claims");
        int claimEnd = text.indexOf("months.", claimBegin) + "months.".length();
        SpanAnnotation claim = session.createSpan(document, NewsSchema.CLAIM, "CLAIM", claimBegin, claimEnd);
        SpanAnnotation union = span(session, document, text, "Alder Bay Dockworkers Union", 27, NewsSchema.ENTITY, "ORG");
        session.link(claim, NewsSchema.CLAIMANT, union);
        span(session, document, text, "Pier Nine", 9, NewsSchema.ENTITY, "LOC");
        span(session, document, text, "Corlett Hall", 12, NewsSchema.ENTITY, "LOC");
        span(session, document, text, "Teodor Brask", 12, NewsSchema.ENTITY, "PER");
        span(session, document, text, "Rosalind Okafor", 15, NewsSchema.ENTITY, "PER");
        span(session, document, text, "Valdorian", 9, NewsSchema.ENTITY, "NORP");
        session.save();
    }

    private static SpanAnnotation span(EditingSession session, Document document, String text, String phrase,
            int length, String layer, String label) {
        int at = text.indexOf(phrase, document.getBodyBegin());
        assertTrue(at >= 0, phrase);
        return session.createSpan(document, layer, label, at, at + length);
    }
}
