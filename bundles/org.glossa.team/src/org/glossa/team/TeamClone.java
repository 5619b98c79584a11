package org.glossa.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.util.FileUtils;
import org.glossa.core.storage.ProjectLayout;
import org.glossa.core.storage.ProjectStore;
import org.glossa.team.merge.Resolution;

/**
 * {@code glossa team clone URL DIR --annotator NAME}: a member's working copy of a team project. The member joins
 * with their own file (and an annotator in the project's list of annotators, merged by name); the join is pushed at
 * once when the remote can be reached, and by the next sync otherwise.
 */
public final class TeamClone {
    /** @param pushed whether the join reached the remote ({@code false}: offline, the next sync sends it) */
    public record Joined(Path project, TeamIdentity identity, boolean pushed, String note) {
    }

    private TeamClone() {
    }

    public static Joined cloneAndJoin(String url, Path dir, String name, Role role, GitAccess access) throws IOException {
        GitEnvironment.prepare();
        TeamShare.checkName(name);
        Path root = dir.toAbsolutePath().normalize();
        boolean created = !Files.exists(root);
        if (!created && !isEmptyFolder(root)) {
            throw new TeamException(root + " exists and is not empty: clone into a new folder");
        }
        try (Git git = access.configure(Git.cloneRepository().setURI(url).setDirectory(root.toFile())
                .setBranch(TeamFiles.BRANCH).setCloneAllBranches(false)).call()) {
            if (!ProjectLayout.isProject(root)) {
                throw new TeamException(url + " is not a Glossa project (no project.xmi on " + TeamFiles.BRANCH + ")");
            }
            TeamShare.configure(git, url);
            TeamIdentity identity = new TeamIdentity(name, role);
            identity.write(git.getRepository());
            join(root, git, identity);
        } catch (GitAPIException | RuntimeException e) {
            removeClone(root, created);
            throw TeamErrors.remote(url, e, "nothing was created");
        } catch (IOException e) {
            removeClone(root, created);
            throw e;
        }
        try {
            TeamSync.sync(root, access, Resolution.NONE, new NullProgressMonitor());
            return new Joined(root, new TeamIdentity(name, role), true, "");
        } catch (TeamException e) {
            return new Joined(root, new TeamIdentity(name, role), false, e.getMessage());
        }
    }

    private static void join(Path root, Git git, TeamIdentity identity) throws IOException, GitAPIException {
        Members.write(root, identity.name(), identity.role());
        if (identity.role() == Role.ANNOTATOR) {
            try (ProjectStore store = ProjectStore.openForWriting(root, "glossa team clone")) {
                store.registerAnnotator(identity.name());
            }
        }
        git.add().addFilepattern(".").call();
        PersonIdent author = identity.author(git.getRepository());
        if (!git.status().call().isClean()) {
            git.commit().setAuthor(author).setCommitter(author).setNoVerify(true)
                    .setMessage(identity.name() + " joins as " + identity.role().word()).call();
        }
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void removeClone(Path root, boolean created) {
        try {
            if (created) {
                FileUtils.delete(root.toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
            } else if (Files.isDirectory(root)) {
                try (Stream<Path> entries = Files.list(root)) {
                    for (Path entry : entries.toList()) {
                        FileUtils.delete(entry.toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
                    }
                }
            }
        } catch (IOException e) {
            // best effort: the error that made the clone fail is what the user needs to see
        }
    }
}
