package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glossa.cli.CliTest.Result;
import org.glossa.testing.DemoAnnotations;
import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code agree}, {@code adjudicate} and the agreement in the dataset card, on the demo project with the demo
 * annotators' brat files imported through {@code annotations import}, as {@code ./glossa demo} does.
 */
class AgreeAndAdjudicateCommandsTest {
    @TempDir
    Path dir;
    private String project;

    /** The commands with the brat and span JSONL formats (the test runtime has no Declarative Services). */
    private static Result glossa(String... args) {
        return Result.of(new org.glossa.core.format.FormatRegistry(java.util.List.of(new org.glossa.io.brat.BratFormat(), new org.glossa.io.json.SpansJsonlFormat())), args);
    }

    @BeforeEach
    void demoProjectWithThreeAnnotators() throws IOException {
        project = dir.resolve("demo").toString();
        assertEquals(0, glossa("init", project).code());
        assertEquals(0, glossa("import", project, Fixtures.demoCorpus().toString()).code());
        for (String annotator : DemoAnnotations.ANNOTATORS) {
            Path work = DemoAnnotations.folder(annotator, dir);
            Result imported = glossa("annotations", "import", project, "--annotator", annotator, "--format", "brat",
                    "--strict", work.toString());
            assertEquals(0, imported.code(), imported.err());
        }
    }

    @Test
    void jsonReportHasTheStableKeys() throws IOException {
        Result agree = glossa("agree", project, "--json");
        assertEquals(0, agree.code(), agree.err());
        JsonNode report = new ObjectMapper().readTree(agree.out());
        assertEquals(3, report.get("annotators").size());
        assertEquals(2, report.get("documents").size());
        for (String layer : new String[] {"Entity", "Cue", "Quote", "Claim"}) {
            JsonNode figures = report.at("/layers/" + layer);
            assertTrue(figures.at("/unitizing_alpha/overall").isNumber(), layer);
            for (String key : new String[] {"percentage_agreement", "fleiss_kappa", "krippendorff_alpha_nominal"}) {
                assertTrue(figures.get(key).isNumber() || figures.get(key).isNull() && figures.has(key + "_reason"),
                        layer + " " + key);
            }
            assertEquals(3, figures.get("pairs").size());
            for (JsonNode pair : figures.get("pairs")) {
                for (String key : new String[] {"a", "b", "cohen_kappa", "scott_pi"}) {
                    assertTrue(pair.has(key), key);
                }
                assertTrue(pair.at("/f1_exact/micro").isNumber());
                assertTrue(pair.at("/f1_overlap/micro").isNumber());
            }
        }
        JsonNode entity = report.at("/layers/Entity");
        assertTrue(entity.at("/unitizing_alpha/labels/PER").asDouble() > 0.8);
        assertTrue(entity.at("/unitizing_alpha/labels/EVENT").isNull(), "nobody used EVENT");
        assertTrue(report.at("/layers/Quote/fleiss_kappa").isNull());
        assertEquals("only one label in use", report.at("/layers/Quote/fleiss_kappa_reason").asText());
        assertTrue(report.at("/layers/Quote/pairs/0/attribution/speaker/share").isNumber());
        assertTrue(agree.err().contains("left out, not annotated by every compared annotator"), agree.err());
    }

    /**
     * dave annotated one of the two articles too: everyone together would compare that one article; by default the
     * three who share both are compared.
     */
    @Test
    void byDefaultTheAnnotatorsWhoShareTheMostDocumentsAreCompared() throws IOException {
        Path dave = DemoAnnotations.folder("alice", dir.resolve("dave"));
        Files.delete(dave.resolve("rail-strike-talks.ann"));
        Files.delete(dave.resolve("rail-strike-talks.txt"));
        Result imported = glossa("annotations", "import", project, "--annotator", "dave", "--format", "brat",
                dave.toString());
        assertEquals(0, imported.code(), imported.err());

        Result agree = glossa("agree", project, "--layer", "Entity");
        assertEquals(0, agree.code(), agree.err());
        assertTrue(agree.out().contains("2 documents compared, annotators alice, bob, carol\n"), agree.out());
        assertTrue(agree.err().contains("dave has annotations but not on all of the 2 documents the others share, so is"
                + " not compared; name the annotators with --annotators to compare them (e.g. --annotators alice,dave)"),
                "a rater left out by the default is named: " + agree.err());
        Result one = glossa("agree", project, "--layer", "Entity", "--documents", "harbor-bridge-vote");
        assertTrue(one.out().contains("1 documents compared, annotators alice, bob, carol, dave"), one.out());
        Result chosen = glossa("agree", project, "--layer", "Entity", "--annotators", "alice,dave");
        assertTrue(chosen.out().contains("1 documents compared, annotators alice, dave"), chosen.out());
    }

    @Test
    void htmlAndMarkdownReportsAndScopeOptions() throws IOException {
        Path html = dir.resolve("report.html");
        Result written = glossa("agree", project, "--layer", "Entity", "--annotators", "alice,bob", "--html", html.toString());
        assertEquals(0, written.code(), written.err());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<svg") && page.contains("Entity") && !page.contains("Quote"), "one layer, with charts");
        Result markdown = glossa("agree", project, "--markdown", "--documents", "harbor-bridge-vote");
        assertEquals(0, markdown.code(), markdown.err());
        assertTrue(markdown.out().contains("| Measure | Value |"), markdown.out());
        Result text = glossa("agree", project, "--annotators", "alice,carol");
        assertTrue(text.out().contains("alice / carol: Cohen"), text.out());
        Result unknown = glossa("agree", project, "--annotators", "alice,zoe");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("annotator 'zoe' has no annotation set"), unknown.err());
        Result one = glossa("agree", project, "--annotators", "alice");
        assertEquals(1, one.code());
        assertTrue(one.err().contains("at least two annotators"), one.err());
        assertEquals(2, glossa("agree", project, "--json", "--markdown").code());
    }

    @Test
    void adjudicateBuildsGoldThatExportsUseWithAgreementInTheCard() throws IOException {
        Result bad = glossa("adjudicate", project);
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("add --auto"), bad.err());
        Result adjudicated = glossa("adjudicate", project, "--auto", "--quorum", "2", "--json");
        assertEquals(0, adjudicated.code(), adjudicated.err());
        JsonNode result = new ObjectMapper().readTree(adjudicated.out());
        assertEquals(result.at("/documents/0/added").asInt() + result.at("/documents/1/added").asInt(),
                result.get("added").asInt());
        assertTrue(result.get("added").asInt() > 30, adjudicated.out());
        assertEquals(3, result.get("skipped").asInt(), "the three demo articles nobody annotated");
        Result again = glossa("adjudicate", project, "--auto", "--quorum", "2", "--json");
        assertEquals(0, new ObjectMapper().readTree(again.out()).get("added").asInt(), "gold keeps what it has");

        Path out = dir.resolve("export");
        Result exported = glossa("export", project, "--format", "spans-jsonl", "--out", out.toString());
        assertEquals(0, exported.code(), exported.err());
        java.util.regex.Matcher carried = java.util.regex.Pattern.compile("gold: \\d+ documents, (\\d+) spans carried, (\\d+) not")
                .matcher(exported.out());
        assertTrue(carried.find(), exported.out());
        assertEquals(result.get("added").asInt(), Integer.parseInt(carried.group(1)) + Integer.parseInt(carried.group(2)),
                "the export holds the gold spans adjudication added (those outside the body are reported)");
        JsonNode card = new ObjectMapper().readTree(out.resolve("card.json").toFile());
        assertEquals(3, card.at("/agreement/annotators").size());
        assertEquals(2, card.at("/agreement/documents").asInt());
        assertTrue(card.at("/agreement/layers/Entity/unitizing_alpha").isNumber());
        assertTrue(Files.readString(out.resolve("README.md")).contains("| Entity | 0."));
    }
}
