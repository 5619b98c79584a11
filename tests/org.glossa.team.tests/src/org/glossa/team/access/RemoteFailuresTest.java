package org.glossa.team.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.StoredConfig;
import org.glossa.team.GitAccess;
import org.glossa.team.Role;
import org.glossa.team.TeamClone;
import org.glossa.team.TeamException;
import org.glossa.team.TeamShare;
import org.glossa.team.TeamSync;
import org.glossa.team.merge.Resolution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote faults of the issue, each one line and nothing changed here: a remote that cannot be reached (a closed
 * port on 127.0.0.1, over SSH and HTTP), and a remote that is a git repository but not a Glossa project.
 */
class RemoteFailuresTest {
    @TempDir
    Path temp;

    private GitAccess access;
    private Path bare;
    private Path anna;

    @BeforeEach
    void workingCopy() throws Exception {
        access = GitAccess.of(Files.createDirectories(temp.resolve("home")).toFile(), Map.of());
        bare = temp.resolve("team.git");
        TeamShare.share(TeamProjects.create(temp.resolve("curator")), bare.toString(), "carol", access);
        anna = TeamClone.cloneAndJoin(bare.toString(), temp.resolve("anna"), "anna", Role.ANNOTATOR, access).project();
    }

    @Test
    void aClosedPortIsCannotReachForCloneOverSshAndHttp() throws Exception {
        int port = closedPort();
        for (String url : new String[] { "ssh://git@127.0.0.1:" + port + "/team.git", "http://127.0.0.1:" + port + "/team.git" }) {
            Path target = temp.resolve("clone-" + url.substring(0, 3));
            TeamException failure = assertThrows(TeamException.class,
                    () -> TeamClone.cloneAndJoin(url, target, "ben", Role.ANNOTATOR, access));
            assertLine(failure, "cannot reach " + url);
            assertFalse(Files.exists(target));
        }
    }

    @Test
    void aClosedPortIsCannotReachForSyncAndChangesNothing() throws Exception {
        String url = "ssh://git@127.0.0.1:" + closedPort() + "/team.git";
        pointTo(anna, url);
        Map<String, String> before = TeamProjects.snapshot(anna);
        ObjectId head = TeamProjects.head(anna);

        TeamException failure = assertThrows(TeamException.class,
                () -> TeamSync.sync(anna, access, Resolution.NONE, new NullProgressMonitor()));

        assertLine(failure, "cannot reach " + url);
        assertEquals(before, TeamProjects.snapshot(anna));
        assertEquals(head, TeamProjects.head(anna));
    }

    @Test
    void aGitRepositoryThatIsNotAGlossaProjectIsOneLineForCloneAndSync() throws Exception {
        Path other = otherRepository();
        Path target = temp.resolve("clone");
        TeamException cloneFailure = assertThrows(TeamException.class,
                () -> TeamClone.cloneAndJoin(other.toUri().toString(), target, "ben", Role.ANNOTATOR, access));
        assertLine(cloneFailure, other.toUri().toString() + " is not a Glossa project");
        assertFalse(Files.exists(target));

        pointTo(anna, other.toUri().toString());
        Predicate<String> workingFiles = name -> !name.startsWith(".git/");
        Map<String, String> before = filtered(TeamProjects.snapshot(anna), workingFiles);
        ObjectId head = TeamProjects.head(anna);
        TeamException syncFailure = assertThrows(TeamException.class,
                () -> TeamSync.sync(anna, access, Resolution.NONE, new NullProgressMonitor()));
        assertLine(syncFailure, other.toUri().toString() + " is not a Glossa project");
        assertEquals(before, filtered(TeamProjects.snapshot(anna), workingFiles));
        assertEquals(head, TeamProjects.head(anna));
    }

    @Test
    void aPasswordWrittenIntoTheUrlIsNotShown() throws Exception {
        int port = closedPort();
        String url = "http://anna:hunter2@127.0.0.1:" + port + "/team.git";
        TeamException failure = assertThrows(TeamException.class,
                () -> TeamClone.cloneAndJoin(url, temp.resolve("clone"), "ben", Role.ANNOTATOR, access));
        assertLine(failure, "cannot reach http://anna@127.0.0.1:" + port + "/team.git");
        assertFalse(failure.getMessage().contains("hunter2"), failure.getMessage());
    }

    @Test
    void aMissingRepositoryIsOneLine() throws Exception {
        String url = temp.resolve("nowhere.git").toUri().toString();
        Path target = temp.resolve("clone");
        TeamException failure = assertThrows(TeamException.class,
                () -> TeamClone.cloneAndJoin(url, target, "ben", Role.ANNOTATOR, access));
        assertLine(failure, "there is no git repository at " + url);
        assertFalse(Files.exists(target));
    }

    /** A repository with a commit on main that holds no project.xmi (someone's notes, say). */
    private Path otherRepository() throws Exception {
        Path work = temp.resolve("notes");
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
            Files.writeString(work.resolve("README.txt"), "Meeting notes, not a Glossa project.\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("notes").setAuthor("x", "x@example.org").setCommitter("x", "x@example.org").call();
        }
        Path bareNotes = temp.resolve("notes.git");
        Git.cloneRepository().setURI(work.toUri().toString()).setBare(true).setDirectory(bareNotes.toFile()).call().close();
        return bareNotes;
    }

    private static void pointTo(Path workingCopy, String url) throws IOException {
        try (Git git = Git.open(workingCopy.toFile())) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", url);
            config.save();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, String> filtered(Map<String, String> files, Predicate<String> keep) {
        Map<String, String> kept = new java.util.TreeMap<>();
        files.forEach((name, digest) -> {
            if (keep.test(name)) {
                kept.put(name, digest);
            }
        });
        return kept;
    }

    static void assertLine(TeamException failure, String start) {
        assertFalse(failure.getMessage().contains("\n"), "one line: " + failure.getMessage());
        assertTrue(failure.getMessage().startsWith(start), failure.getMessage());
    }
}
