package org.glossa.review.adjudication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.glossa.core.edit.EditingSession;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Link;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.CraftedStudy;
import org.glossa.testing.JointStatementStudy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building gold from the crafted three-annotator document: automatic quorum, manual choices, links carried. */
class AdjudicatorTest {
    @TempDir
    Path dir;
    private CraftedStudy crafted;
    private EditingSession gold;
    private Adjudicator adjudicator;

    @BeforeEach
    void setUp() throws Exception {
        crafted = new CraftedStudy(dir);
        gold = EditingSession.forGold(crafted.store(), "curator");
        adjudicator = new Adjudicator(gold);
    }

    @Test
    void unanimousQuorumTakesOnlyWhatAllThreeMarkedAndTheLinksAllShare() throws Exception {
        AdjudicationResult result = adjudicator.auto(crafted.document, CraftedStudy.ANNOTATORS, List.of(), 3);
        assertEquals(Set.of("Entity PER Ortiz", "Cue CUE said", "Quote QUOTE \"We are ahead of schedule,\""),
                describe(gold.set(crafted.document)));
        SpanAnnotation quote = find(NewsSchema.QUOTE);
        assertEquals(List.of("cue -> said"), links(quote), "bob's speaker differs: no speaker link at quorum 3");
        assertEquals(7, result.undecided(), "Lena Ortiz, Mayor Lena Ortiz, Riverton twice, the Gazette, the claim, MENU");
        for (SpanAnnotation span : gold.set(crafted.document).getSpans()) {
            assertEquals(Origin.ADJUDICATED, span.getOrigin());
            assertEquals("curator", span.getCreatedBy());
        }
    }

    @Test
    void majorityQuorumCarriesSpeakerAndClaimantLinks() throws Exception {
        AdjudicationResult result = adjudicator.auto(crafted.document, CraftedStudy.ANNOTATORS, List.of(), 2);
        assertEquals(new TreeSet<>(Set.of("Entity PER Lena Ortiz", "Entity GPE Riverton", "Entity PER Ortiz",
                "Entity ORG Riverton Gazette", "Cue CUE said", "Quote QUOTE \"We are ahead of schedule,\"",
                "Claim CLAIM costs doubled")), new TreeSet<>(describe(gold.set(crafted.document))));
        assertEquals(3, result.undecided(), "bob's Mayor Lena Ortiz and Riverton (2), alice's MENU stay for the curator");
        assertEquals(List.of("speaker -> Ortiz", "cue -> said"), links(find(NewsSchema.QUOTE)));
        assertEquals(List.of("claimant -> Riverton Gazette"), links(find(NewsSchema.CLAIM)));
        assertEquals(0, adjudicator.auto(crafted.document, CraftedStudy.ANNOTATORS, List.of(), 2).created().size(),
                "running it again adds nothing");
        gold.undo();
        gold.undo();
        assertEquals(Set.of(), describe(gold.set(crafted.document)), "one undo step per run");
    }

    @Test
    void acceptingAnotherVersionReplacesTheGoldSpanAndMovesLinksToIt() throws Exception {
        adjudicator.auto(crafted.document, CraftedStudy.ANNOTATORS, List.of(), 2);
        SpanAnnotation bobsRiverton = version("bob", "GPE", CraftedStudy.offset("Riverton", 2));
        SpanAnnotation alicesGazette = version("alice", "ORG", CraftedStudy.offset("Riverton Gazette", 1));
        AdjudicationResult result = adjudicator.accept(crafted.document, bobsRiverton, List.of(alicesGazette));
        assertEquals(1, result.replaced());
        Set<String> spans = describe(gold.set(crafted.document));
        assertTrue(spans.contains("Entity GPE Riverton") && !spans.contains("Entity ORG Riverton Gazette"), spans.toString());
        assertEquals(List.of("claimant -> Riverton"), links(find(NewsSchema.CLAIM)), "the claimant link follows");
        gold.undo();
        assertEquals(List.of("claimant -> Riverton Gazette"), links(find(NewsSchema.CLAIM)));
        gold.redo();
        assertEquals(List.of("claimant -> Riverton"), links(find(NewsSchema.CLAIM)));
    }

    @Test
    void acceptingAQuoteBringsItsSpeakerAndCueAlong() throws Exception {
        SpanAnnotation bobsQuote = version("bob", "QUOTE", CraftedStudy.offset("\"We", 1));
        AdjudicationResult result = adjudicator.accept(crafted.document, bobsQuote, List.of());
        assertEquals(3, result.created().size());
        assertEquals(Set.of("Quote QUOTE \"We are ahead of schedule,\"", "Entity PER Mayor Lena Ortiz", "Cue CUE said"),
                describe(gold.set(crafted.document)));
        assertEquals(List.of("speaker -> Mayor Lena Ortiz", "cue -> said"), links(find(NewsSchema.QUOTE)));
        gold.save();
        AnnotationSet reopened = ProjectStore.open(dir).annotations(crafted.document, "gold");
        assertEquals(3, reopened.getSpans().size());
        assertTrue(reopened.isGold());
    }

    @Test
    void mergeSpansTheVersionsAndKeepsTheMajorityLabel() throws Exception {
        SpanAnnotation alices = version("alice", "PER", CraftedStudy.offset("Lena Ortiz", 1));
        SpanAnnotation bobs = version("bob", "PER", CraftedStudy.offset("Mayor", 1));
        SpanAnnotation carols = version("carol", "PER", CraftedStudy.offset("Lena Ortiz", 1));
        adjudicator.merge(crafted.document, List.of(alices, bobs, carols));
        assertEquals(Set.of("Entity PER Mayor Lena Ortiz"), describe(gold.set(crafted.document)));
        adjudicator.reject(crafted.document, List.of(alices, bobs, carols));
        assertEquals(Set.of(), describe(gold.set(crafted.document)));
    }

    @Test
    void votesAreCountedPerSpeakerOfAJointStatement(@TempDir Path jointDir) throws Exception {
        JointStatementStudy joint = new JointStatementStudy(jointDir);
        EditingSession jointGold = EditingSession.forGold(joint.store(), "curator");
        new Adjudicator(jointGold).auto(joint.document, JointStatementStudy.ANNOTATORS, List.of(NewsSchema.ENTITY,
                NewsSchema.QUOTE), 2);
        AnnotationSet set = jointGold.set(joint.document);
        assertEquals(List.of("speaker -> Kim", "speaker -> Halvorssen"), jointLinks(set, JointStatementStudy.Q1),
                "Kim has 3 votes, Halvorssen 2: both speakers of the joint statement");
        assertEquals(List.of("speaker -> Lee"), jointLinks(set, JointStatementStudy.Q2));
        assertEquals(List.of(), jointLinks(set, JointStatementStudy.Q3), "only bob names Park");
        assertEquals(List.of("speaker -> Moon"), jointLinks(set, JointStatementStudy.Q4), "Moon 2 votes, Choi 1");
        jointGold.save();

        jointGold.undo();
        new Adjudicator(jointGold).auto(joint.document, JointStatementStudy.ANNOTATORS, List.of(), 3);
        assertEquals(List.of("speaker -> Kim"), jointLinks(jointGold.set(joint.document), JointStatementStudy.Q1));
    }

    @Test
    void aTieOnALinkTypeThatAllowsOneIsLeftToTheCurator(@TempDir Path jointDir) throws Exception {
        JointStatementStudy joint = new JointStatementStudy(jointDir);
        EditingSession jointGold = EditingSession.forGold(joint.store(), "curator");
        // quorum 1: alice's cue "said" and bob's cue "insisted" of Q2 both have enough votes; the cue allows one
        AdjudicationResult result = new Adjudicator(jointGold).auto(joint.document, JointStatementStudy.ANNOTATORS,
                List.of(), 1);
        AnnotationSet set = jointGold.set(joint.document);
        assertEquals(List.of("speaker -> Lee"), jointLinks(set, JointStatementStudy.Q2));
        assertTrue(result.notes().contains("cue link left out: 2 targets have the votes, but the schema allows one cue"
                + " link per Quote span"), result.notes().toString());
        assertEquals(List.of("speaker -> Kim", "speaker -> Halvorssen"), jointLinks(set, JointStatementStudy.Q1));
        assertEquals(List.of("speaker -> Moon", "speaker -> Choi"), jointLinks(set, JointStatementStudy.Q4));
        jointGold.save(); // valid: one cue link at most
    }

    @Test
    void acceptingAJointStatementBringsEverySpeakerAndMergingKeepsTheSharedOnes(@TempDir Path jointDir) throws Exception {
        JointStatementStudy joint = new JointStatementStudy(jointDir);
        EditingSession jointGold = EditingSession.forGold(joint.store(), "curator");
        Adjudicator jointAdjudicator = new Adjudicator(jointGold);
        SpanAnnotation alices = jointQuote(joint.set("alice"), JointStatementStudy.Q1);
        SpanAnnotation bobs = jointQuote(joint.set("bob"), JointStatementStudy.Q1);
        jointAdjudicator.accept(joint.document, alices, List.of(bobs));
        assertEquals(List.of("speaker -> Kim", "speaker -> Halvorssen"), jointLinks(jointGold.set(joint.document),
                JointStatementStudy.Q1));
        jointGold.undo();
        jointAdjudicator.merge(joint.document, List.of(alices, bobs));
        assertEquals(List.of("speaker -> Kim"), jointLinks(jointGold.set(joint.document), JointStatementStudy.Q1),
                "a merge keeps the speakers all versions share");
    }

    private static SpanAnnotation jointQuote(AnnotationSet set, String words) {
        int begin = JointStatementStudy.offset(words);
        return set.getSpans().stream().filter(s -> s.getLayer().equals(NewsSchema.QUOTE) && s.getBegin() == begin)
                .findFirst().orElseThrow(() -> new AssertionError("no quote " + words));
    }

    private static List<String> jointLinks(AnnotationSet set, String quote) {
        return jointQuote(set, quote).getLinks().stream().map(l -> l.getType() + " -> "
                + JointStatementStudy.TEXT.substring(l.getTarget().getBegin(), l.getTarget().getEnd())).toList();
    }

    @Test
    void refusesABadQuorumAndNonGoldSessions() {
        assertThrows(IllegalArgumentException.class,
                () -> adjudicator.auto(crafted.document, CraftedStudy.ANNOTATORS, List.of(), 4));
        assertThrows(IllegalArgumentException.class,
                () -> new Adjudicator(new EditingSession(crafted.store(), "dave")));
    }

    private SpanAnnotation version(String annotator, String label, int begin) throws Exception {
        return crafted.set(annotator).getSpans().stream()
                .filter(s -> s.getLabel().equals(label) && s.getBegin() == begin).findFirst().orElseThrow();
    }

    private SpanAnnotation find(String layer) throws Exception {
        return gold.set(crafted.document).getSpans().stream().filter(s -> s.getLayer().equals(layer)).findFirst()
                .orElseThrow();
    }

    private static Set<String> describe(AnnotationSet set) {
        Set<String> spans = new java.util.HashSet<>();
        for (SpanAnnotation span : set.getSpans()) {
            spans.add(span.getLayer() + " " + span.getLabel() + " " + CraftedStudy.TEXT.substring(span.getBegin(), span.getEnd()));
        }
        return spans;
    }

    private static List<String> links(SpanAnnotation span) {
        return span.getLinks().stream().map(AdjudicatorTest::describe).toList();
    }

    private static String describe(Link link) {
        return link.getType() + " -> " + CraftedStudy.TEXT.substring(link.getTarget().getBegin(), link.getTarget().getEnd());
    }
}
