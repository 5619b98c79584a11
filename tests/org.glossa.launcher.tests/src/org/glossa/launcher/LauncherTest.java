package org.glossa.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** init → import → list → stats on the demo corpus through the real ./glossa launcher and product. */
class LauncherTest {
    private static final Path ROOT = GlossaRun.ROOT;

    @TempDir
    Path dir;

    private GlossaRun glossa(String... args) throws IOException, InterruptedException {
        return GlossaRun.run(dir, args);
    }

    @Test
    void initImportListAndStatsOnTheDemoCorpus() throws Exception {
        Path project = dir.resolve("demo project");
        GlossaRun init = glossa("init", project.toString());
        assertEquals(0, init.code(), init.err());

        GlossaRun imported = glossa("import", project.toString(), ROOT.resolve("demo/corpus").toString());
        assertEquals(0, imported.code(), imported.err());
        List<String> lines = imported.out().lines().toList();
        String summary = lines.get(lines.size() - 1);
        assertTrue(summary.matches("Imported [1-9]\\d* documents, 0 already present, 0 skipped\\."), summary);
        for (String line : lines.subList(0, lines.size() - 1)) {
            String[] columns = line.split("\t");
            assertEquals(3, columns.length, line);
            assertTrue(Integer.parseInt(columns[1]) > 500, "body length of " + line);
        }

        GlossaRun list = glossa("list", project.toString(), "--json");
        assertEquals(0, list.code(), list.err());
        JsonNode listing = new ObjectMapper().readTree(list.out());
        assertEquals(lines.size() - 1, listing.get("documents").size());

        GlossaRun stats = glossa("stats", project.toString(), "--json");
        assertEquals(0, stats.code(), stats.err());
        JsonNode json = new ObjectMapper().readTree(stats.out());
        assertEquals(lines.size() - 1, json.get("documents").asInt());
        assertTrue(json.get("bodyCharacters").asLong() > 0);
    }

    @Test
    void failuresExitNonZeroWithOneLineOnStderr() throws Exception {
        GlossaRun run = glossa("list", dir.resolve("missing").toString());
        assertEquals(1, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("glossa list: "), run.err());
        GlossaRun usage = glossa("import");
        assertEquals(2, usage.code(), usage.err());
    }

    @Test
    void demoProjectAgreementAndAdjudicationThroughTheProduct() throws Exception {
        Path project = dir.resolve("demo-project");
        GlossaRun demo = glossa("demo", project.toString());
        assertEquals(0, demo.code(), demo.err());
        assertTrue(demo.out().contains("alice:") && demo.out().contains("carol:"), "the demo annotators: " + demo.out());
        GlossaRun agree = glossa("agree", project.toString(), "--json");
        assertEquals(0, agree.code(), agree.err());
        JsonNode report = new ObjectMapper().readTree(agree.out());
        assertTrue(report.at("/layers/Entity/unitizing_alpha/overall").isNumber(), agree.out());
        assertEquals(3, report.at("/layers/Entity/pairs").size());
        GlossaRun adjudicate = glossa("adjudicate", project.toString(), "--auto", "--json");
        assertEquals(0, adjudicate.code(), adjudicate.err());
        assertTrue(new ObjectMapper().readTree(adjudicate.out()).get("added").asInt() > 0, adjudicate.out());
    }

    @Test
    void checkNamesADamagedSetAndTheRepairQuarantinesItThroughTheProduct() throws Exception {
        Path project = dir.resolve("demo-project");
        assertEquals(0, glossa("demo", project.toString()).code());
        assertEquals(0, glossa("check", project.toString()).code(), "the demo project is clean");
        Path bob = project.resolve("annotations/harbor-bridge-vote/bob.xmi");
        Files.write(bob, new byte[0]);

        GlossaRun check = glossa("check", project.toString());
        assertEquals(1, check.code(), check.out() + check.err());
        assertTrue(check.out().contains(bob + ": is empty (0 bytes)"), check.out());
        GlossaRun adjudicate = glossa("adjudicate", project.toString(), "--auto");
        assertEquals(1, adjudicate.code(), "no gold from the remaining annotators: " + adjudicate.out());
        assertTrue(adjudicate.err().contains("harbor-bridge-vote (" + bob + ")"), adjudicate.err());

        GlossaRun repair = glossa("check", project.toString(), "--repair");
        assertEquals(0, repair.code(), repair.out() + repair.err());
        assertTrue(repair.out().contains("moved into .glossa/quarantine/"), repair.out());
        assertEquals(0, glossa("check", project.toString()).code());
        assertEquals(0, glossa("adjudicate", project.toString(), "--auto").code());
    }
}
