package org.glossa.team.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.glossa.team.GitAccess;
import org.glossa.team.Role;
import org.glossa.team.SyncResult;
import org.glossa.team.TeamClone;
import org.glossa.team.TeamException;
import org.glossa.team.TeamShare;
import org.glossa.team.TeamSync;
import org.glossa.team.merge.Resolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team project over SSH: a real sshd server on 127.0.0.1 ({@link SshGitServer}) and JGit's sshd client with keys,
 * {@code known_hosts} and config in a home folder of the test's, as a user's {@code ~/.ssh} holds them.
 */
class SshTransportTest {
    @TempDir
    Path temp;

    private SshGitServer server;
    private Path home;
    private KeyPair userKey;
    private GitAccess access;

    @BeforeEach
    void startServer() throws Exception {
        Path repositories = Files.createDirectories(temp.resolve("server"));
        Git.init().setBare(true).setDirectory(repositories.resolve("team.git").toFile()).setInitialBranch("main").call()
                .close();
        server = new SshGitServer(repositories);
        home = Files.createDirectories(temp.resolve("home"));
        userKey = SshKeys.generate();
        SshKeys.writeIdentity(home, userKey);
        SshKeys.trustHost(home, server.port(), server.hostKey());
        server.allow(userKey.getPublic());
        access = GitAccess.of(home.toFile(), Map.of());
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    @Test
    void curatorSharesAnnotatorClonesAnnotatesAndSyncsOverSsh() throws Exception {
        Path project = TeamProjects.create(temp.resolve("curator"));
        String url = server.url("team.git");

        TeamShare.share(project, url, "carol", access);
        TeamClone.Joined anna = TeamClone.cloneAndJoin(url, temp.resolve("anna"), "anna", Role.ANNOTATOR, access);
        assertTrue(anna.pushed(), anna.note());
        TeamProjects.annotate(anna.project(), "anna", "Kestrel Bay", "GPE");
        SyncResult synced = TeamSync.sync(anna.project(), access, Resolution.NONE, new NullProgressMonitor());

        assertTrue(synced.pushed() != null, "the sync pushed anna's work: " + synced);
        TeamClone.Joined later = TeamClone.cloneAndJoin(url, temp.resolve("ben"), "ben", Role.ANNOTATOR, access);
        assertEquals(List.of("GPE:Kestrel Bay"), TeamProjects.spans(later.project(), "anna"));
        List<String> commands = server.commands();
        assertTrue(commands.contains("git-receive-pack '/team.git'"), "pushed through the SSH server: " + commands);
        assertTrue(commands.contains("git-upload-pack '/team.git'"), "fetched through the SSH server: " + commands);
    }

    @Test
    void aKeyTheServerDoesNotKnowIsOneLineAndCreatesNothing() throws Exception {
        Path project = TeamProjects.create(temp.resolve("curator"));
        String url = server.url("team.git");
        TeamShare.share(project, url, "carol", access);
        Path strangerHome = Files.createDirectories(temp.resolve("stranger"));
        SshKeys.writeIdentity(strangerHome, SshKeys.generate());
        SshKeys.trustHost(strangerHome, server.port(), server.hostKey());
        GitAccess stranger = GitAccess.of(strangerHome.toFile(), Map.of());

        Path target = temp.resolve("clone");
        TeamException failure = assertThrows(TeamException.class,
                () -> TeamClone.cloneAndJoin(url, target, "eve", Role.ANNOTATOR, stranger));

        assertOneLine(failure);
        assertTrue(failure.getMessage().startsWith("authentication failed for " + url), failure.getMessage());
        assertFalse(Files.exists(target), "nothing created: " + TeamProjects.snapshot(target).keySet());
    }

    @Test
    void aSyncWithAKeyTheServerNoLongerTakesChangesNothing() throws Exception {
        Path project = TeamProjects.create(temp.resolve("curator"));
        String url = server.url("team.git");
        TeamShare.share(project, url, "carol", access);
        TeamClone.Joined anna = TeamClone.cloneAndJoin(url, temp.resolve("anna"), "anna", Role.ANNOTATOR, access);
        // anna's key is replaced by one the server does not know (a new laptop, say)
        SshKeys.writeIdentity(home, SshKeys.generate());
        Map<String, String> before = TeamProjects.snapshot(anna.project());
        ObjectId head = TeamProjects.head(anna.project());

        TeamException failure = assertThrows(TeamException.class, () -> TeamSync.sync(anna.project(),
                GitAccess.of(home.toFile(), Map.of()), Resolution.NONE, new NullProgressMonitor()));

        assertOneLine(failure);
        assertTrue(failure.getMessage().startsWith("authentication failed for " + url), failure.getMessage());
        assertEquals(before, TeamProjects.snapshot(anna.project()));
        assertEquals(head, TeamProjects.head(anna.project()));
    }

    @Test
    void anUnknownHostKeyIsRefusedWithHowToTrustIt() throws Exception {
        Files.delete(home.resolve(".ssh/known_hosts"));
        Path target = temp.resolve("clone");
        String url = server.url("team.git");

        TeamException failure = assertThrows(TeamException.class,
                () -> TeamClone.cloneAndJoin(url, target, "anna", Role.ANNOTATOR, GitAccess.of(home.toFile(), Map.of())));

        assertOneLine(failure);
        assertTrue(failure.getMessage().contains("host key"), failure.getMessage());
        assertTrue(failure.getMessage().contains("known_hosts"), failure.getMessage());
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(home.resolve(".ssh/known_hosts")), "nothing trusted behind the user's back");
    }

    @Test
    void aChangedHostKeyIsRefusedEvenWithAcceptNewAndKnownHostsStaysAsItWas() throws Exception {
        Files.delete(home.resolve(".ssh/known_hosts"));
        SshKeys.trustHost(home, server.port(), SshKeys.generate().getPublic());
        Files.writeString(home.resolve(".ssh/config"), "Host 127.0.0.1\n  StrictHostKeyChecking accept-new\n");
        String knownHosts = Files.readString(home.resolve(".ssh/known_hosts"));
        Path target = temp.resolve("clone");

        TeamException failure = assertThrows(TeamException.class, () -> TeamClone.cloneAndJoin(server.url("team.git"),
                target, "anna", Role.ANNOTATOR, GitAccess.of(home.toFile(), Map.of())));

        assertOneLine(failure);
        assertTrue(failure.getMessage().startsWith("the SSH host key of 127.0.0.1:" + server.port()), failure.getMessage());
        assertFalse(Files.exists(target));
        assertEquals(knownHosts, Files.readString(home.resolve(".ssh/known_hosts")));
    }

    @Test
    void acceptNewInTheSshConfigTrustsANewHostOnceAndRemembersIt() throws Exception {
        // a known_hosts without this server (JGit adds to the file; it asks before creating one, and no one answers)
        Files.writeString(home.resolve(".ssh/known_hosts"), "");
        Files.writeString(home.resolve(".ssh/config"), "Host 127.0.0.1\n  StrictHostKeyChecking accept-new\n");
        Path project = TeamProjects.create(temp.resolve("curator"));

        TeamShare.share(project, server.url("team.git"), "carol", GitAccess.of(home.toFile(), Map.of()));

        String knownHosts = Files.readString(home.resolve(".ssh/known_hosts"));
        assertTrue(knownHosts.contains("[127.0.0.1]:" + server.port()), knownHosts);
    }

    static void assertOneLine(TeamException failure) {
        assertFalse(failure.getMessage().contains("\n"), "one line: " + failure.getMessage());
    }
}
