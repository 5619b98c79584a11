package org.glossa.agreement.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.glossa.agreement.study.AgreementScope;
import org.glossa.core.format.JsonWriter;
import org.glossa.review.study.StudyLoader;
import org.glossa.testing.CraftedStudy;
import org.glossa.testing.JsonSchemaCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON report of the crafted study: valid against its schema, stable keys, figures worked out by hand. */
class ReportTreeTest {
    @TempDir
    Path dir;
    private JsonNode json;

    @BeforeEach
    void setUp() throws Exception {
        CraftedStudy crafted = new CraftedStudy(dir);
        AgreementReport report = AgreementAnalysis.analyse("test",
                new StudyLoader(crafted.store()).load(AgreementScope.everything(), null), null);
        json = new ObjectMapper().readTree(JsonWriter.write(ReportTree.of(report)));
    }

    @Test
    void reportIsValidAgainstItsSchema() {
        assertEquals(List.of(), JsonSchemaCheck.load(ReportTreeTest.class, "agreement-report").violations(json));
        assertEquals(List.of("Entity", "Cue", "Quote", "Claim"), iterableNames(json.get("layers")));
    }

    @Test
    void stableKeysHoldTheFigures() {
        JsonNode entity = json.at("/layers/Entity");
        assertTrue(entity.at("/unitizing_alpha/overall").isNumber());
        assertTrue(entity.at("/unitizing_alpha/labels/PER").isNumber());
        assertTrue(entity.at("/unitizing_alpha/labels/LOC").isNull());
        assertEquals("no units of this label", entity.at("/unitizing_alpha/label_reasons/LOC").asText());
        // one position (Ortiz) is marked by all three, with one label: percentage 1, Fleiss undefined
        assertEquals(6, entity.at("/items/total").asInt());
        assertEquals(1, entity.at("/items/complete").asInt());
        assertEquals(1.0, entity.at("/percentage_agreement").asDouble());
        assertEquals(1, entity.at("/percentage_agreement_items/used").asInt());
        assertEquals(5, entity.at("/percentage_agreement_items/left_out").asInt());
        assertTrue(entity.at("/fleiss_kappa").isNull());
        assertEquals("only one label in use", entity.at("/fleiss_kappa_reason").asText());
        // every position with two values agrees, and three labels are in use: alpha 1
        assertEquals(1.0, entity.at("/krippendorff_alpha_nominal").asDouble(), 1e-12);
        JsonNode aliceBob = entity.at("/pairs/0");
        assertEquals("alice", aliceBob.get("a").asText());
        assertEquals("bob", aliceBob.get("b").asText());
        assertEquals(1.0, aliceBob.get("cohen_kappa").asDouble(), 1e-12, "Riverton GPE/GPE and Ortiz PER/PER");
        assertEquals(1.0, aliceBob.get("scott_pi").asDouble(), 1e-12);
        assertEquals(0.5, aliceBob.at("/f1_exact/micro").asDouble(), 1e-12);
        assertEquals(0.75, aliceBob.at("/f1_overlap/micro").asDouble(), 1e-12);
        assertEquals(1, entity.get("spans_outside_body").asInt());
        assertEquals(3, entity.get("pairs").size());
        assertFalse(entity.get("pairs").get(0).has("attribution"), "Entity has no link types");
    }

    @Test
    void attributionFiguresOfQuotesAndClaims() {
        JsonNode aliceBob = json.at("/layers/Quote/pairs/0");
        assertEquals(0.0, aliceBob.at("/attribution/speaker/share").asDouble());
        assertEquals(1.0, aliceBob.at("/attribution/cue/share").asDouble());
        JsonNode aliceCarol = json.at("/layers/Quote/pairs/1");
        assertEquals("carol", aliceCarol.get("b").asText());
        assertEquals(1.0, aliceCarol.at("/attribution/speaker/f1").asDouble());
        JsonNode claim = json.at("/layers/Claim/pairs/0");
        assertTrue(claim.at("/attribution/claimant/share").isNull());
        assertEquals("no matched spans", claim.at("/attribution/claimant/share_reason").asText());
    }

    private static List<String> iterableNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
