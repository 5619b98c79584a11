package org.glossa.agreement.spanf1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.glossa.agreement.attribution.AttributionAgreement;
import org.glossa.agreement.confusion.ConfusionMatrix;
import org.glossa.agreement.study.LayerStudy;
import org.glossa.agreement.study.SpanSnapshot;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.CraftedStudy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Span F1, confusion and attribution on the crafted three-annotator document, figures worked out by hand. */
class SpanMeasuresTest {
    private static final double EPSILON = 1e-12;
    @TempDir
    Path dir;
    private CraftedStudy crafted;

    @BeforeEach
    void setUp() throws Exception {
        crafted = new CraftedStudy(dir);
    }

    @Test
    void exactF1CountsOnlyIdenticalSpans() throws Exception {
        LayerStudy entities = crafted.study(NewsSchema.ENTITY);
        F1Table exact = F1Table.exact(entities, 0, 1); // alice as reference, bob as response
        // identical: GPE Riverton, PER Ortiz; alice's Lena Ortiz and Gazette unmatched, bob's Mayor Lena Ortiz and Riverton (2) too
        assertEquals(new F1Counts(2, 2, 2), exact.micro());
        assertEquals(0.5, exact.micro().f1().doubleValue(), EPSILON);
        assertEquals(new F1Counts(1, 1, 1), exact.labels().get("PER"));
        assertEquals(new F1Counts(1, 1, 0), exact.labels().get("GPE"));
        assertEquals(new F1Counts(0, 0, 1), exact.labels().get("ORG"));
        assertFalse(exact.labels().get("LOC").f1().isDefined(), "a label nobody used has no F1");
        assertEquals((0.5 + 2.0 / 3 + 0) / 3, exact.macro().doubleValue(), EPSILON, "macro over labels either used");
        assertEquals("alice", exact.reference());
    }

    @Test
    void overlapF1MatchesSameLabelSpansSharingCharacters() throws Exception {
        F1Table overlap = F1Table.overlap(crafted.study(NewsSchema.ENTITY), 0, 1);
        assertEquals(new F1Counts(3, 1, 1), overlap.micro()); // Lena/Mayor Lena Ortiz now match
        assertEquals(0.75, overlap.micro().f1().doubleValue(), EPSILON);
        F1Table swapped = F1Table.overlap(crafted.study(NewsSchema.ENTITY), 1, 0);
        assertEquals(overlap.micro().precision(), swapped.micro().recall(), "roles swap precision and recall");
        assertEquals(overlap.micro().f1(), swapped.micro().f1());
    }

    @Test
    void confusionMatrixMatchesByOverlapRegardlessOfLabel() throws Exception {
        ConfusionMatrix confusion = ConfusionMatrix.of(crafted.study(NewsSchema.ENTITY), 0, 1);
        assertEquals("alice", confusion.rows());
        assertEquals("bob", confusion.columns());
        assertEquals(2, confusion.count("PER", "PER"));
        assertEquals(1, confusion.count("GPE", "GPE"));
        assertEquals(1, confusion.count("ORG", "GPE"), "Riverton Gazette (alice) against Riverton (bob)");
        assertEquals(ConfusionMatrix.NONE, confusion.labels().get(confusion.labels().size() - 1));
        assertEquals(0, confusion.count("none", "PER") + confusion.count("PER", "none"));
        ConfusionMatrix withCarol = ConfusionMatrix.of(crafted.study(NewsSchema.ENTITY), 0, 2);
        assertEquals(1, withCarol.count("GPE", "none"), "carol did not mark the first Riverton");
    }

    @Test
    void attributionComparesSpeakerTargetsOfMatchedQuotes() throws Exception {
        LayerStudy quotes = crafted.study(NewsSchema.QUOTE);
        AttributionAgreement aliceBob = AttributionAgreement.of(quotes, NewsSchema.SPEAKER, 0, 1);
        assertEquals(1, aliceBob.matched());
        assertEquals(0, aliceBob.agreeing(), "Ortiz against Mayor Lena Ortiz: no overlap");
        assertEquals(0.0, aliceBob.share().doubleValue());
        assertEquals(new F1Counts(0, 1, 1), aliceBob.pairs());
        AttributionAgreement aliceCarol = AttributionAgreement.of(quotes, NewsSchema.SPEAKER, 0, 2);
        assertEquals(1.0, aliceCarol.share().doubleValue());
        assertEquals(1.0, aliceCarol.pairs().f1().doubleValue());
        assertEquals(1.0, AttributionAgreement.of(quotes, NewsSchema.CUE_LINK, 0, 1).share().doubleValue());
        AttributionAgreement claims = AttributionAgreement.of(crafted.study(NewsSchema.CLAIM), NewsSchema.CLAIMANT, 0, 1);
        assertFalse(claims.share().isDefined(), "bob has no claim: nothing matched");
        assertEquals("no matched spans", claims.share().reason());
    }

    @Test
    void overlapMatchingIsGreedyByLargestOverlapThenPosition() {
        List<SpanSnapshot> reference = List.of(span(0, 10), span(12, 20));
        List<SpanSnapshot> response = List.of(span(5, 15), span(8, 30));
        // overlaps: r0-s0 5, r0-s1 2, r1-s0 3, r1-s1 8 -> r1-s1 first, then r0-s0
        assertEquals(List.of(0, 1), toList(SpanMatching.overlap(reference, response, true)));
        List<SpanSnapshot> tie = List.of(span(4, 8), span(0, 4)); // both share 2 characters with [2, 6)
        assertEquals(List.of(1), toList(SpanMatching.overlap(List.of(span(2, 6)), tie, true)),
                "equal overlaps: the earlier position wins");
        assertEquals(List.of(0, 1), toList(SpanMatching.exact(List.of(span(0, 4), span(0, 4)), List.of(span(0, 4), span(0, 4)))),
                "duplicates match one to one");
    }

    private static SpanSnapshot span(int begin, int end) {
        return new SpanSnapshot("s" + begin + "-" + end, begin, end, "Entity", "PER", Map.of(), List.of());
    }

    private static List<Integer> toList(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
