package org.glossa.review.adjudication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.review.adjudication.AutoAdjudicationResult.Adjudicated;
import org.glossa.review.adjudication.AutoAdjudicationResult.LeftOut;
import org.glossa.testing.CraftedStudy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one auto-adjudication rule that the command line and the workbench share, on a project on disk: the crafted
 * three-annotator document and a second document that only dave annotated.
 */
class AutoAdjudicateOperationTest {
    private static final String LONE_TEXT = "Dave read the Harbor Times in Oslo.";

    @TempDir
    Path dir;
    private CraftedStudy crafted;
    private Document lone;
    private EditingSession gold;

    @BeforeEach
    void setUp() throws Exception {
        crafted = new CraftedStudy(dir);
        lone = crafted.corpus.add("harbor", LONE_TEXT);
        AnnotationSet daves = crafted.store().annotations(lone, "dave");
        Spans.add(daves, NewsSchema.ENTITY, "GPE", LONE_TEXT.indexOf("Oslo"), LONE_TEXT.indexOf("Oslo") + 4, "dave",
                Origin.MANUAL);
        crafted.store().save();
        gold = EditingSession.forGold(crafted.store(), "curator");
    }

    @Test
    void withoutAQuorumEveryAnnotatorOfADocumentMustAgreeAndLoneDocumentsAreLeftOut() throws Exception {
        AutoAdjudicationResult result = run(new AutoAdjudicationRequest(List.of("riverton", "harbor"), List.of(),
                List.of(), null));
        Adjudicated riverton = assertInstanceOf(Adjudicated.class, result.documents().get(0));
        assertEquals(CraftedStudy.ANNOTATORS, riverton.annotators());
        assertEquals(3, riverton.quorum(), "all annotators of the document");
        assertEquals(3, riverton.added());
        assertEquals(7, riverton.undecided());
        assertEquals(new LeftOut("harbor", List.of("dave"), 2), result.documents().get(1));
        assertEquals(3, result.added());
        assertEquals(7, result.undecided());
        assertEquals(1, result.leftOut());
        assertEquals(Set.of("Entity PER Ortiz", "Cue CUE said", "Quote QUOTE \"We are ahead of schedule,\""),
                describe(gold.set(crafted.document)));
        assertTrue(gold.set(lone).getSpans().isEmpty());
    }

    @Test
    void aQuorumOfTwoCarriesTheLinksThatTwoVersionsShareAndIsSavedToDisk() throws Exception {
        AutoAdjudicationResult result = run(new AutoAdjudicationRequest(List.of("riverton"), List.of(), List.of(), 2));
        Adjudicated riverton = (Adjudicated) result.documents().get(0);
        assertEquals(2, riverton.quorum());
        assertEquals(7, riverton.added());
        assertEquals(3, riverton.undecided());
        gold.save();
        AnnotationSet reopened = ProjectStore.open(dir).annotations(crafted.document, "gold");
        SpanAnnotation quote = reopened.getSpans().stream().filter(s -> s.getLayer().equals(NewsSchema.QUOTE))
                .findFirst().orElseThrow();
        assertEquals(List.of("speaker -> Ortiz", "cue -> said"), quote.getLinks().stream()
                .map(l -> l.getType() + " -> " + covered(l.getTarget())).toList());
        assertTrue(reopened.getSpans().stream().allMatch(s -> s.getOrigin() == Origin.ADJUDICATED));
    }

    @Test
    void overlappingVersionsInALayerWithoutOverlapsGoToTheOneWithMoreSupport() throws Exception {
        run(new AutoAdjudicationRequest(List.of("riverton"), List.of(NewsSchema.ENTITY), List.of(), 1));
        Set<String> entities = describe(gold.set(crafted.document));
        assertTrue(entities.contains("Entity PER Lena Ortiz"), "alice and carol against bob: " + entities);
        assertFalse(entities.contains("Entity PER Mayor Lena Ortiz"), entities.toString());
        assertTrue(entities.contains("Entity ORG Riverton Gazette"), entities.toString());
        int secondRiverton = CraftedStudy.offset("Riverton", 2);
        assertTrue(gold.set(crafted.document).getSpans().stream()
                .noneMatch(s -> s.getBegin() == secondRiverton && s.getEnd() == secondRiverton + "Riverton".length()),
                "bob's Riverton inside the Gazette has less support");
        assertTrue(entities.stream().allMatch(s -> s.startsWith("Entity ")), "only the layer asked for");
    }

    @Test
    void onlyRequestedAnnotatorsWithASetOnTheDocumentCount() throws Exception {
        // as the workbench asks: the study's annotators, of whom only some annotated each document
        AutoAdjudicationResult result = run(new AutoAdjudicationRequest(List.of("riverton", "harbor"), List.of(),
                List.of("alice", "carol", "dave"), 2));
        Adjudicated riverton = (Adjudicated) result.documents().get(0);
        assertEquals(List.of("alice", "carol"), riverton.annotators());
        assertTrue(describe(gold.set(crafted.document)).contains("Claim CLAIM costs doubled"));
        assertEquals(new LeftOut("harbor", List.of("dave"), 2), result.documents().get(1),
                "dave alone cannot reach a quorum of 2");
    }

    @Test
    void eachDocumentIsOneUndoStepAndARunAgainAddsNothing() throws Exception {
        AutoAdjudicationRequest request = new AutoAdjudicationRequest(List.of("riverton"), List.of(), List.of(), 2);
        run(request);
        assertEquals(0, run(request).added());
        gold.undo();
        gold.undo();
        assertEquals(Set.of(), describe(gold.set(crafted.document)));
    }

    @Test
    void refusesUnknownLayersAndDocumentsGoldAsASourceAndAQuorumBelowOne() {
        assertThrows(IllegalArgumentException.class,
                () -> run(new AutoAdjudicationRequest(List.of("riverton"), List.of("Nonsense"), List.of(), 2)));
        assertThrows(IllegalArgumentException.class,
                () -> run(new AutoAdjudicationRequest(List.of("nowhere"), List.of(), List.of(), 2)));
        assertThrows(IllegalArgumentException.class,
                () -> new AutoAdjudicationRequest(List.of(), List.of(), List.of("gold"), 2));
        assertThrows(IllegalArgumentException.class, () -> new AutoAdjudicationRequest(List.of(), List.of(), List.of(), 0));
    }

    private AutoAdjudicationResult run(AutoAdjudicationRequest request) throws Exception {
        return new AutoAdjudicateOperation(gold, request).execute(new NullProgressMonitor());
    }

    private static Set<String> describe(AnnotationSet set) {
        Set<String> spans = new TreeSet<>();
        set.getSpans().forEach(s -> spans.add(s.getLayer() + " " + s.getLabel() + " " + covered(s)));
        return spans;
    }

    private static String covered(SpanAnnotation span) {
        return CraftedStudy.TEXT.substring(span.getBegin(), span.getEnd());
    }
}
