package org.glossa.review.adjudication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.agreement.report.AgreementAnalysis;
import org.glossa.agreement.report.AgreementReport;
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
        assertEquals("alice", curation.goldState(boundary));
        curation.decide(boundary, DisagreementDecisions.Choice.SECOND);
        assertEquals("bob", curation.goldState(boundary), "bob's version replaced alice's");
        assertEquals(1, gold(boundary).getSpans().size());
        curation.decide(boundary, DisagreementDecisions.Choice.NOTHING);
        assertEquals("\u2014", curation.goldState(boundary));
        assertEquals("nothing yet", curation.goldDescription(boundary));
        goldSession.undo();
        assertEquals("bob", curation.goldState(boundary));
    }

    @Test
    void mergeTakesTheWholeExtentAndMissingVersionsMeanNothing() throws Exception {
        Disagreement boundary = first(DisagreementKind.BOUNDARY);
        curation.decide(boundary, DisagreementDecisions.Choice.MERGE);
        int begin = Math.min(boundary.versionA().begin(), boundary.versionB().begin());
        int end = Math.max(boundary.versionA().end(), boundary.versionB().end());
        assertTrue(gold(boundary).getSpans().stream().anyMatch(s -> s.getBegin() == begin && s.getEnd() == end),
                curation.goldDescription(boundary));
        Disagreement missing = first(DisagreementKind.MISSING);
        DisagreementDecisions.Choice absentSide = missing.versionA() == null ? DisagreementDecisions.Choice.FIRST : DisagreementDecisions.Choice.SECOND;
        int before = gold(missing).getSpans().size();
        curation.decide(missing, absentSide);
        assertEquals(before, gold(missing).getSpans().size(), "taking the side that marked nothing adds nothing");
    }

    @Test
    void autoAdjudicationOverTheComparedDocuments() throws Exception {
        AgreementReport report = AgreementAnalysis.analyse("demo", new StudyLoader(store).load(
                new AgreementScope(List.of(), List.of(), List.of()), null), null);
        String summary = curation.auto(report, 3);
        assertTrue(summary.startsWith("Gold: "), summary);
        Disagreement label = first(DisagreementKind.LABEL);
        assertEquals("\u2014", curation.goldState(label), "a label difference is not agreed by all three");
        assertTrue(gold(label).getSpans().size() > 10);
    }

    private Disagreement first(DisagreementKind kind) {
        return aliceBob.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    private AnnotationSet gold(Disagreement d) throws Exception {
        Document document = store.document(d.documentId()).orElseThrow();
        return goldSession.set(document);
    }
}
