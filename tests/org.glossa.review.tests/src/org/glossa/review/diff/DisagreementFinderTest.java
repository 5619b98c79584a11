package org.glossa.review.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.glossa.agreement.study.LayerStudy;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.CraftedStudy;
import org.glossa.testing.JointStatementStudy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disagreement listing on the crafted three-annotator document: every known difference, and nothing else. */
class DisagreementFinderTest {
    @TempDir
    Path dir;
    private CraftedStudy crafted;

    @BeforeEach
    void setUp() throws Exception {
        crafted = new CraftedStudy(dir);
    }

    @Test
    void entityDifferencesOfAliceAndBob() throws Exception {
        List<Disagreement> found = DisagreementFinder.between(crafted.study(NewsSchema.ENTITY), 0, 1, null);
        assertEquals(2, found.size(), found.toString());
        Disagreement boundary = found.get(0);
        assertEquals(DisagreementKind.BOUNDARY, boundary.kind());
        assertEquals(CraftedStudy.offset("Lena Ortiz", 1), boundary.versionA().begin());
        assertEquals(CraftedStudy.offset("Mayor", 1), boundary.versionB().begin());
        assertEquals(CraftedStudy.offset("Mayor", 1), boundary.begin());
        Disagreement label = found.get(1);
        assertEquals(DisagreementKind.LABEL, label.kind());
        assertEquals("ORG", label.versionA().label());
        assertEquals("GPE", label.versionB().label());
        assertEquals("ORG by alice, GPE by bob, boundaries differ", label.detail());
        assertEquals("riverton", label.documentId());
    }

    @Test
    void missingSpanOfCarol() throws Exception {
        List<Disagreement> found = DisagreementFinder.between(crafted.study(NewsSchema.ENTITY), 0, 2, null);
        assertEquals(1, found.size(), found.toString());
        assertEquals(DisagreementKind.MISSING, found.get(0).kind());
        assertEquals("GPE only by alice", found.get(0).detail());
        assertNull(found.get(0).versionB());
    }

    @Test
    void linkAndMissingClaimDifferences() throws Exception {
        List<Disagreement> quotes = DisagreementFinder.between(crafted.study(NewsSchema.QUOTE), 0, 1, null);
        assertEquals(1, quotes.size());
        assertEquals(DisagreementKind.LINK, quotes.get(0).kind());
        assertEquals(true, quotes.get(0).detail().startsWith("speaker: PER ["), quotes.get(0).detail());
        assertEquals(List.of(), DisagreementFinder.between(crafted.study(NewsSchema.QUOTE), 0, 2, null),
                "alice and carol agree on the quote, its speaker and cue");
        List<Disagreement> claims = DisagreementFinder.between(crafted.study(NewsSchema.CLAIM), 1, 2, null);
        assertEquals(1, claims.size());
        assertEquals("CLAIM only by carol", claims.get(0).detail());
        assertEquals(List.of(), DisagreementFinder.between(crafted.study(NewsSchema.CUE), 0, 1, null));
    }

    @Test
    void speakerSetsThatDifferAreLinkDifferencesNamingEveryTarget(@TempDir Path jointDir) throws Exception {
        JointStatementStudy joint = new JointStatementStudy(jointDir);
        List<Disagreement> aliceBob = DisagreementFinder.between(joint.study(NewsSchema.QUOTE), 0, 1, null);
        assertEquals(List.of(DisagreementKind.LINK, DisagreementKind.LINK, DisagreementKind.LINK, DisagreementKind.MISSING),
                aliceBob.stream().map(Disagreement::kind).toList(), aliceBob.toString());
        int kim = JointStatementStudy.offset("Kim");
        int halvorssen = JointStatementStudy.offset("Halvorssen");
        assertEquals("speaker: PER [" + kim + ", " + (kim + 3) + ") + PER [" + halvorssen + ", " + (halvorssen + 10)
                + ") by alice, PER [" + kim + ", " + (kim + 3) + ") by bob", aliceBob.get(0).detail(),
                "{Kim, Halvorssen} against {Kim}: a partial agreement is still a difference to adjudicate");
        assertTrue(aliceBob.get(1).detail().startsWith("cue: CUE ["), aliceBob.get(1).detail());
        assertTrue(aliceBob.get(2).detail().startsWith("speaker: none by alice, PER ["), aliceBob.get(2).detail());

        List<Disagreement> aliceCarol = DisagreementFinder.between(joint.study(NewsSchema.QUOTE), 0, 2, null);
        assertEquals(2, aliceCarol.size(), "Q2's cue only by alice, Q4: {Moon, Choi} against {Moon}; Q1's equal sets agree");
        assertEquals(JointStatementStudy.offset(JointStatementStudy.Q4), aliceCarol.get(1).begin());
        assertEquals(DisagreementKind.LINK, aliceCarol.get(1).kind());
    }

    @Test
    void labelCellListsOnlyPlacesWhereEitherVersionHasTheLabel() throws Exception {
        LayerStudy entities = crafted.study(NewsSchema.ENTITY);
        List<Disagreement> gpe = DisagreementFinder.between(entities, 0, 1, "GPE");
        assertEquals(1, gpe.size());
        assertEquals(DisagreementKind.LABEL, gpe.get(0).kind());
        assertEquals(1, DisagreementFinder.between(entities, 0, 1, "PER").size());
        assertEquals(List.of(), DisagreementFinder.between(entities, 0, 1, "LOC"));
    }

    @Test
    void spansOutsideTheBodyAreLeftOutAndCounted() throws Exception {
        LayerStudy entities = crafted.study(NewsSchema.ENTITY);
        assertEquals(1, entities.spansOutsideBody());
        assertEquals(4, entities.spanCount(0), "alice's MENU is outside the body");
    }
}
