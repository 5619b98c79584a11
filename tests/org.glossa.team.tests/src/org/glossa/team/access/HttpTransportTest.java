package org.glossa.team.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
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
 * A team project over smart HTTP with Basic authentication ({@link HttpGitServer} on 127.0.0.1), the password coming
 * from a credential helper in the user's {@code .gitconfig}, as a git host's HTTPS remote is used.
 */
class HttpTransportTest {
    @TempDir
    Path temp;

    private HttpGitServer server;
    private Path home;

    @BeforeEach
    void startServer() throws Exception {
        Path repositories = Files.createDirectories(temp.resolve("server"));
        Git.init().setBare(true).setDirectory(repositories.resolve("team.git").toFile()).setInitialBranch("main").call()
                .close();
        server = new HttpGitServer(repositories, "alice", "s3cret");
        home = Files.createDirectories(temp.resolve("home"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void shareCloneAnnotateAndSyncWithTheCredentialHelpersPassword() throws Exception {
        HelperScript helper = helper("alice", "s3cret");
        GitAccess access = GitAccess.of(home.toFile(), Map.of("PATH", "/usr/bin:/bin"));
        String url = server.url("team.git");

        TeamShare.share(TeamProjects.create(temp.resolve("curator")), url, "carol", access);
        TeamClone.Joined anna = TeamClone.cloneAndJoin(url, temp.resolve("anna"), "anna", Role.ANNOTATOR, access);
        assertTrue(anna.pushed(), anna.note());
        TeamProjects.annotate(anna.project(), "anna", "northern channel", "LOC");
        SyncResult synced = TeamSync.sync(anna.project(), access, Resolution.NONE, new NullProgressMonitor());
        TeamClone.Joined ben = TeamClone.cloneAndJoin(url, temp.resolve("ben"), "ben", Role.ANNOTATOR, access);

        assertTrue(synced.pushed() != null, synced.toString());
        assertEquals(List.of("LOC:northern channel"), TeamProjects.spans(ben.project(), "anna"));
        HelperScript.Run first = helper.runs().get(0);
        assertEquals("get", first.arguments());
        assertEquals(List.of("protocol=http", "host=127.0.0.1:" + server.port(), ""), first.request());
        assertTrue(server.requests().contains("POST /team.git/git-receive-pack 200"), server.requests().toString());
        for (Path project : List.of(anna.project(), ben.project())) {
            String config = Files.readString(project.resolve(".git/config"));
            assertFalse(config.contains("s3cret"), "no password in the working copy's git config");
        }
    }

    @Test
    void aWrongPasswordIsAuthenticationFailedCreatesNothingAndTheHelperErasesIt() throws Exception {
        HelperScript helper = helper("alice", "wrong");
        GitAccess access = GitAccess.of(home.toFile(), Map.of("PATH", "/usr/bin:/bin"));
        Path target = temp.resolve("anna");
        String url = server.url("team.git");

        TeamException failure = assertThrows(TeamException.class,
                () -> TeamClone.cloneAndJoin(url, target, "anna", Role.ANNOTATOR, access));

        RemoteFailuresTest.assertLine(failure, "authentication failed for " + url);
        assertFalse(failure.getMessage().contains("wrong"), "no password in the message");
        assertFalse(Files.exists(target));
        // as git does after a refusal: the helper is told to forget what it gave
        assertTrue(helper.runs().stream().anyMatch(run -> run.arguments().equals("erase")
                && run.request().contains("password=wrong")), helper.runs().toString());
    }

    @Test
    void noCredentialAtAllIsAuthenticationFailed() throws Exception {
        GitAccess access = GitAccess.of(home.toFile(), Map.of("PATH", "/usr/bin:/bin"));
        String url = server.url("team.git");

        TeamException failure = assertThrows(TeamException.class,
                () -> TeamShare.share(TeamProjects.create(temp.resolve("curator")), url, "carol", access));

        RemoteFailuresTest.assertLine(failure, "authentication failed for " + url);
        assertFalse(Files.exists(temp.resolve("curator/.git")), "nothing changed");
    }

    private HelperScript helper(String user, String password) throws Exception {
        HelperScript helper = HelperScript.write(temp.resolve("helpers"), "keyring", user, password);
        Files.writeString(home.resolve(".gitconfig"), "[credential]\n\thelper = " + helper.path() + "\n");
        return helper;
    }
}
