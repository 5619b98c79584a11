package org.glossa.agreement.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.glossa.agreement.study.AgreementScope;
import org.glossa.review.study.StudyLoader;
import org.glossa.testing.CraftedStudy;
import org.glossa.testing.JsonSchemaCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON report of the crafted study, written by Jackson through {@link AgreementReportJson}: valid against its
 * schema, stable keys, figures worked out by hand.
 */
class AgreementReportJsonTest {
    @TempDir
    Path dir;
    private JsonNode json;

    @BeforeEach
    void setUp() throws Exception {
        CraftedStudy crafted = new CraftedStudy(dir);
        AgreementReport report = AgreementAnalysis.analyse("test",
                new StudyLoader(crafted.store()).load(AgreementScope.everything(), null), null);
        json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report));
    }

    @Test
    void reportIsValidAgainstItsSchema() {
        assertEquals(List.of(), JsonSchemaCheck.load(AgreementReportJsonTest.class, "agreement-report").violations(json));
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

    @Test
    void typedReportIsWrittenWithItsContractKeys() throws Exception {
        JsonNode demo = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(ReportFixtures.demo()));
        assertEquals(List.of(), JsonSchemaCheck.load(AgreementReportJsonTest.class, "agreement-report").violations(demo));
        assertEquals(List.of("format", "version", "project", "generated", "documents", "left_out_documents",
                "annotators", "notes", "layers"), iterableNames(demo));
        assertEquals(AgreementReportJson.FORMAT, demo.get("format").asText());
        assertEquals("2026-11-24T23:40:00Z", demo.get("generated").asText());
        assertEquals(AgreementReport.NOTES.size(), demo.get("notes").size());
        JsonNode quote = demo.at("/layers/Quote");
        assertTrue(quote.get("fleiss_kappa").isNull());
        assertEquals("only one label in use", quote.get("fleiss_kappa_reason").asText());
        assertEquals(3, quote.at("/fleiss_kappa_items/used").asInt());
        assertEquals(0.8, quote.at("/pairs/0/attribution/speaker/share").asDouble(), 1e-12);
        assertEquals(0.75, quote.at("/pairs/0/attribution/speaker/precision").asDouble(), 1e-12);
        JsonNode entity = demo.at("/layers/Entity");
        assertEquals(8123, entity.get("continuum_length").asLong());
        assertTrue(entity.at("/unitizing_alpha/labels/LOC").isNull());
        assertEquals("nobody used this label", entity.at("/unitizing_alpha/label_reasons/LOC").asText());
        assertFalse(entity.at("/unitizing_alpha/label_reasons").has("PER"), "reasons only for undefined labels");
        assertEquals("no units in this document", entity.at("/unitizing_alpha/documents/1/overall_reason").asText());
        assertEquals(18, entity.at("/pairs/0/confusion/matrix/0/0").asInt());
        assertEquals(0.9, entity.at("/pairs/0/f1_exact/labels/PER/f1").asDouble(), 1e-12);
        assertEquals("no spans in either annotation", entity.at("/pairs/0/f1_exact/labels/LOC/f1_reason").asText());
        assertFalse(entity.at("/pairs/0").has("attribution"), "Entity has no link types");
    }

    private static List<String> iterableNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
