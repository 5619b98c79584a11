package org.glossa.review.adjudication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.agreement.study.AgreementScope;
import org.glossa.agreement.study.LayerStudy;
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
import org.glossa.review.diff.DisagreementFinder;
import org.glossa.review.diff.DisagreementKind;
import org.glossa.review.study.StudyLoader;
import org.glossa.testing.DemoAnnotations;
import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walker's decisions on the demo annotators' disagreements, as the keys a, b, m and r apply them to gold. */
class DisagreementDecisionsTest {
    @TempDir
    Path dir;
    private ProjectStore store;
    private EditingSession goldSession;
    private DisagreementDecisions curation;
    private List<Disagreement> aliceBob;

    @BeforeEach
    void demoProject() throws Exception {
        store = new CreateProjectOperation(dir.resolve("demo"), "demo").execute();
        new ImportArticlesOperation(store, List.of(Fixtures.demoCorpus()), ImportOptions.defaults()).execute(new NullProgressMonitor());
        DemoAnnotations.importInto(store, new FormatRegistry(List.of(new BratFormat())), dir);
        goldSession = EditingSession.forGold(store, "curator");
        curation = new DisagreementDecisions(new Adjudicator(goldSession));
        LayerStudy entities = new StudyLoader(store).load(new AgreementScope(List.of(NewsSchema.ENTITY), List.of(), List.of()), null)
                .get(0);
        aliceBob = DisagreementFinder.between(entities, 0, 1, null);
    }

    @Test
    void acceptingEitherVersionReplacesTheOtherInGold() throws Exception {
        Disagreement boundary = first(DisagreementKind.BOUNDARY);
        curation.decide(boundary, DisagreementDecisions.Choice.FIRST);
        GoldAtPlace first = curation.gold(boundary);
        assertTrue(first.holdsFirst() && !first.holdsSecond() && first.spans().size() == 1, first.toString());
        curation.decide(boundary, DisagreementDecisions.Choice.SECOND);
        GoldAtPlace second = curation.gold(boundary);
        assertTrue(second.holdsSecond() && !second.holdsFirst(), "bob's version replaced alice's: " + second);
        assertEquals(1, gold(boundary).getSpans().size());
        assertEquals(boundary.versionB().begin(), second.spans().get(0).getBegin());
        curation.decide(boundary, DisagreementDecisions.Choice.NOTHING);
        assertEquals(new GoldAtPlace(false, false, false, List.of()), curation.gold(boundary));
        goldSession.undo();
        assertTrue(curation.gold(boundary).holdsSecond());
    }

    @Test
    void mergeTakesTheWholeExtentAndMissingVersionsMeanNothing() throws Exception {
        Disagreement boundary = first(DisagreementKind.BOUNDARY);
        curation.decide(boundary, DisagreementDecisions.Choice.MERGE);
        int begin = Math.min(boundary.versionA().begin(), boundary.versionB().begin());
        int end = Math.max(boundary.versionA().end(), boundary.versionB().end());
        GoldAtPlace merged = curation.gold(boundary);
        assertTrue(merged.spans().stream().anyMatch(s -> s.getBegin() == begin && s.getEnd() == end), merged.toString());
        Disagreement missing = first(DisagreementKind.MISSING);
        DisagreementDecisions.Choice absentSide = missing.versionA() == null ? DisagreementDecisions.Choice.FIRST : DisagreementDecisions.Choice.SECOND;
        int before = gold(missing).getSpans().size();
        curation.decide(missing, absentSide);
        assertEquals(before, gold(missing).getSpans().size(), "taking the side that marked nothing adds nothing");
    }

    private Disagreement first(DisagreementKind kind) {
        return aliceBob.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    private AnnotationSet gold(Disagreement d) throws Exception {
        Document document = store.document(d.documentId()).orElseThrow();
        return goldSession.set(document);
    }
}
