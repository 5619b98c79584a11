package org.glossa.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.glossa.core.storage.ProjectLayout;

/** A project's git repository, opened: the project folder is the working tree, its .git folder the repository. */
public final class TeamRepository implements AutoCloseable {
    static final String LOCAL_BRANCH = Constants.R_HEADS + TeamFiles.BRANCH;
    static final String REMOTE_BRANCH = Constants.R_REMOTES + TeamFiles.REMOTE + "/" + TeamFiles.BRANCH;

    private final Path root;
    private final Repository repository;
    private final Git git;

    private TeamRepository(Path root, Repository repository) {
        this.root = root;
        this.repository = repository;
        this.git = new Git(repository);
    }

    /** Opens the repository of a shared project, or says that the project is not shared. */
    public static TeamRepository open(Path project) throws IOException {
        GitEnvironment.prepare();
        Path root = project.toAbsolutePath().normalize();
        if (!ProjectLayout.isProject(root)) {
            throw new TeamException(root + " is not a Glossa project (no " + ProjectLayout.INDEX_FILE + ")");
        }
        if (!Files.isDirectory(root.resolve(Constants.DOT_GIT))) {
            throw new TeamException(root + " is not a team project: share it with 'glossa team share' or get one"
                    + " with 'glossa team clone'");
        }
        Repository repository = new FileRepositoryBuilder().setWorkTree(root.toFile())
                .setGitDir(root.resolve(Constants.DOT_GIT).toFile()).setMustExist(true).build();
        return new TeamRepository(root, repository);
    }

    static TeamRepository of(Path root, Repository repository) {
        return new TeamRepository(root, repository);
    }

    /** Whether the project folder is a team project's working copy. */
    public static boolean isShared(Path project) {
        return Files.isDirectory(project.resolve(Constants.DOT_GIT)) && ProjectLayout.isProject(project);
    }

    public Path root() {
        return root;
    }

    public Repository repository() {
        return repository;
    }

    public Git git() {
        return git;
    }

    public TeamIdentity identity() throws TeamException {
        return TeamIdentity.read(repository).orElseThrow(() -> new TeamException(root
                + " has no team member set: get a working copy with 'glossa team clone URL DIR --annotator NAME'"));
    }

    public String remoteUrl() {
        return repository.getConfig().getString("remote", TeamFiles.REMOTE, "url");
    }

    /** The local branch's commit, or {@code null} before the first commit. */
    RevCommit head(RevWalk walk) throws IOException {
        return commit(walk, LOCAL_BRANCH);
    }

    /** The shared branch's commit as of the last fetch, or {@code null} when the remote has none. */
    RevCommit remoteHead(RevWalk walk) throws IOException {
        return commit(walk, REMOTE_BRANCH);
    }

    private RevCommit commit(RevWalk walk, String refName) throws IOException {
        Ref ref = repository.exactRef(refName);
        ObjectId id = ref == null ? null : ref.getObjectId();
        return id == null ? null : walk.parseCommit(id);
    }

    /** The newest commit both histories hold, or {@code null} when they share none; the walk is reset after. */
    static RevCommit mergeBase(RevWalk walk, RevCommit a, RevCommit b) throws IOException {
        walk.reset();
        walk.setRevFilter(RevFilter.MERGE_BASE);
        walk.markStart(walk.parseCommit(a));
        walk.markStart(walk.parseCommit(b));
        RevCommit base = walk.next();
        walk.reset();
        walk.setRevFilter(RevFilter.ALL);
        return base == null ? null : walk.parseCommit(base);
    }

    /** Whether a commit's tree holds a Glossa project. */
    boolean holdsProject(RevCommit commit) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, ProjectLayout.INDEX_FILE, commit.getTree())) {
            return walk != null;
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
