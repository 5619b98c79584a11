package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.glossa.cli.CliTest.Result;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.storage.ProjectStore;
import org.glossa.io.brat.BratFormat;
import org.glossa.io.json.ClaimsJsonlFormat;
import org.glossa.io.json.DoccanoFormat;
import org.glossa.io.json.QuotesJsonlFormat;
import org.glossa.model.SpanAnnotation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A quote two people made and a claim two organisations made, in a crafted brat file (invented text, an astral
 * character before the claimants so code points and UTF-16 differ): through the project into brat, quotes-jsonl,
 * claims-jsonl and doccano and back, every link is kept. And another team's attribute names, mapped on import.
 */
class JointStatementsCommandsTest {
    static final String TEXT = "Kim and Halvorssen expressed concerns that the dam “is not safe”. The 𠮷 council and the"
            + " ministry claimed the dam leaks.\n";
    /** Offsets in code points, as brat counts them; the types name Glossa's layers and labels as another tool might. */
    static final String ANN = """
            T1\tPER 0 3\tKim
            T2\tPER 8 18\tHalvorssen
            T3\tCue 19 28\texpressed
            T4\tQuote 52 63\tis not safe
            T5\tORG 70 79\t𠮷 council
            T6\tORG 88 96\tministry
            T7\tClaim 105 118\tthe dam leaks
            A1\ttype T4 indirect
            R1\tSpeaker Arg1:T4 Arg2:T1
            R2\tSpeaker Arg1:T4 Arg2:T2
            R3\tCue Arg1:T4 Arg2:T3
            R4\tClaimant Arg1:T7 Arg2:T5
            R5\tClaimant Arg1:T7 Arg2:T6
            """;
    /** What Glossa's brat export writes for those annotations: labels for types, link type names for relations. */
    static final String EXPORTED_ANN = """
            T1\tPER 0 3\tKim
            T2\tPER 8 18\tHalvorssen
            T3\tCUE 19 28\texpressed
            T4\tQUOTE 52 63\tis not safe
            T5\tORG 70 79\t𠮷 council
            T6\tORG 88 96\tministry
            T7\tCLAIM 105 118\tthe dam leaks
            A1\ttype T4 indirect
            R1\tspeaker Arg1:T4 Arg2:T1
            R2\tspeaker Arg1:T4 Arg2:T2
            R3\tcue Arg1:T4 Arg2:T3
            R4\tclaimant Arg1:T7 Arg2:T5
            R5\tclaimant Arg1:T7 Arg2:T6
            """;

    @TempDir
    Path dir;
    private String project;

    private static Result glossa(String... args) {
        return Result.of(new FormatRegistry(List.of(new BratFormat(), new DoccanoFormat(), new QuotesJsonlFormat(), new ClaimsJsonlFormat())), args);
    }

    @BeforeEach
    void createProject() {
        project = dir.resolve("project").toString();
        assertEquals(0, glossa("init", project).code());
    }

    private Path bratFolder(String name, String ann) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("dam.txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("dam.ann"), ann, StandardCharsets.UTF_8);
        return folder;
    }

    private Result export(String format, String source, String out, String... more) {
        List<String> args = new ArrayList<>(List.of("export", project, "--format", format, "--source", source, "--documents",
                "all", "--out", dir.resolve(out).toString()));
        args.addAll(List.of(more));
        return glossa(args.toArray(String[]::new));
    }

    @Test
    void everyLinkSurvivesBratProjectBratQuotesClaimsAndDoccano() throws Exception {
        Result imported = glossa("annotations", "import", project, "--annotator", "gold", "--format", "brat", "--strict",
                bratFolder("in", ANN).toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("Imported 7 spans and 5 links"), imported.out());
        assertEquals("", imported.err(), "nothing skipped");

        assertEquals(0, export("brat", "gold", "brat").code());
        assertEquals(EXPORTED_ANN, Files.readString(dir.resolve("brat/dam.ann"), StandardCharsets.UTF_8));

        Result quotes = export("quotes-jsonl", "gold", "quotes");
        assertEquals(0, quotes.code(), quotes.err());
        List<JsonNode> quoteRecords = records(dir.resolve("quotes/all.jsonl"));
        assertEquals(1, quoteRecords.size());
        assertEquals("indirect", quoteRecords.get(0).get("type").asText());
        assertEquals(List.of("Kim 0 3", "Halvorssen 8 18"), mentions(quoteRecords.get(0).get("speakers")));
        assertEquals("expressed", quoteRecords.get(0).get("cue").get("text").asText());

        assertEquals(0, export("claims-jsonl", "gold", "claims").code());
        List<JsonNode> claimRecords = records(dir.resolve("claims/all.jsonl"));
        assertEquals(List.of("𠮷 council 70 79", "ministry 88 96"), mentions(claimRecords.get(0).get("claimants")),
                "code points, as brat's");

        Result doccano = export("doccano", "gold", "doccano", "--option", "variant=relation");
        assertEquals(0, doccano.code(), doccano.err());
        JsonNode record = records(dir.resolve("doccano/all.jsonl")).get(0);
        assertEquals(5, record.get("relations").size());
        Result back = glossa("annotations", "import", project, "--annotator", "alice", "--format", "doccano", "--strict",
                dir.resolve("doccano/all.jsonl").toString());
        assertEquals(0, back.code(), back.err());
        assertTrue(back.out().contains("Imported 7 spans and 5 links"), back.out());
        assertEquals(0, export("brat", "alice", "brat-alice").code());
        String aliceAnn = Files.readString(dir.resolve("brat-alice/dam.ann"), StandardCharsets.UTF_8);
        assertEquals(EXPORTED_ANN.lines().filter(l -> !l.startsWith("A")).toList(), aliceAnn.lines().toList(),
                "the same spans and links (doccano has no attributes)");

        assertEquals(0, glossa("annotations", "import", project, "--annotator", "bob", "--format", "brat", "--strict",
                dir.resolve("brat").toString()).code());
        assertEquals(0, export("brat", "bob", "brat-bob").code());
        assertEquals(EXPORTED_ANN, Files.readString(dir.resolve("brat-bob/dam.ann"), StandardCharsets.UTF_8),
                "brat out and in again: identical");
    }

    @Test
    void anotherTeamsAttributeNamesAndValuesAreMappedOnImport() throws Exception {
        Path theirs = bratFolder("theirs", ANN.replace("A1\ttype T4 indirect", "A1\tQuoteType T4 Indirect"));

        Result unmapped = glossa("annotations", "import", project, "--annotator", "alice", "--format", "brat", theirs.toString());
        assertEquals(0, unmapped.code(), unmapped.err());
        assertTrue(unmapped.err().contains("attribute 'QuoteType' is not defined in layer Quote; its values were skipped (if it"
                + " is another name for one of type, import with --map-attribute QuoteType=type)"), unmapped.err());
        assertFalse(quote(ProjectStore.open(Path.of(project)), "alice").getAttributes().containsKey("type"));

        Result valueNotMapped = glossa("annotations", "import", project, "--annotator", "bob", "--format", "brat",
                "--map-attribute", "QuoteType=type", theirs.toString());
        assertEquals(1, valueNotMapped.code());
        assertEquals("glossa annotations: " + theirs.resolve("dam.ann") + ":8: value 'Indirect' of attribute 'QuoteType' is not"
                + " valid for attribute 'type' of layer Quote (one of direct, indirect, mixed); map it to one with --map-value"
                + " type:Indirect=VALUE\n", valueNotMapped.err());
        assertFalse(Files.exists(Path.of(project, "annotations", "dam", "bob.xmi")), "all or nothing");

        Result mapped = glossa("annotations", "import", project, "--annotator", "bob", "--format", "brat",
                "--map-attribute", "QuoteType=type", "--map-value", "type:Indirect=indirect,type:Direct=direct",
                theirs.toString());
        assertEquals(0, mapped.code(), mapped.err());
        assertEquals("", mapped.err());
        assertEquals("indirect", quote(ProjectStore.open(Path.of(project)), "bob").getAttributes().get("type"));

        Result malformed = glossa("annotations", "import", project, "--annotator", "carol", "--format", "brat",
                "--map-attribute", "QuoteType", theirs.toString());
        assertEquals(2, malformed.code());
        assertTrue(malformed.err().contains("'QuoteType' is not FROM=TO"), malformed.err());
        Result unknownTarget = glossa("annotations", "import", project, "--annotator", "carol", "--format", "brat",
                "--map-attribute", "QuoteType=kind", theirs.toString());
        assertEquals(1, unknownTarget.code());
        assertTrue(unknownTarget.err().contains("no layer defines an attribute 'kind'"), unknownTarget.err());
        assertTrue(glossa("annotations", "--help").out().contains("--map-attribute FROM=TO"));
    }

    private static SpanAnnotation quote(ProjectStore store, String annotator) throws IOException {
        return store.annotations(store.document("dam").orElseThrow(), annotator).getSpans().stream()
                .filter(s -> s.getLayer().equals("Quote")).findFirst().orElseThrow();
    }

    private static List<JsonNode> records(Path file) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            records.add(new ObjectMapper().readTree(line));
        }
        return records;
    }

    private static List<String> mentions(JsonNode array) {
        List<String> mentions = new ArrayList<>();
        array.forEach(m -> mentions.add(m.get("text").asText() + " " + m.get("start").asInt() + " " + m.get("end").asInt()));
        return mentions;
    }
}
