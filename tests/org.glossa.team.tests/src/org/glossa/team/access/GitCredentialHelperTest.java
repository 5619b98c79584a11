package org.glossa.team.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.glossa.team.GitAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS credentials from the user's git credential helper: real helper programs (shell scripts) named in a real
 * {@code .gitconfig} of a test home, run as git runs them, speaking git's credential protocol.
 */
class GitCredentialHelperTest {
    private static final String URL = "https://git.example.org:8443/team/news.git";

    @TempDir
    Path temp;

    private Path home;
    private Map<String, String> environment;

    @BeforeEach
    void home() throws Exception {
        home = Files.createDirectories(temp.resolve("home"));
        environment = Map.of("PATH", temp.resolve("bin") + File.pathSeparator + "/usr/bin:/bin", "HOME", home.toString());
    }

    @Test
    void aHelperNamedByItsPathAnswersTheUserAndPasswordForTheHost() throws Exception {
        HelperScript helper = HelperScript.write(temp.resolve("helpers"), "keyring", "alice", "s3cret");
        gitconfig("[credential]\n\thelper = " + helper.path() + "\n");

        CredentialItem.Username user = new CredentialItem.Username();
        CredentialItem.Password password = new CredentialItem.Password();
        assertTrue(provider().get(new URIish(URL), user, password));

        assertEquals("alice", user.getValue());
        assertEquals("s3cret", new String(password.getValue()));
        assertEquals(List.of(new HelperScript.Run("get", List.of("protocol=https", "host=git.example.org:8443", ""))),
                helper.runs());
    }

    @Test
    void aHelperNamedByNameIsGitCredentialNameOnThePathWithItsArguments() throws Exception {
        HelperScript helper = HelperScript.write(temp.resolve("bin"), "git-credential-teamvault", "bob", "t0ken");
        gitconfig("[credential]\n\thelper = teamvault --vault team\n");

        CredentialItem.Username user = new CredentialItem.Username();
        CredentialItem.Password password = new CredentialItem.Password();
        assertTrue(provider().get(new URIish(URL), user, password));

        assertEquals("bob", user.getValue());
        assertEquals("t0ken", new String(password.getValue()));
        assertEquals("--vault team get", helper.runs().get(0).arguments());
    }

    @Test
    void aShellLineHelperRunsThroughTheShell() throws Exception {
        gitconfig("[credential]\n\thelper = \"!f() { test \\\"$1\\\" = get && printf 'username=carol\\\\npassword=pw\\\\n'; }; f\"\n");

        CredentialItem.Username user = new CredentialItem.Username();
        CredentialItem.Password password = new CredentialItem.Password();
        assertTrue(provider().get(new URIish(URL), user, password));

        assertEquals("carol", user.getValue());
        assertEquals("pw", new String(password.getValue()));
    }

    @Test
    void urlSectionsApplyToTheirHostOnlyAndAnEmptyHelperForgetsTheOnesBefore() throws Exception {
        HelperScript general = HelperScript.write(temp.resolve("helpers"), "general", "general", "g");
        HelperScript other = HelperScript.write(temp.resolve("helpers"), "other", "other", "o");
        HelperScript team = HelperScript.write(temp.resolve("helpers"), "team", "team", "t");
        gitconfig("[credential]\n\thelper = " + general.path() + "\n"
                + "[credential \"https://other.example.org\"]\n\thelper = " + other.path() + "\n"
                + "[credential \"https://git.example.org:8443/team\"]\n\thelper =\n\thelper = " + team.path() + "\n"
                + "\tuseHttpPath = true\n");

        CredentialItem.Username user = new CredentialItem.Username();
        CredentialItem.Password password = new CredentialItem.Password();
        assertTrue(provider().get(new URIish(URL), user, password));

        assertEquals("team", user.getValue());
        assertTrue(general.runs().isEmpty(), "forgotten by the empty helper line");
        assertTrue(other.runs().isEmpty(), "another host's helper");
        assertEquals(List.of("protocol=https", "host=git.example.org:8443", "path=team/news.git", ""),
                team.runs().get(0).request());
    }

    @Test
    void theEnvironmentComesFirstAndNoHelperRuns() throws Exception {
        HelperScript helper = HelperScript.write(temp.resolve("helpers"), "keyring", "alice", "s3cret");
        gitconfig("[credential]\n\thelper = " + helper.path() + "\n");
        Map<String, String> withVariables = Map.of("PATH", "/usr/bin:/bin", GitAccess.USERNAME, "ci",
                GitAccess.PASSWORD, "ci-token");

        CredentialItem.Username user = new CredentialItem.Username();
        CredentialItem.Password password = new CredentialItem.Password();
        assertTrue(provider(withVariables).get(new URIish(URL), user, password));

        assertEquals("ci", user.getValue());
        assertEquals("ci-token", new String(password.getValue()));
        assertTrue(helper.runs().isEmpty());
    }

    @Test
    void aRefusedCredentialIsErasedFromTheHelpersAsGitDoes() throws Exception {
        HelperScript helper = HelperScript.write(temp.resolve("helpers"), "keyring", "alice", "expired");
        gitconfig("[credential]\n\thelper = " + helper.path() + "\n");
        HelperCredentialsProvider provider = provider();
        URIish url = new URIish(URL);
        assertTrue(provider.get(url, new CredentialItem.Username(), new CredentialItem.Password()));

        provider.reset(url);

        List<HelperScript.Run> runs = helper.runs();
        assertEquals(2, runs.size(), runs.toString());
        assertEquals("erase", runs.get(1).arguments());
        assertEquals(List.of("protocol=https", "host=git.example.org:8443", "username=alice", "password=expired", ""),
                runs.get(1).request());
    }

    @Test
    void sshAndHelpersThatKnowNothingGetNoAnswer() throws Exception {
        HelperScript silent = HelperScript.write(temp.resolve("helpers"), "silent", null, null);
        gitconfig("[credential]\n\thelper = " + silent.path() + "\n");
        HelperCredentialsProvider provider = provider();

        assertFalse(provider.get(new URIish(URL), new CredentialItem.Username(), new CredentialItem.Password()));
        assertEquals(1, silent.runs().size());
        // SSH asks its provider about host keys and passphrases: a command with no one to ask says no
        assertFalse(provider.get(new URIish("ssh://git@git.example.org/team.git"), new CredentialItem.Password()));
        assertFalse(provider.supports(new CredentialItem.YesNoType("Accept the host key?")));
        assertEquals(1, silent.runs().size());
    }

    private void gitconfig(String text) throws Exception {
        Files.writeString(home.resolve(".gitconfig"), text);
    }

    private HelperCredentialsProvider provider() {
        return provider(environment);
    }

    private HelperCredentialsProvider provider(Map<String, String> env) {
        return new HelperCredentialsProvider(env.get(GitAccess.USERNAME), env.get(GitAccess.PASSWORD),
                new GitCredentials(GitUserConfig.load(home.toFile(), env, false), home.toFile(), env));
    }
}
