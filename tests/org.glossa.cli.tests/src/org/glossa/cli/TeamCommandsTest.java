package org.glossa.cli;

import static org.glossa.cli.CliTest.glossa;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.glossa.cli.CliTest.Result;
import org.glossa.testing.DemoAnnotations;
import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code glossa team ...} in-process, with a bare repository on disk as the team's server. */
class TeamCommandsTest {
    @TempDir
    Path dir;

    @Test
    void aTeamSharesClonesAssignsAndSyncs() throws Exception {
        Path project = dir.resolve("project");
        String server = dir.resolve("server/team.git").toString();
        assertEquals(0, glossa("init", project.toString(), "--name", "Team").code());
        assertEquals(0, glossa("import", project.toString(), Fixtures.demoCorpus().toString()).code());
        Result shared = ok(glossa("team", "share", project.toString(), server, "--curator", "cora"));
        assertTrue(shared.out().contains("cora is its curator"), shared.out());
        Result again = glossa("team", "share", project.toString(), server, "--curator", "cora");
        assertEquals(Cli.FAILED, again.code());
        assertTrue(again.err().contains("is a git repository already"), again.err());

        Path alice = dir.resolve("alice");
        Path bob = dir.resolve("bob");
        ok(glossa("team", "clone", server, alice.toString(), "--annotator", "alice"));
        ok(glossa("team", "clone", server, bob.toString(), "--annotator", "bob"));
        assertEquals(Cli.USAGE, glossa("team", "clone", server, dir.resolve("x").toString()).code());

        ok(glossa("annotations", "import", alice.toString(), "--annotator", "alice", "--format", "brat",
                DemoAnnotations.folder("alice", dir.resolve("work")).toString()));
        JsonNode before = json(ok(glossa("team", "status", alice.toString(), "--json")));
        assertEquals("alice", before.get("member").asText());
        assertTrue(sync(before, "harbor-bridge-vote", "alice").equals("not sent"), before.toString());
        Result synced = ok(glossa("team", "sync", alice.toString()));
        assertTrue(synced.out().startsWith("Sent 2 files"), synced.out());
        assertEquals("synced", sync(json(ok(glossa("team", "status", alice.toString(), "--json"))), "harbor-bridge-vote",
                "alice"));

        Result assigned = ok(glossa("team", "assign", project.toString(), "--annotators", "alice,bob", "--per-document", "1"));
        assertTrue(assigned.out().contains("alice: ") && assigned.out().contains("bob: "), assigned.out());
        ok(glossa("team", "sync", project.toString()));
        Result received = ok(glossa("team", "sync", bob.toString()));
        assertTrue(received.out().startsWith("Received"), received.out());
        JsonNode bobs = json(ok(glossa("team", "status", bob.toString(), "--json")));
        long mine = 0;
        for (JsonNode row : bobs.get("rows")) {
            if (row.get("annotator").asText().equals("bob") && row.get("assigned").asBoolean()) {
                mine++;
            }
        }
        assertTrue(mine > 0, bobs.toString());
        assertTrue(Files.isRegularFile(bob.resolve("annotations/harbor-bridge-vote/alice.xmi")), "bob's copy has alice's file");

        Result notCurator = glossa("team", "assign", alice.toString(), "--annotators", "alice", "--per-document", "1");
        assertEquals(Cli.FAILED, notCurator.code());
        assertTrue(notCurator.err().contains("is the curator's"), notCurator.err());
        Result ours = glossa("team", "sync", alice.toString(), "--resolve", "ours");
        assertEquals(Cli.FAILED, ours.code());
        assertTrue(ours.err().contains("curator"), ours.err());
        ok(glossa("team", "sync", alice.toString(), "--resolve", "theirs"));
    }

    @Test
    void aRemoteThatDoesNotExistIsOneLineAndLeavesNoFolder() {
        Path target = dir.resolve("copy");
        Result missing = glossa("team", "clone", dir.resolve("nowhere.git").toString(), target.toString(), "--annotator",
                "alice");
        assertEquals(Cli.FAILED, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().contains("no git repository at"), missing.err());
        assertFalse(Files.exists(target));
        Result notTeam = glossa("team", "status", dir.toString());
        assertEquals(Cli.FAILED, notTeam.code());
        assertTrue(notTeam.err().contains("is not a Glossa project"), notTeam.err());
    }

    private static Result ok(Result result) {
        assertEquals(Cli.OK, result.code(), result.err());
        return result;
    }

    private static JsonNode json(Result result) throws Exception {
        return new ObjectMapper().readTree(result.out());
    }

    private static String sync(JsonNode status, String document, String annotator) {
        for (JsonNode row : status.get("rows")) {
            if (row.get("document").asText().equals(document) && row.get("annotator").asText().equals(annotator)) {
                return row.get("sync").asText();
            }
        }
        throw new AssertionError(document + "/" + annotator + " not in " + status);
    }
}
