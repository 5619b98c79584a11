package org.glossa.team.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.api.Git;
import org.glossa.team.GitAccess;
import org.glossa.team.Role;
import org.glossa.team.TeamClone;
import org.glossa.team.TeamException;
import org.glossa.team.TeamShare;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key that only a running ssh-agent holds (OpenSSH's {@code ssh-agent}, the key given to it with {@code ssh-add}):
 * JGit's agent connector, found in JGit's sshd bundle, reaches it through the socket of {@code SSH_AUTH_SOCK}.
 */
class SshAgentTest {
    @TempDir
    Path temp;

    private SshGitServer server;
    private Process agent;
    private Path socket;
    private Path home;

    @BeforeEach
    void startServerAndAgent() throws Exception {
        Path repositories = Files.createDirectories(temp.resolve("server"));
        Git.init().setBare(true).setDirectory(repositories.resolve("team.git").toFile()).setInitialBranch("main").call()
                .close();
        server = new SshGitServer(repositories);
        KeyPair key = SshKeys.generate();
        server.allow(key.getPublic());
        // the key lives outside the home's .ssh: only the agent can offer it
        Path keyFile = SshKeys.writeIdentity(temp.resolve("keys"), key);
        home = Files.createDirectories(temp.resolve("home"));
        SshKeys.trustHost(home, server.port(), server.hostKey());

        socket = temp.resolve("agent.sock");
        agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("agent.log").toFile()).start();
        for (int wait = 0; wait < 100 && !Files.exists(socket); wait++) {
            Thread.sleep(50);
        }
        assertTrue(Files.exists(socket), "ssh-agent listens on " + socket);
        ProcessBuilder add = new ProcessBuilder("ssh-add", keyFile.toString()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("ssh-add.log").toFile());
        add.environment().put("SSH_AUTH_SOCK", socket.toString());
        Process adding = add.start();
        assertTrue(adding.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, adding.exitValue(), Files.readString(temp.resolve("ssh-add.log")));
    }

    @AfterEach
    void stop() throws Exception {
        if (agent != null) {
            agent.destroy();
            agent.waitFor(10, TimeUnit.SECONDS);
        }
        server.close();
    }

    @Test
    void theAgentsKeyLetsTheCuratorShareAndWithoutTheAgentItIsRefused() throws Exception {
        assertNotNull(SshSessions.agentConnectors(socket.toString()), "JGit's agent connector is installed");
        String url = server.url("team.git");
        TeamException refused = assertThrows(TeamException.class, () -> TeamClone.cloneAndJoin(url,
                temp.resolve("nobody"), "nobody", Role.ANNOTATOR, GitAccess.of(home.toFile(), Map.of())));
        RemoteFailuresTest.assertLine(refused, "authentication failed for " + url);

        GitAccess withAgent = GitAccess.of(home.toFile(), Map.of("SSH_AUTH_SOCK", socket.toString()));
        TeamShare.share(TeamProjects.create(temp.resolve("curator")), url, "carol", withAgent);
        TeamClone.Joined anna = TeamClone.cloneAndJoin(url, temp.resolve("anna"), "anna", Role.ANNOTATOR, withAgent);

        assertTrue(anna.pushed(), anna.note());
        assertTrue(server.commands().contains("git-receive-pack '/team.git'"), server.commands().toString());
    }
}
