package org.glossa.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.StoredConfig;
import org.glossa.agreement.report.AgreementAnalysis;
import org.glossa.agreement.report.MarkdownReportWriter;
import org.glossa.agreement.study.AgreementScope;
import org.glossa.core.storage.ProjectLockedException;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.review.study.StudyLoader;
import org.glossa.team.merge.MergeConflict;
import org.glossa.team.merge.Resolution;
import org.glossa.testing.ProjectCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Share, clone and sync with real repositories (a bare repository on disk as the team's server). */
class TeamSyncTest {
    @TempDir
    Path dir;

    @Test
    void shareAndJoinPutEveryMemberIntoTheSharedProject() throws Exception {
        TeamTestBed team = new TeamTestBed(dir);
        Map<String, ObjectId> shared = team.remoteFiles();
        assertTrue(shared.keySet().containsAll(List.of("project.xmi", "texts/one.txt", "texts/two.txt", ".gitignore",
                ".gitattributes", "team/members/cora.json")), shared.keySet().toString());
        assertFalse(shared.keySet().stream().anyMatch(path -> path.startsWith(".glossa/")), "machine files stay local");

        Path alice = team.join("alice");
        assertTrue(team.remoteFiles().containsKey("team/members/alice.json"), "the join was pushed");
        try (ProjectStore store = ProjectStore.open(alice)) {
            assertTrue(store.project().getAnnotators().stream().anyMatch(a -> a.getName().equals("alice")));
        }
        try (TeamRepository repository = TeamRepository.open(alice)) {
            assertEquals(new TeamIdentity("alice", Role.ANNOTATOR), repository.identity());
        }
        assertTrue(team.sync(alice).nothingToDo(), "a second sync has nothing to do");
    }

    @Test
    void annotatorsSyncingInAnyOrderLoseNothingAndTheCuratorGetsEveryFile() throws Exception {
        TeamTestBed team = new TeamTestBed(dir);
        Path alice = team.join("alice");
        Path bob = team.join("bob");
        TeamTestBed.annotate(alice, "alice", "one", "PER", "Lena Ortiz");
        TeamTestBed.annotate(bob, "bob", "one", "PER", "Mayor Lena Ortiz");
        TeamTestBed.annotate(bob, "bob", "two", "GPE", "Port Alder");
        team.sync(bob);
        TeamTestBed.annotate(alice, "alice", "two", "PER", "Kim Yung-ho");
        team.sync(alice);
        TeamTestBed.annotate(bob, "bob", "one", "GPE", "Riverton");
        team.sync(bob);
        team.sync(alice);
        team.sync(team.curator);

        for (String document : List.of("one", "two")) {
            for (Path copy : List.of(team.curator, alice, bob)) {
                assertEquals(TeamTestBed.spans(alice, "alice", document), TeamTestBed.spans(copy, "alice", document));
                assertEquals(TeamTestBed.spans(bob, "bob", document), TeamTestBed.spans(copy, "bob", document));
            }
        }
        assertEquals(2, TeamTestBed.spans(team.curator, "bob", "one").size());
        for (byte[] content : TeamTestBed.files(team.curator).values()) {
            assertFalse(new String(content, StandardCharsets.UTF_8).contains("<<<<<<<"), "no conflict markers");
        }
    }

    @Test
    void theCuratorsAgreementEqualsTheOneOfAllFilesCopiedTogether() throws Exception {
        TeamTestBed team = new TeamTestBed(dir);
        Path alice = team.join("alice");
        Path bob = team.join("bob");
        Path carol = team.join("carol");
        TeamTestBed.annotate(carol, "carol", "one", "PER", "Lena Ortiz");
        TeamTestBed.annotate(alice, "alice", "one", "PER", "Lena Ortiz");
        team.sync(alice);
        TeamTestBed.annotate(bob, "bob", "one", "PER", "Mayor Lena Ortiz");
        TeamTestBed.annotate(carol, "carol", "two", "GPE", "Port Alder");
        team.sync(carol);
        team.sync(bob);
        TeamTestBed.annotate(alice, "alice", "two", "GPE", "Port Alder");
        TeamTestBed.annotate(bob, "bob", "two", "ORG", "Port Alder");
        team.sync(bob);
        team.sync(alice);
        team.sync(team.curator);

        Path together = dir.resolve("together");
        TeamTestBed.copyFolder(team.curator.resolve("texts"), together.resolve("texts"));
        Files.copy(team.curator.resolve("project.xmi"), together.resolve("project.xmi"));
        for (Path copy : List.of(alice, bob, carol)) {
            String name = copy.getFileName().toString();
            for (String document : List.of("one", "two")) {
                Path file = copy.resolve("annotations/" + document + "/" + name + ".xmi");
                Files.createDirectories(together.resolve("annotations/" + document));
                Files.copy(file, together.resolve("annotations/" + document + "/" + name + ".xmi"));
            }
        }
        assertEquals(agreement(together), agreement(team.curator));
    }

    private static String agreement(Path project) throws IOException {
        try (ProjectStore store = ProjectStore.open(project)) {
            AgreementScope scope = new AgreementScope(List.of(), List.of("alice", "bob", "carol"), List.of());
            StringBuilder text = new StringBuilder();
            MarkdownReportWriter.write(AgreementAnalysis.analyse("team",
                    new StudyLoader(store).load(scope, new NullProgressMonitor()), new NullProgressMonitor()), text);
            return text.toString().lines().filter(line -> !line.matches(".*\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:.*"))
                    .reduce("", (a, b) -> a + b + "\n");
        }
    }

    @Test
    void twoAnnotatorsJoiningAtTheSameTimeBothEndUpInTheProject() throws Exception {
        TeamTestBed team = new TeamTestBed(dir);
        // bob clones the same state as alice, before alice's join reaches the server
        Path sameState = dir.resolve("server/same-state.git");
        TeamTestBed.copyFolder(team.remote, sameState);
        Path alice = team.join("alice");
        Path bob = dir.resolve("bob");
        TeamClone.cloneAndJoin(sameState.toString(), bob, "bob", Role.ANNOTATOR, team.access);
        try (Git git = Git.open(bob.toFile())) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", team.remote.toString());
            config.save();
        }
        SyncResult merged = team.sync(bob);
        assertTrue(merged.mergedFiles().contains("project.xmi"), merged.toString());
        team.sync(alice);
        for (Path copy : List.of(alice, bob)) {
            try (ProjectStore store = ProjectStore.open(copy)) {
                List<String> names = store.project().getAnnotators().stream().map(a -> a.getName()).toList();
                assertTrue(names.containsAll(List.of("alice", "bob")), names.toString());
            }
            assertTrue(Files.isRegularFile(copy.resolve("team/members/alice.json")));
            assertTrue(Files.isRegularFile(copy.resolve("team/members/bob.json")));
        }
    }

    @Test
    void documentsTheCuratorAddsWhileAnnotatorsSyncReachEveryone() throws Exception {
        TeamTestBed team = new TeamTestBed(dir);
        Path alice = team.join("alice");
        TeamTestBed.annotate(alice, "alice", "one", "PER", "Lena Ortiz");
        team.sync(alice);
        String text = "SPORTS\nThe Riverton Rowing Club won the regatta on Sunday.\n";
        try (ProjectStore store = ProjectStore.openForWriting(team.curator, "test")) {
            ProjectCorpus.addDocument(store, "three", "three", text, 7, text.length());
            store.save();
        }
        TeamTestBed.annotate(alice, "alice", "two", "GPE", "Port Alder");
        team.sync(team.curator);
        team.sync(alice);
        TeamTestBed.annotate(alice, "alice", "three", "ORG", "Riverton Rowing Club");
        team.sync(alice);
        team.sync(team.curator);
        assertEquals(1, TeamTestBed.spans(team.curator, "alice", "three").size());
        assertEquals(TeamTestBed.spans(alice, "alice", "one"), TeamTestBed.spans(team.curator, "alice", "one"));
        try (ProjectStore store = ProjectStore.open(alice)) {
            assertEquals(List.of("one", "two", "three"), store.project().getDocuments().stream().map(Document::getId).toList());
            assertEquals(text, store.text(store.document("three").orElseThrow()));
        }
    }

    @Test
    void aSchemaElementChangedByTwoIsAConflictNamedAndDecided() throws Exception {
        TeamTestBed team = new TeamTestBed(dir);
        Path alice = team.join("alice");
        recolour(team.curator, "PER", "#112233");
        team.sync(team.curator);
        TeamTestBed.annotate(alice, "alice", "one", "PER", "Lena Ortiz");
        recolour(alice, "PER", "#445566");
        Map<String, byte[]> before = TeamTestBed.files(alice);

        TeamSync.SyncConflictException conflict = assertThrows(TeamSync.SyncConflictException.class, () -> team.sync(alice));
        assertEquals(1, conflict.conflicts().size(), conflict.getMessage());
        MergeConflict named = conflict.conflicts().get(0);
        assertEquals("project.xmi", named.file());
        assertEquals("schema news › layer Entity › label PER", named.element());
        assertEquals("color", named.feature());
        assertEquals("#445566", named.ours());
        assertEquals("#112233", named.theirs());
        TeamTestBed.assertSameFiles(before, TeamTestBed.files(alice));

        team.sync(alice, Resolution.THEIRS);
        assertEquals("#112233", colour(alice, "PER"));
        assertEquals(1, TeamTestBed.spans(alice, "alice", "one").size(), "the annotator's work is kept");
        team.sync(team.curator);
        assertEquals(1, TeamTestBed.spans(team.curator, "alice", "one").size());
    }

    @Test
    void theCuratorAdjudicatesAndAnnotatorsReceiveGold() throws Exception {
        TeamTestBed team = new TeamTestBed(dir);
        Path alice = team.join("alice");
        TeamTestBed.annotate(alice, "alice", "one", "PER", "Lena Ortiz");
        team.sync(alice);
        team.sync(team.curator);
        TeamTestBed.annotate(team.curator, "gold", "one", "PER", "Lena Ortiz");
        team.sync(team.curator);
        team.sync(alice);
        assertEquals(TeamTestBed.spans(team.curator, "gold", "one"), TeamTestBed.spans(alice, "gold", "one"));
        assertEquals(1, TeamTestBed.spans(alice, "gold", "one").size());
    }

    @Test
    void statusTellsWhatIsNotSentAndSyncTakesTheWritersLock() throws Exception {
        TeamTestBed team = new TeamTestBed(dir);
        Path alice = team.join("alice");
        TeamTestBed.annotate(alice, "alice", "one", "PER", "Lena Ortiz");
        TeamStatus.Row row = row(TeamStatus.read(alice), "one", "alice");
        assertEquals(TeamStatus.SyncState.NOT_SENT, row.state());

        try (ProjectStore open = ProjectStore.openForWriting(alice, "the workbench")) {
            ProjectLockedException locked = assertThrows(ProjectLockedException.class, () -> team.sync(alice));
            assertTrue(locked.getMessage().contains("the workbench"), locked.getMessage());
        }
        Files.writeString(alice.resolve(".git/index.lock"), "left by a killed sync");
        SyncResult result = team.sync(alice);
        assertEquals(List.of("index.lock"), result.recoveredLocks());
        assertEquals(TeamStatus.SyncState.SYNCED, row(TeamStatus.read(alice), "one", "alice").state());
    }

    @Test
    void aRemoteThatIsNotAGlossaProjectIsRefusedAndNothingChanges() throws Exception {
        TeamTestBed team = new TeamTestBed(dir);
        Path other = dir.resolve("server/other.git");
        Path scratch = dir.resolve("scratch");
        try (Git git = Git.init().setDirectory(scratch.toFile()).setInitialBranch("main").call()) {
            Files.writeString(scratch.resolve("README"), "not a project");
            git.add().addFilepattern("README").call();
            git.commit().setMessage("readme").setAuthor("x", "x@x.invalid").setCommitter("x", "x@x.invalid").call();
        }
        Git.cloneRepository().setBare(true).setURI(scratch.toString()).setDirectory(other.toFile()).call().close();

        Path target = dir.resolve("alice");
        TeamException cloned = assertThrows(TeamException.class,
                () -> TeamClone.cloneAndJoin(other.toString(), target, "alice", Role.ANNOTATOR, team.access));
        assertTrue(cloned.getMessage().contains("not a Glossa project"), cloned.getMessage());
        assertFalse(Files.exists(target), "nothing created");

        Path bob = team.join("bob");
        TeamTestBed.annotate(bob, "bob", "one", "PER", "Lena Ortiz");
        try (Git git = Git.open(bob.toFile())) {
            git.getRepository().getConfig().setString("remote", "origin", "url", other.toString());
            git.getRepository().getConfig().save();
        }
        Map<String, byte[]> before = TeamTestBed.files(bob);
        TeamException synced = assertThrows(TeamException.class, () -> team.sync(bob));
        assertTrue(synced.getMessage().contains("not a Glossa project"), synced.getMessage());
        TeamTestBed.assertSameFiles(before, TeamTestBed.files(bob));
    }

    @Test
    void offlineTheWorkStaysCommittedHereAndTheNextSyncSendsIt() throws Exception {
        TeamTestBed team = new TeamTestBed(dir);
        Path alice = team.join("alice");
        Path away = dir.resolve("server/away.git");
        Files.move(team.remote, away); // the file share is gone
        TeamTestBed.annotate(alice, "alice", "one", "PER", "Lena Ortiz");
        TeamException offline = assertThrows(TeamException.class, () -> team.sync(alice));
        assertTrue(offline.getMessage().contains(team.remote.toString()), offline.getMessage());
        assertTrue(offline.getMessage().contains("committed locally"), offline.getMessage());
        assertEquals(1, TeamTestBed.spans(alice, "alice", "one").size());
        assertEquals(1, TeamStatus.read(alice).ahead(), "one commit waits to be sent");

        Files.move(away, team.remote);
        SyncResult back = team.sync(alice);
        assertTrue(back.committed().isEmpty() && back.pushed() != null, back.toString());
        team.sync(team.curator);
        assertEquals(TeamTestBed.spans(alice, "alice", "one"), TeamTestBed.spans(team.curator, "alice", "one"));
    }

    @Test
    void anAnnotatorNeverSendsAnotherAnnotatorsFile() throws Exception {
        TeamTestBed team = new TeamTestBed(dir);
        Path alice = team.join("alice");
        Path bob = team.join("bob");
        TeamTestBed.annotate(bob, "bob", "one", "PER", "Lena Ortiz");
        team.sync(bob);
        team.sync(alice);
        List<String> bobs = TeamTestBed.spans(alice, "bob", "one");
        TeamTestBed.annotate(alice, "bob", "one", "GPE", "Riverton"); // in alice's copy, bob's existing file
        TeamTestBed.annotate(alice, "bob", "two", "GPE", "Port Alder"); // and a new one
        TeamTestBed.annotate(alice, "alice", "one", "PER", "Mayor Lena Ortiz");

        SyncResult result = team.sync(alice);
        assertEquals(List.of("annotations/one/alice.xmi"), result.committed());
        assertEquals(List.of("annotations/one/bob.xmi", "annotations/two/bob.xmi"), result.restored());
        assertEquals(bobs, TeamTestBed.spans(alice, "bob", "one"), "the team's version of bob's file is back");
        assertFalse(team.remoteFiles().containsKey("annotations/two/bob.xmi"), "a new file of bob's is not sent");
        team.sync(bob);
        assertEquals(bobs, TeamTestBed.spans(bob, "bob", "one"));
        assertEquals(1, TeamTestBed.spans(bob, "alice", "one").size());
    }

    @Test
    void aFileUrlWorksAsAPathDoes() throws Exception {
        Path project = dir.resolve("project");
        ProjectCorpus corpus = new ProjectCorpus(project);
        corpus.add("one", TeamTestBed.TEXT_ONE);
        corpus.store().save();
        corpus.store().close();
        String url = dir.resolve("server/team.git").toUri().toString();
        assertTrue(url.startsWith("file:/"), url);
        GitAccess access = GitAccess.of(dir.toFile(), Map.of());
        TeamShare.share(project, url, "cora", access);
        TeamClone.Joined alice = TeamClone.cloneAndJoin(url, dir.resolve("alice"), "alice", Role.ANNOTATOR, access);
        assertTrue(alice.pushed(), alice.note());
        TeamTestBed.annotate(alice.project(), "alice", "one", "PER", "Lena Ortiz");
        TeamSync.sync(alice.project(), access, Resolution.NONE, new NullProgressMonitor());
        TeamSync.sync(project, access, Resolution.NONE, new NullProgressMonitor());
        assertEquals(TeamTestBed.spans(alice.project(), "alice", "one"), TeamTestBed.spans(project, "alice", "one"));
    }

    @Test
    void aSpanWithALabelTheOtherSideRemovedIsAConflictNotAnInvalidSet() throws Exception {
        TeamTestBed team = new TeamTestBed(dir);
        Path alice = team.join("alice");
        try (ProjectStore store = ProjectStore.openForWriting(team.curator, "test")) {
            store.schema().getLayers().get(0).getLabels().removeIf(label -> label.getName().equals("EVENT"));
            store.save();
        }
        team.sync(team.curator);
        TeamTestBed.annotate(alice, "alice", "one", "EVENT", "harbor bridge");
        Map<String, byte[]> before = TeamTestBed.files(alice);

        TeamSync.SyncConflictException conflict = assertThrows(TeamSync.SyncConflictException.class, () -> team.sync(alice));
        MergeConflict named = conflict.conflicts().get(0);
        assertEquals("annotations/one/alice.xmi", named.file(), conflict.getMessage());
        assertTrue(named.ours().contains("label 'EVENT' is not in layer Entity"), named.toString());
        TeamTestBed.assertSameFiles(before, TeamTestBed.files(alice));
        assertFalse(team.remoteFiles().containsKey("annotations/one/alice.xmi"), "nothing invalid reaches the team");
    }

    private static TeamStatus.Row row(TeamStatus.Report report, String document, String annotator) {
        return report.rows().stream().filter(r -> r.document().equals(document) && r.annotator().equals(annotator))
                .findFirst().orElseThrow(() -> new AssertionError(report.rows().toString()));
    }

    private static void recolour(Path copy, String label, String colour) throws Exception {
        try (ProjectStore store = ProjectStore.openForWriting(copy, "test")) {
            store.schema().getLayers().stream().flatMap(l -> l.getLabels().stream()).filter(l -> l.getName().equals(label))
                    .findFirst().orElseThrow().setColor(colour);
            store.save();
        }
    }

    private static String colour(Path copy, String label) throws IOException {
        try (ProjectStore store = ProjectStore.open(copy)) {
            return store.schema().getLayers().stream().flatMap(l -> l.getLabels().stream())
                    .filter(l -> l.getName().equals(label)).findFirst().orElseThrow().getColor();
        }
    }
}
