package org.glossa.agreement.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.glossa.agreement.spanf1.F1Counts;
import org.glossa.agreement.study.LayerStudy;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.JointStatementStudy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attribution agreement compares sets of speakers (see {@link JointStatementStudy} for who said what); the figures are
 * worked out by hand in each test.
 */
class JointAttributionTest {
    private static final double EPSILON = 1e-12;
    @TempDir
    Path dir;
    private LayerStudy quotes;

    @BeforeEach
    void setUp() throws Exception {
        quotes = new JointStatementStudy(dir).study(NewsSchema.QUOTE);
    }

    @Test
    void aliceAgainstBob() {
        // matched quotes Q1-Q3 (bob has no Q4). Q1 {Kim, Halvorssen} / {Kim}: partial; Q2 {Lee} / {Lee}: same set;
        // Q3 {} / {Park}: differs. Pairs: alice 2+1+0+2 = 5, bob 1+1+1 = 3; found: Kim in Q1, Lee in Q2 = 2.
        AttributionAgreement speakers = AttributionAgreement.of(quotes, NewsSchema.SPEAKER, 0, 1);
        assertEquals(3, speakers.matched());
        assertEquals(1, speakers.agreeing());
        assertEquals(1, speakers.partial());
        assertEquals(1.0 / 3, speakers.share().doubleValue(), EPSILON);
        assertEquals(new F1Counts(2, 1, 3), speakers.pairs());
        assertEquals(2.0 / 3, speakers.pairs().precision().doubleValue(), EPSILON);
        assertEquals(2.0 / 5, speakers.pairs().recall().doubleValue(), EPSILON);
        assertEquals(0.5, speakers.pairs().f1().doubleValue(), EPSILON, "2·2 / (2·2 + 1 + 3)");
    }

    @Test
    void aliceAgainstCarol() {
        // matched Q1-Q4. Q1 same set {Kim, Halvorssen}; Q2 {Lee}; Q3 both without speaker: the same (empty) set;
        // Q4 {Moon, Choi} / {Moon}: partial. Pairs: alice 5, carol 2+1+0+1 = 4, found 2+1+0+1 = 4.
        AttributionAgreement speakers = AttributionAgreement.of(quotes, NewsSchema.SPEAKER, 0, 2);
        assertEquals(4, speakers.matched());
        assertEquals(3, speakers.agreeing());
        assertEquals(1, speakers.partial());
        assertEquals(0.75, speakers.share().doubleValue(), EPSILON);
        assertEquals(new F1Counts(4, 0, 1), speakers.pairs());
        assertEquals(8.0 / 9, speakers.pairs().f1().doubleValue(), EPSILON, "2·4 / (2·4 + 0 + 1)");
    }

    @Test
    void swappingTheAnnotatorsSwapsPrecisionAndRecallOnly() {
        AttributionAgreement ab = AttributionAgreement.of(quotes, NewsSchema.SPEAKER, 0, 1);
        AttributionAgreement ba = AttributionAgreement.of(quotes, NewsSchema.SPEAKER, 1, 0);
        assertEquals(new F1Counts(2, 3, 1), ba.pairs());
        assertEquals(ab.share(), ba.share());
        assertEquals(ab.partial(), ba.partial());
        assertEquals(ab.pairs().f1().doubleValue(), ba.pairs().f1().doubleValue(), EPSILON);
    }

    @Test
    void cueLinksAreComparedTheSameWay() {
        // Q2's cue: alice "said", bob "insisted" (no overlap): Q2 differs; Q1, Q3 have no cue on either side.
        AttributionAgreement cues = AttributionAgreement.of(quotes, NewsSchema.CUE_LINK, 0, 1);
        assertEquals(2, cues.agreeing());
        assertEquals(0, cues.partial());
        assertEquals(new F1Counts(0, 1, 1), cues.pairs());
    }
}
