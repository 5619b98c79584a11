package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The commands in-process, on real files; the launcher itself is tested end to end in org.glossa.launcher.tests. */
class CliTest {
    @TempDir
    Path dir;

    /** What one run of the command line printed and returned. */
    record Result(int code, String out, String err) {
        /** Runs the command line in-process with these formats (null: the installed ones) and captures its output. */
        static Result of(org.glossa.core.format.FormatRegistry formats, String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
            Cli cli = formats == null ? new Cli(outStream, errStream) : new Cli(outStream, errStream, formats);
            int code = cli.run(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    static Result glossa(String... args) {
        return Result.of(null, args);
    }

    @Test
    void initImportListStatsOnTheDemoCorpus() throws IOException {
        Path project = dir.resolve("demo");
        Result init = glossa("init", project.toString(), "--name", "Demo");
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains("Created project 'Demo'"), init.out());

        Result imported = glossa("import", project.toString(), Fixtures.demoCorpus().toString());
        assertEquals(0, imported.code(), imported.err());
        long documents;
        try (var files = Files.list(Fixtures.demoCorpus())) {
            documents = files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).count();
        }
        assertTrue(documents >= 4);
        assertTrue(imported.out().contains("Imported " + documents + " documents, 0 already present, 0 skipped."), imported.out());

        Result again = glossa("import", project.toString(), Fixtures.demoCorpus().toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("Imported 0 documents, " + documents + " already present"), again.out());

        JsonNode list = new ObjectMapper().readTree(glossa("list", project.toString(), "--json").out());
        assertEquals(documents, list.get("documents").size());
        for (JsonNode doc : list.get("documents")) {
            int begin = doc.get("body").get("begin").asInt();
            int end = doc.get("body").get("end").asInt();
            assertTrue(0 <= begin && begin < end && end <= doc.get("textLength").asInt(), doc.toString());
            assertTrue(doc.get("title").asText().length() > 10, doc.toString());
        }

        Result stats = glossa("stats", project.toString(), "--json");
        assertEquals(0, stats.code(), stats.err());
        JsonNode json = new ObjectMapper().readTree(stats.out());
        assertEquals(documents, json.get("documents").asLong());
        assertTrue(json.get("bodyCharacters").asLong() > 2000, stats.out());
        assertTrue(json.get("bodyCharacters").asLong() < json.get("textCharacters").asLong(), "boilerplate is outside the bodies");
    }

    @Test
    void errorsAreOneLineOnStderrWithANonZeroExitCode() throws IOException {
        Result missing = glossa("stats", dir.resolve("nothing-here").toString());
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().startsWith("glossa stats: "), missing.err());

        Result unknownOption = glossa("list", dir.toString(), "--yaml");
        assertEquals(2, unknownOption.code());
        assertTrue(unknownOption.err().contains("unknown option --yaml"), unknownOption.err());

        Result unknownCommand = glossa("frobnicate");
        assertEquals(2, unknownCommand.code());

        Path project = dir.resolve("p");
        assertEquals(0, glossa("init", project.toString()).code());
        assertEquals(1, glossa("init", project.toString()).code(), "init never overwrites a project");
        Path bad = Files.write(dir.resolve("binary.txt"), new byte[] { 0, 1, 2, 3, 0, 0 });
        Result skipped = glossa("import", project.toString(), bad.toString());
        assertEquals(1, skipped.code());
        assertTrue(skipped.err().contains("binary.txt"), skipped.err());
    }

    @Test
    void helpListsEveryCommandAndEachCommandHasItsOwn() {
        Result help = glossa("--help");
        assertEquals(0, help.code());
        for (String command : new String[] { "init", "import", "list", "stats" }) {
            assertTrue(help.out().contains("  " + command + " "), help.out());
            Result own = glossa(command, "--help");
            assertEquals(0, own.code());
            assertTrue(own.out().startsWith("Usage: glossa " + command), own.out());
        }
    }
}
