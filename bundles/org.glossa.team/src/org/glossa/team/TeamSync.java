package org.glossa.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectLayout;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.team.merge.MergeConflict;
import org.glossa.team.merge.Resolution;
import org.glossa.team.merge.TreeMerge;

/**
 * {@code glossa team sync}: commits the member's saved work, fetches what others pushed, merges it by content
 * ({@link TreeMerge}) and pushes, trying again when someone pushed in between. Runs under the project's writer lock:
 * never under an open editor's or another command's feet. A sync that stops (a conflict nobody decided, the remote
 * out of reach, a kill) leaves the saved work committed locally and the working copy as it was or, after a kill,
 * something the next sync completes.
 */
public final class TeamSync {
    private static final int ATTEMPTS = 5;

    private final TeamRepository team;
    private final ProjectStore store;
    private final GitAccess access;
    private final Resolution resolution;
    private final TeamIdentity identity;
    private final SyncResult.Builder result = new SyncResult.Builder();

    private TeamSync(TeamRepository team, ProjectStore store, GitAccess access, Resolution resolution)
            throws TeamException {
        this.team = team;
        this.store = store;
        this.access = access;
        this.resolution = resolution;
        this.identity = team.identity();
    }

    /** Syncs a project no one has open: takes its writer lock (completing an interrupted save first) for the sync. */
    public static SyncResult sync(Path project, GitAccess access, Resolution resolution,
            IProgressMonitor monitor) throws IOException {
        try (TeamRepository team = TeamRepository.open(project);
                ProjectStore store = ProjectStore.openForWriting(project, "glossa team sync")) {
            return new TeamSync(team, store, access, resolution).run(monitor);
        }
    }

    /**
     * Syncs the project of a store that holds the writer lock (the workbench's, after saving). The store's model is
     * stale afterwards when {@link SyncResult#received()} is not empty: open the project again.
     */
    public static SyncResult syncHolding(ProjectStore store, GitAccess access, Resolution resolution,
            IProgressMonitor monitor) throws IOException {
        if (!store.isWritable()) {
            throw new IllegalStateException("a sync needs the project's writer lock");
        }
        if (store.isDirty()) {
            throw new TeamException("save first: a sync takes only saved work");
        }
        try (TeamRepository team = TeamRepository.open(store.layout().root())) {
            return new TeamSync(team, store, access, resolution).run(monitor);
        }
    }

    private SyncResult run(IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Sync with " + team.remoteUrl(), 10 + ATTEMPTS * 10);
        result.recoveredLocks(GitLocks.removeStale(team.repository().getDirectory().toPath()));
        progress.subTask("Committing saved work");
        commitSavedWork();
        progress.worked(10);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            checkCanceled(progress);
            if (exchange(progress.split(10))) {
                SyncResult done = result.build();
                if (!done.nothingToDo()) {
                    progress.subTask("Packing the repository");
                    housekeeping();
                }
                return done;
            }
        }
        throw new TeamException("others kept pushing while this sync merged (" + ATTEMPTS
                + " attempts); your work is committed locally: sync again");
    }

    /** Git's housekeeping of the working copy's repository and of a team repository on a local disk, when due. */
    private void housekeeping() throws IOException {
        int limit = Housekeeping.limit(team.repository());
        Housekeeping.afterSync(team.repository(), limit);
        Path local = TeamShare.localPath(team.remoteUrl());
        if (local != null && Files.isDirectory(local)) {
            Housekeeping.remoteIfDue(local, limit);
        }
    }

    /** One round: fetch, merge or fast-forward, push. Whether the round finished (false: someone pushed first). */
    private boolean exchange(SubMonitor progress) throws IOException {
        progress.setWorkRemaining(4);
        progress.subTask("Fetching from " + team.remoteUrl());
        fetch();
        progress.worked(1);
        try (RevWalk walk = new RevWalk(team.repository())) {
            RevCommit local = team.head(walk);
            RevCommit shared = team.remoteHead(walk);
            if (shared != null && !team.holdsProject(shared)) {
                throw new TeamException(team.remoteUrl() + " is not a Glossa project (no project.xmi on "
                        + TeamFiles.BRANCH + "); nothing was changed locally");
            }
            if (shared == null || local.equals(shared)) {
                return shared != null || push(local);
            }
            RevCommit base = TeamRepository.mergeBase(walk, local, shared);
            if (shared.equals(base)) {
                progress.subTask("Pushing");
                return push(local);
            }
            if (local.equals(base)) {
                progress.subTask("Taking others' work");
                WorkingTreeUpdate.move(team, walk.parseCommit(local), walk.parseCommit(shared), result);
                return true;
            }
            progress.subTask("Merging");
            RevCommit merged = merge(walk, base == null ? null : walk.parseCommit(base), walk.parseCommit(local),
                    walk.parseCommit(shared));
            progress.worked(2);
            WorkingTreeUpdate.move(team, walk.parseCommit(local), merged, result);
            progress.subTask("Pushing");
            return push(merged);
        }
    }

    private RevCommit merge(RevWalk walk, RevCommit base, RevCommit local, RevCommit shared) throws IOException {
        TreeMerge.Outcome outcome = TreeMerge.merge(team.repository(), base, local, shared, resolution);
        if (!outcome.clean()) {
            throw new SyncConflictException(outcome.conflicts());
        }
        result.merged(outcome.mergedFiles(), outcome.resolved());
        PersonIdent author = identity.author(team.repository());
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(outcome.tree());
        commit.setParentIds(local, shared);
        commit.setAuthor(author);
        commit.setCommitter(author);
        commit.setMessage(identity.name() + ": merge the shared work" + describeResolved(outcome.resolved()));
        ObjectId id;
        try (ObjectInserter inserter = team.repository().newObjectInserter()) {
            id = inserter.insert(commit);
            inserter.flush();
        }
        return walk.parseCommit(id);
    }

    private static String describeResolved(List<MergeConflict> resolved) {
        if (resolved.isEmpty()) {
            return "\n";
        }
        StringBuilder text = new StringBuilder("\n\nConflicts decided:\n");
        resolved.forEach(conflict -> text.append("- ").append(conflict.describe()).append('\n'));
        return text.toString();
    }

    /**
     * Commits what the member saved since the last sync (their own files and the project's shared ones); refuses
     * files that do not read back. Another member's file changed here is not sent: the team's version is put back.
     */
    private void commitSavedWork() throws IOException {
        try {
            boolean gitFiles = TeamFiles.writeGitFiles(team.root());
            Status status = team.git().status().call();
            Set<String> touched = new TreeSet<>(status.getUntracked());
            touched.addAll(status.getUncommittedChanges());
            if (touched.isEmpty() && !gitFiles) {
                return;
            }
            WorkOwnership ownership = new WorkOwnership(identity);
            Set<String> send = new TreeSet<>();
            Set<String> restore = new TreeSet<>();
            for (String path : touched) {
                switch (ownership.of(path)) {
                    case SEND -> send.add(path);
                    case RESTORE -> restore.add(path);
                    case IGNORE -> {
                    }
                }
            }
            restoreOthers(restore);
            checkReadable(send);
            Set<String> present = new TreeSet<>();
            Set<String> gone = new TreeSet<>();
            for (String path : send) {
                (Files.exists(team.root().resolve(path)) ? present : gone).add(path);
            }
            if (!present.isEmpty()) {
                var add = team.git().add();
                present.forEach(add::addFilepattern);
                add.call();
            }
            if (!gone.isEmpty()) {
                var rm = team.git().rm().setCached(true);
                gone.forEach(rm::addFilepattern);
                rm.call();
            }
            if (send.isEmpty()) {
                return;
            }
            PersonIdent author = identity.author(team.repository());
            team.git().commit().setAuthor(author).setCommitter(author).setNoVerify(true)
                    .setMessage(identity.name() + ": " + CommitMessages.describe(send)).call();
            result.committed(send);
        } catch (GitAPIException e) {
            throw new TeamException("cannot commit the saved work in " + team.root() + ": " + e.getMessage(), e);
        }
    }

    /** Puts back the team's version of other members' files changed here (a new file of theirs stays unsent). */
    private void restoreOthers(Set<String> paths) throws GitAPIException, IOException {
        if (paths.isEmpty()) {
            return;
        }
        var reset = team.git().reset();
        paths.forEach(reset::addPath);
        reset.call();
        List<String> known = new ArrayList<>();
        try (RevWalk walk = new RevWalk(team.repository())) {
            RevCommit head = team.head(walk);
            for (String path : paths) {
                if (head != null && TreeWalk.forPath(team.repository(), path, head.getTree()) != null) {
                    known.add(path);
                }
            }
        }
        if (!known.isEmpty()) {
            var checkout = team.git().checkout().setStartPoint(Constants.HEAD);
            known.forEach(checkout::addPath);
            checkout.call();
        }
        result.restored(List.copyOf(paths));
    }

    /** An annotation file that does not load (a damaged or hand-edited file) is never sent to the team. */
    private void checkReadable(Set<String> paths) throws TeamException {
        ProjectLayout layout = store.layout();
        for (String path : paths) {
            String[] parts = path.split("/");
            if (parts.length != 3 || !parts[0].equals("annotations") || !parts[2].endsWith(".xmi")) {
                continue;
            }
            Document document = store.document(parts[1]).orElse(null);
            if (document == null) {
                continue;
            }
            try {
                store.read(document, ProjectLayout.annotatorOf(layout.root().resolve(path)));
            } catch (DamagedFileException e) {
                throw new TeamException(path + " cannot be read, so it is not sent to the team: " + e.getMessage()
                        + " (repair it with 'glossa check --repair'); nothing was committed", e);
            }
        }
        store.releaseUnmodifiedSets();
    }

    private void fetch() throws TeamException {
        try {
            access.configure(team.git().fetch().setRemote(TeamFiles.REMOTE)
                    .setRefSpecs(new RefSpec("+" + TeamRepository.LOCAL_BRANCH + ":" + TeamRepository.REMOTE_BRANCH)))
                    .call();
        } catch (GitAPIException | RuntimeException e) {
            throw TeamErrors.remote(team.remoteUrl(), e, "your saved work is committed locally and syncs later");
        }
    }

    /** @return whether the push went through (false: someone pushed first) */
    private boolean push(RevCommit commit) throws TeamException {
        try {
            Iterable<PushResult> pushes = access.configure(team.git().push().setRemote(TeamFiles.REMOTE)
                    .setRefSpecs(new RefSpec(TeamRepository.LOCAL_BRANCH + ":" + TeamRepository.LOCAL_BRANCH))).call();
            for (PushResult push : pushes) {
                for (RemoteRefUpdate update : push.getRemoteUpdates()) {
                    switch (update.getStatus()) {
                        case OK -> result.pushed(commit);
                        case UP_TO_DATE -> {
                        }
                        case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                            return false;
                        }
                        default -> throw new TeamException("the remote " + team.remoteUrl() + " refused the push ("
                                + update.getStatus() + (update.getMessage() == null ? "" : ": " + update.getMessage())
                                + "); your work is committed locally");
                    }
                }
            }
            return true;
        } catch (GitAPIException | RuntimeException e) {
            throw TeamErrors.remote(team.remoteUrl(), e, "your saved work is committed locally and syncs later");
        }
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /** Conflicts no one decided: the sync stops before anything is merged. */
    public static final class SyncConflictException extends TeamException {
        private static final long serialVersionUID = 1L;
        private final transient List<MergeConflict> conflicts;

        SyncConflictException(List<MergeConflict> conflicts) {
            super(conflicts.size() + (conflicts.size() == 1 ? " conflict" : " conflicts")
                    + " between this working copy and the shared project; nothing was merged (your saved work is"
                    + " committed locally). Decide with --resolve ours or --resolve theirs (the curator, in the"
                    + " workbench: Team > Sync):\n" + String.join("\n", conflicts.stream().map(c -> "  " + c.describe()).toList()));
            this.conflicts = new ArrayList<>(conflicts);
        }

        public List<MergeConflict> conflicts() {
            return List.copyOf(conflicts);
        }
    }
}
