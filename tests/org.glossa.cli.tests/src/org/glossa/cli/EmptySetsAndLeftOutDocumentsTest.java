package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.glossa.cli.CliTest.Result;
import org.glossa.core.format.FormatRegistry;
import org.glossa.io.brat.BratFormat;
import org.glossa.io.conll.ConllFormat;
import org.glossa.io.json.SpansJsonlFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two defaults that must never make wrong training data: an annotator who marked nothing is a rater (agreement
 * counts the empty set as DKPro Agreement counts a rater without units), and a document without a set of the
 * exported source is left out and listed, never exported as "nothing here".
 */
class EmptySetsAndLeftOutDocumentsTest {
    private static final double TOLERANCE = 1e-9;
    private static final String TEXT = "Kim Lee met Park Sun in Seoul and Busan on Monday.";

    @TempDir
    Path dir;

    private static Result glossa(String... args) {
        return Result.of(new FormatRegistry(List.of(new BratFormat(), new ConllFormat(), new SpansJsonlFormat())), args);
    }

    /** A brat .ann line for the first occurrence of {@code part} in TEXT (ASCII: code points = UTF-16 units). */
    private static String t(int number, String label, String part) {
        int begin = TEXT.indexOf(part);
        return "T" + number + "\t" + label + " " + begin + " " + (begin + part.length()) + "\t" + part + "\n";
    }

    /**
     * Writes ANNOTATOR/ID.txt (TEXT, then the id) and ID.ann for each document and imports the folder
     * as that annotator's sets.
     */
    private void importBrat(String project, String annotator, Map<String, String> annByDocument) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("brat").resolve(annotator));
        for (Map.Entry<String, String> document : annByDocument.entrySet()) {
            // Each document a text of its own: the import matches documents by identical text.
            Files.writeString(folder.resolve(document.getKey() + ".txt"), TEXT + " Filed as " + document.getKey() + ".",
                    StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(document.getKey() + ".ann"), document.getValue(), StandardCharsets.UTF_8);
        }
        Result imported = glossa("annotations", "import", project, "--annotator", annotator, "--format", "brat",
                folder.toString());
        assertEquals(0, imported.code(), imported.err());
    }

    private String project() {
        String project = dir.resolve("project").toString();
        assertEquals(0, glossa("init", project).code());
        return project;
    }

    @Test
    void anAnnotatorWithAnEmptySetIsARaterAndChangesTheFiguresAsDkproComputes() throws IOException {
        String project = project();
        importBrat(project, "r1", Map.of("meeting", t(1, "PER", "Kim Lee") + t(2, "PER", "Park Sun") + t(3, "GPE", "Seoul")
                + t(4, "GPE", "Busan")));
        importBrat(project, "r2", Map.of("meeting", t(1, "PER", "Kim Lee") + t(2, "PER", "Park") + t(3, "GPE", "Seoul")));
        Path r3 = dir.resolve("brat/r3");
        importBrat(project, "r3", Map.of("meeting", "")); // r3 read the document and found nothing to mark

        Result agree = glossa("agree", project, "--layer", "Entity", "--json");
        assertEquals(0, agree.code(), agree.err());
        JsonNode report = new ObjectMapper().readTree(agree.out());
        assertEquals(List.of("r1", "r2", "r3"), texts(report.get("annotators")));
        assertEquals(List.of("meeting"), texts(report.get("documents")));
        JsonNode entity = report.at("/layers/Entity");

        // DKPro on the same units: r3 is a rater with no units.
        List<Object[]> units = List.of(unit(0, "Kim Lee", "PER"), unit(0, "Park Sun", "PER"), unit(0, "Seoul", "GPE"),
                unit(0, "Busan", "GPE"), unit(1, "Kim Lee", "PER"), unit(1, "Park", "PER"), unit(1, "Seoul", "GPE"));
        KrippendorffAlphaUnitizingAgreement three = new KrippendorffAlphaUnitizingAgreement(unitizing(3, units));
        assertEquals(three.calculateAgreement(), entity.at("/unitizing_alpha/overall").asDouble(), TOLERANCE);
        assertEquals(three.calculateCategoryAgreement("PER"), entity.at("/unitizing_alpha/labels/PER").asDouble(), TOLERANCE);
        assertEquals(three.calculateCategoryAgreement("GPE"), entity.at("/unitizing_alpha/labels/GPE").asDouble(), TOLERANCE);
        // Coding items: the distinct positions; r3 has no value at any of them.
        CodingAnnotationStudy items = new CodingAnnotationStudy(3);
        items.addItem("PER", "PER", null); // Kim Lee
        items.addItem(null, "PER", null); // Park
        items.addItem("PER", null, null); // Park Sun
        items.addItem("GPE", "GPE", null); // Seoul
        items.addItem("GPE", null, null); // Busan
        assertEquals(new KrippendorffAlphaAgreement(items, new NominalDistanceFunction()).calculateAgreement(),
                entity.get("krippendorff_alpha_nominal").asDouble(), TOLERANCE);
        assertTrue(entity.get("fleiss_kappa").isNull(), "no position did all three label: " + entity.get("fleiss_kappa_reason"));
        assertEquals(3, entity.get("pairs").size());

        // The figures r3's empty set changed: without r3 they are DKPro's two-rater figures.
        Result pair = glossa("agree", project, "--layer", "Entity", "--annotators", "r1,r2", "--json");
        assertEquals(0, pair.code(), pair.err());
        double twoRaters = new ObjectMapper().readTree(pair.out()).at("/layers/Entity/unitizing_alpha/overall").asDouble();
        assertEquals(new KrippendorffAlphaUnitizingAgreement(unitizing(2, units)).calculateAgreement(), twoRaters, TOLERANCE);
        assertNotEquals(twoRaters, entity.at("/unitizing_alpha/overall").asDouble(), 1e-6);

        Result named = glossa("agree", project, "--annotators", "r1,r3", "--layer", "Entity");
        assertEquals(0, named.code(), "r3 can be named like anyone with a set: " + named.err());
        assertTrue(Files.isRegularFile(r3.resolve("meeting.ann")));
        Result list = glossa("list", project, "--json");
        assertEquals("in-progress", new ObjectMapper().readTree(list.out()).at("/documents/0/statuses/r3").asText(), list.out());
    }

    @Test
    void aGoldExportLeavesOutAndListsTheDocumentsWithoutGold() throws IOException {
        String project = project();
        Map<String, String> r1 = new LinkedHashMap<>();
        for (String id : List.of("a", "b", "c", "d", "e")) {
            r1.put(id, t(1, "PER", "Kim Lee"));
        }
        importBrat(project, "r1", r1);
        importBrat(project, "gold", Map.of("c", t(1, "PER", "Kim Lee") + t(2, "GPE", "Seoul")));

        Path out = dir.resolve("conll");
        Result exported = glossa("export", project, "--format", "conll", "--out", out.toString());
        assertEquals(0, exported.code(), exported.err());
        assertTrue(exported.out().contains("gold: 1 document, 2 spans carried"), exported.out());
        assertTrue(exported.out().contains("  left out 4 documents with no gold annotation set: a, b, d, e"), exported.out());
        String conll = Files.readString(out.resolve("all.conll"), StandardCharsets.UTF_8);
        assertEquals(1, conll.split("-DOCSTART-", -1).length - 1, "one document, not five: " + conll);
        assertTrue(conll.contains("Seoul -X- _ B-GPE"), conll);

        JsonNode card = new ObjectMapper().readTree(out.resolve("card.json").toFile());
        JsonNode leftOut = card.at("/sources/0/leftOut");
        assertEquals(List.of("a", "b", "d", "e"), leftOut.findValuesAsText("id"));
        assertEquals("no gold annotation set", leftOut.get(0).get("reason").asText());
        String readme = Files.readString(out.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("## Documents left out") && readme.contains("| e | no gold annotation set |"), readme);

        Result json = glossa("export", project, "--format", "conll", "--out", dir.resolve("json").toString(), "--json");
        assertEquals(4, new ObjectMapper().readTree(json.out()).at("/sources/0/leftOut").size());

        Path named = dir.resolve("named");
        Result error = glossa("export", project, "--format", "conll", "--out", named.toString(), "--documents", "c,d");
        assertEquals(1, error.code());
        assertTrue(error.err().contains("document d has no gold annotation set"), error.err());
        assertFalse(Files.exists(named), "nothing exported");

        Result annotator = glossa("export", project, "--format", "conll", "--out", dir.resolve("r1").toString(), "--source", "r1");
        assertEquals(0, annotator.code(), annotator.err());
        assertTrue(annotator.out().contains("r1: 5 documents") && !annotator.out().contains("left out"), annotator.out());
    }

    @Test
    void noGoldAtAllIsRefusedWithTheReason() throws IOException {
        String project = project();
        importBrat(project, "r1", Map.of("a", t(1, "PER", "Kim Lee")));
        Path out = dir.resolve("out");
        Result refused = glossa("export", project, "--format", "conll", "--out", out.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("none of the 1 selected documents has a gold annotation set"), refused.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void goldWithUndecidedDisagreementsIsFlaggedInTheSummaryAndTheCard() throws IOException {
        String project = project();
        importBrat(project, "r1", Map.of("x", t(1, "PER", "Kim Lee") + t(2, "GPE", "Seoul") + t(3, "GPE", "Busan"),
                "y", t(1, "PER", "Kim Lee")));
        importBrat(project, "r2", Map.of("x", t(1, "PER", "Kim Lee") + t(2, "ORG", "Seoul"), "y", t(1, "PER", "Kim Lee")));
        // gold decided Seoul (as GPE) and nothing else: Busan is undecided in x; y has no disagreement
        importBrat(project, "gold", Map.of("x", t(1, "GPE", "Seoul"), "y", t(1, "PER", "Kim Lee")));

        Path out = dir.resolve("out");
        Result exported = glossa("export", project, "--format", "conll", "--out", out.toString());
        assertEquals(0, exported.code(), exported.err());
        assertTrue(exported.out().contains("  undecided: gold has no decision at 1 place where annotators disagree, in 1"
                + " exported document: x 1"), exported.out());
        JsonNode card = new ObjectMapper().readTree(out.resolve("card.json").toFile());
        assertEquals(1, card.at("/undecidedDisagreements/total").asInt());
        assertEquals(1, card.at("/undecidedDisagreements/documents/x").asInt());
        assertTrue(card.at("/undecidedDisagreements/documents/y").isMissingNode());
        assertTrue(Files.readString(out.resolve("README.md")).contains("| x | 1 |"));
    }

    private static Object[] unit(int rater, String part, String label) {
        return new Object[] { rater, (long) TEXT.indexOf(part), (long) part.length(), label };
    }

    private static UnitizingAnnotationStudy unitizing(int raters, List<Object[]> units) {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(raters, 0, (TEXT + " Filed as meeting.").length());
        for (Object[] u : units) {
            if ((Integer) u[0] < raters) {
                study.addUnit((Long) u[1], (Long) u[2], (Integer) u[0], u[3]);
            }
        }
        return study;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
