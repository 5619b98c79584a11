package org.glossa.team;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.URIish;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.validation.ModelValidator;

/**
 * {@code glossa team share PROJECT URL}: makes a project a team project and pushes it to an empty remote. The one
 * who shares is the team's first curator. The remote is checked (reachable, empty) before anything changes here; a
 * local path that does not exist yet becomes a new bare repository (a folder on a file share is a team's server too).
 */
public final class TeamShare {
    private TeamShare() {
    }

    /** @return what the push did (nothing pushed when the remote could not be reached after the local commit) */
    public static String share(Path project, String url, String curator, GitAccess access) throws IOException {
        GitEnvironment.prepare();
        checkName(curator);
        Path root = project.toAbsolutePath().normalize();
        try (ProjectStore store = ProjectStore.openForWriting(root, "glossa team share")) {
            if (Files.exists(root.resolve(Constants.DOT_GIT))) {
                throw new TeamException(root + " is a git repository already; a team project is shared once"
                        + " (others join with 'glossa team clone')");
            }
            createIfLocalPath(url);
            requireEmptyRemote(url, access);
            try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch(TeamFiles.BRANCH).call()) {
                configure(git, url);
                TeamIdentity identity = new TeamIdentity(curator, Role.CURATOR);
                identity.write(git.getRepository());
                TeamFiles.writeGitFiles(root);
                Members.write(root, curator, Role.CURATOR);
                git.add().addFilepattern(".").call();
                PersonIdent author = identity.author(git.getRepository());
                git.commit().setAuthor(author).setCommitter(author).setNoVerify(true)
                        .setMessage(curator + " shares the project '" + store.project().getName() + "'").call();
                try {
                    access.configure(git.push().setRemote(TeamFiles.REMOTE).setRefSpecs(
                            new RefSpec(TeamRepository.LOCAL_BRANCH + ":" + TeamRepository.LOCAL_BRANCH))).call();
                } catch (GitAPIException | RuntimeException e) {
                    throw TeamErrors.remote(url, e, "the project is shared here and is pushed by the next"
                            + " 'glossa team sync'");
                }
                return "shared " + root + " as " + url + "; " + curator + " is its curator";
            } catch (GitAPIException e) {
                throw new TeamException("cannot make " + root + " a git repository: " + e.getMessage(), e);
            }
        }
    }

    static void configure(Git git, String url) throws IOException {
        StoredConfig config = git.getRepository().getConfig();
        config.setString("remote", TeamFiles.REMOTE, "url", url);
        config.setString("remote", TeamFiles.REMOTE, "fetch",
                "+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + TeamFiles.REMOTE + "/*");
        config.setString("branch", TeamFiles.BRANCH, "remote", TeamFiles.REMOTE);
        config.setString("branch", TeamFiles.BRANCH, "merge", TeamRepository.LOCAL_BRANCH);
        // git never rewrites line ends or merges Glossa's files itself; gc runs in the sync, not after the JVM left
        config.setBoolean("core", null, "autocrlf", false);
        config.setBoolean("gc", null, "autoDetach", false);
        config.save();
    }

    static void checkName(String name) throws TeamException {
        if (name == null || !ModelValidator.FILE_SAFE_NAME.matcher(name).matches() || ModelValidator.GOLD.equals(name)) {
            throw new TeamException("member name '" + name + "' must be a file-safe name (letters, digits, . _ -) and not"
                    + " 'gold'");
        }
    }

    private static void createIfLocalPath(String url) throws IOException {
        Path path = localPath(url);
        if (path != null && !Files.exists(path)) {
            try (Git bare = Git.init().setBare(true).setDirectory(path.toFile()).setInitialBranch(TeamFiles.BRANCH)
                    .call()) {
                // a new empty team repository on a local disk or file share
            } catch (GitAPIException e) {
                throw new TeamException("cannot create a repository at " + path + ": " + e.getMessage(), e);
            }
        }
    }

    /** The folder of a local remote (a path or a file:// URL), or {@code null} for a remote on a server. */
    static Path localPath(String url) throws TeamException {
        try {
            URIish uri = new URIish(url);
            if (uri.getScheme() == null && uri.getHost() == null) {
                return Path.of(uri.getPath()).toAbsolutePath().normalize();
            }
            if ("file".equals(uri.getScheme())) {
                return Path.of(uri.getPath());
            }
            return null;
        } catch (URISyntaxException e) {
            throw new TeamException("'" + url + "' is not a git URL or path: " + e.getReason());
        }
    }

    private static void requireEmptyRemote(String url, GitAccess access) throws TeamException {
        Collection<Ref> refs;
        try {
            refs = access.configure(Git.lsRemoteRepository().setRemote(url)).call();
        } catch (GitAPIException | RuntimeException e) {
            throw TeamErrors.remote(url, e, "nothing was changed");
        }
        if (!refs.isEmpty()) {
            throw new TeamException(url + " is not empty: share into a new, empty repository (to join a shared project,"
                    + " use 'glossa team clone'); nothing was changed");
        }
    }
}
