package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.glossa.cli.CliTest.Result;
import org.glossa.core.format.FormatRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code glossa export} and {@code glossa annotations import} in-process, with a format registered by the test. */
class ExportAndAnnotationsCommandsTest {
    /** Two documents, spans in document order; the second has an emoji before 서울 (UTF-16 offsets 15-17). */
    static final String INPUT = "calloway|Ines Calloway visited Berlin.|PER 0 13;GPE 22 28\n"
            + "kim|Kim said 😀 in 서울.|PER 0 3;GPE 15 17\n";

    @TempDir
    Path dir;
    Path project;
    Path input;

    static Result glossa(String... args) {
        return Result.of(new FormatRegistry(List.of(new PipeFormat())), args);
    }

    @BeforeEach
    void createProject() throws IOException {
        project = dir.resolve("project");
        assertEquals(0, glossa("init", project.toString()).code());
        input = Files.writeString(dir.resolve("input.pipe"), INPUT, StandardCharsets.UTF_8);
    }

    private Result importGold() {
        return glossa("annotations", "import", project.toString(), "--annotator", "gold", "--format", "pipe", input.toString());
    }

    @Test
    void helpListsTheRegisteredFormatsWithTheirOptions() {
        Result export = glossa("export", "--help");
        assertEquals(0, export.code());
        assertTrue(export.out().startsWith("Usage: glossa export PROJECT --format FORMAT --out DIR"), export.out());
        assertTrue(export.out().contains("  pipe           Pipe lines: ID|TEXT|TYPE BEGIN END;... one document per line"), export.out());
        assertTrue(export.out().contains("--option lower=…  write types in lower case"), export.out());
        Result annotations = glossa("annotations", "--help");
        assertEquals(0, annotations.code());
        assertTrue(annotations.out().startsWith("Usage: glossa annotations import PROJECT --annotator NAME --format FORMAT"));
        assertTrue(annotations.out().contains("  pipe "), annotations.out());
        assertFalse(annotations.out().contains("--option"), "export options are not import options");
        Result overview = glossa("--help");
        assertTrue(overview.out().contains("  export ") && overview.out().contains("  annotations "), overview.out());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))
                .run(new String[] { "export", "--help" });
        assertEquals(0, code, "the application's own registry: whatever formats are installed");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Formats"));
    }

    @Test
    void importedAnnotationsExportBackToTheSameFile() throws IOException {
        Result imported = importGold();
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("created document calloway"), imported.out());
        assertTrue(imported.out().contains("Imported 4 spans and 0 links into gold's sets of 2 documents (2 created)."),
                imported.out());

        Path out = dir.resolve("out");
        Result exported = glossa("export", project.toString(), "--format", "pipe", "--out", out.toString());
        assertEquals(0, exported.code(), exported.err());
        assertEquals("", exported.err());
        List<String> lines = exported.out().lines().toList();
        assertEquals(List.of("wrote " + out.resolve("all.pipe"), "wrote " + out.resolve("README.md"),
                "wrote " + out.resolve("card.json"), "gold: 2 documents, 4 spans carried, 0 not carried"), lines);
        assertEquals(INPUT, Files.readString(out.resolve("all.pipe"), StandardCharsets.UTF_8), "a lossless round trip");
        JsonNode card = new ObjectMapper().readTree(out.resolve("card.json").toFile());
        assertEquals("glossa export " + project + " --format pipe --out " + out, card.get("command").asText());
        assertEquals("UTF-16 code units into TEXT, end exclusive", card.get("offsets").asText());
        assertTrue(card.at("/agreement/reason").asText().contains("at least two annotators"), card.toString());
    }

    @Test
    void jsonOutputIsOneDocument() throws IOException {
        Result imported = glossa("annotations", "import", project.toString(), "--annotator", "alice", "--format", "pipe",
                "--layer", "Entity", "--json", input.toString());
        assertEquals(0, imported.code(), imported.err());
        JsonNode result = new ObjectMapper().readTree(imported.out());
        assertEquals(List.of("calloway", "kim"), texts(result.get("created")));
        assertEquals(4, result.get("spans").asInt());

        Path out = dir.resolve("split");
        Result exported = glossa("export", project.toString(), "--format", "pipe", "--out", out.toString(), "--source", "alice",
                "--split", "50/50", "--seed", "3", "--group-by", "outlet", "--stratify", "--option", "lower=true", "--json");
        assertEquals(0, exported.code(), exported.err());
        JsonNode json = new ObjectMapper().readTree(exported.out());
        JsonNode source = json.get("sources").get(0);
        assertEquals("alice", source.get("name").asText());
        List<String> all = new ArrayList<>(texts(source.get("documents").get("train")));
        all.addAll(texts(source.get("documents").get("test")));
        assertEquals(2, all.size());
        assertEquals(4, source.get("spansCarried").asInt());
        assertTrue(source.get("notes").toString().contains("have no 'outlet'"), source.toString());
        assertTrue(json.get("files").toString().contains("card.json"));
        String written = Files.readString(out.resolve(source.get("documents").get("train").size() > 0 ? "train.pipe" : "test.pipe"));
        assertTrue(written.contains("per 0 "), "the option reached the format: " + written);
        JsonNode card = new ObjectMapper().readTree(out.resolve("card.json").toFile());
        assertEquals("true", card.get("options").get("lower").asText());
        assertTrue(card.get("command").asText().endsWith("--option lower=true --stratify"), card.get("command").asText());
    }

    @Test
    void usageErrorsExitWithTwo() {
        String p = project.toString();
        String out = dir.resolve("o").toString();
        String[][] cases = {
                { "export", p, "--out", out },
                { "export", p, "--format", "conll", "--out", out },
                { "export", p, "--format", "pipe" },
                { "export", p, "--format", "pipe", "--out", out, "--option", "colour=red" },
                { "export", p, "--format", "pipe", "--out", out, "--option", "lower" },
                { "export", p, "--format", "pipe", "--out", out, "--seed", "3" },
                { "export", p, "--format", "pipe", "--out", out, "--stratify" },
                { "export", p, "--format", "pipe", "--out", out, "--split", "80/x" },
                { "export", p, "--format", "pipe", "--out", out, "--split", "80/20", "--seed", "many" },
                { "annotations", "export", p, "--annotator", "a", "--format", "pipe", input.toString() },
                { "annotations", "import", p, "--format", "pipe", input.toString() },
                { "annotations", "import", p, "--annotator", "a", input.toString() },
                { "annotations", "import", p, "--annotator", "a", "--format", "pipe" },
                { "annotations", "import", p, "--annotator", "a", "--format", "xml", input.toString() },
        };
        for (String[] args : cases) {
            Result result = glossa(args);
            assertEquals(2, result.code(), String.join(" ", args) + ": " + result.err());
            assertEquals(1, result.err().lines().count(), result.err());
            assertTrue(result.err().startsWith("glossa " + args[0] + ": "), result.err());
        }
        assertTrue(glossa("export", p, "--format", "conll", "--out", out).err().contains("formats: pipe"));
        assertTrue(glossa("export", p, "--format", "pipe", "--out", out, "--option", "colour=red").err()
                .contains("its options: lower"));
    }

    @Test
    void failuresExitWithOneAndOneLine() throws IOException {
        assertEquals(0, importGold().code());
        Path out = dir.resolve("out");
        assertEquals(0, glossa("export", project.toString(), "--format", "pipe", "--out", out.toString()).code());
        Result again = glossa("export", project.toString(), "--format", "pipe", "--out", out.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("is not empty"), again.err());
        assertEquals(1, again.err().lines().count());
        assertEquals(0, glossa("export", project.toString(), "--format", "pipe", "--out", out.toString(), "--overwrite").code());

        Result unknownLayer = glossa("export", project.toString(), "--format", "pipe", "--out", dir.resolve("x").toString(),
                "--layers", "Topic");
        assertEquals(1, unknownLayer.code());
        assertTrue(unknownLayer.err().contains("unknown layer 'Topic'"), unknownLayer.err());

        Path bad = Files.writeString(dir.resolve("bad.pipe"), "ok|Fine text.|\nbroken line\n");
        Result malformed = glossa("annotations", "import", project.toString(), "--annotator", "bob", "--format", "pipe", bad.toString());
        assertEquals(1, malformed.code());
        assertEquals(1, malformed.err().lines().count(), malformed.err());
        assertTrue(malformed.err().contains("bad.pipe:2: expected ID|TEXT|SPANS"), malformed.err());

        Path newLabel = Files.writeString(dir.resolve("weapon.pipe"), "w|A sword.|WEAPON 2 7\n");
        Result strict = glossa("annotations", "import", project.toString(), "--annotator", "bob", "--format", "pipe", "--strict",
                newLabel.toString());
        assertEquals(1, strict.code());
        assertTrue(strict.err().contains("labels not in layer Entity: WEAPON"), strict.err());
        Result lenient = glossa("annotations", "import", project.toString(), "--annotator", "bob", "--format", "pipe",
                newLabel.toString());
        assertEquals(0, lenient.code(), lenient.err());
        assertTrue(lenient.out().contains("added to layer Entity: WEAPON"), lenient.out());

        Result missing = glossa("annotations", "import", project.toString(), "--annotator", "bob", "--format", "pipe",
                dir.resolve("nothing.pipe").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nothing.pipe: no such file or folder"), missing.err());
        assertFalse(Files.exists(project.resolve("texts/ok.txt")), "the malformed file created nothing");
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
