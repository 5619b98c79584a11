package org.glossa.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.glossa.agreement.study.SpanSnapshot;
import org.glossa.review.adjudication.AdjudicationResult;
import org.glossa.review.adjudication.AutoAdjudicationResult;
import org.glossa.review.adjudication.AutoAdjudicationResult.Adjudicated;
import org.glossa.review.adjudication.AutoAdjudicationResult.LeftOut;
import org.glossa.review.adjudication.DisagreementDecisions.Choice;
import org.glossa.review.adjudication.GoldAtPlace;
import org.glossa.review.diff.Disagreement;
import org.glossa.review.diff.DisagreementKind;
import org.junit.jupiter.api.Test;

/** The review mode's wording of the headless adjudication results: status lines and the walker's Gold column. */
class ReviewMessagesTest {

    @Test
    void autoAdjudicationSaysWhatWasAddedLeftToDecideAndLeftOut() {
        AutoAdjudicationResult result = new AutoAdjudicationResult(List.of(
                new Adjudicated("harbor", List.of("alice", "bob"), 2, 5, 2, List.of()),
                new Adjudicated("rail", List.of("alice", "bob", "carol"), 2, 1, 1, List.of()),
                new LeftOut("school", List.of("dave"), 2)));
        assertEquals("Gold: 6 agreed spans added (quorum 2, layer Entity, Quote); 3 left to decide; 1 document with"
                + " fewer than 2 annotators left out. Ctrl+S saves.",
                ReviewMessages.autoAdjudicated(result, 2, List.of("Entity", "Quote")));
        AutoAdjudicationResult one = new AutoAdjudicationResult(List.of(
                new Adjudicated("harbor", List.of("alice", "bob"), 2, 1, 0, List.of())));
        assertEquals("Gold: 1 agreed span added (quorum 2, layer Entity); 0 left to decide. Ctrl+S saves.",
                ReviewMessages.autoAdjudicated(one, 2, List.of("Entity")));
    }

    @Test
    void goldColumnNamesTheVersionGoldHolds() {
        Disagreement d = new Disagreement(DisagreementKind.BOUNDARY, "harbor", "alice", "bob", null,
                snapshot(), "boundary");
        assertEquals("alice", ReviewMessages.goldColumn(new GoldAtPlace(true, false, false, List.of()), d));
        assertEquals("bob", ReviewMessages.goldColumn(new GoldAtPlace(false, true, true, List.of()), d));
        assertEquals("both", ReviewMessages.goldColumn(new GoldAtPlace(true, true, false, List.of()), d));
        assertEquals("other", ReviewMessages.goldColumn(new GoldAtPlace(false, false, true, List.of()), d));
        assertEquals("\u2014", ReviewMessages.goldColumn(new GoldAtPlace(false, false, false, List.of()), d));
        assertEquals("nothing yet", ReviewMessages.goldHere(new GoldAtPlace(false, false, false, List.of()), "text"));
    }

    @Test
    void decisionLineCountsReplacedSpansAndTargetsBroughtAlong() {
        Disagreement d = new Disagreement(DisagreementKind.MISSING, "harbor", "alice", "bob", null, snapshot(),
                "missing");
        AdjudicationResult nothing = new AdjudicationResult(List.of(), 1, 0, List.of());
        assertEquals("Nothing here (as alice), replaced 1 gold span.", ReviewMessages.decision(Choice.FIRST, d, nothing));
        AdjudicationResult noted = new AdjudicationResult(List.of(), 0, 0, List.of("speaker link left out"));
        assertEquals("Nothing here in gold (speaker link left out).", ReviewMessages.decision(Choice.NOTHING, d, noted));
    }

    private static SpanSnapshot snapshot() {
        return new SpanSnapshot("s1", 0, 6, "Entity", "PER", Map.of(), List.of());
    }
}
