package org.glossa.team;

import java.io.IOException;
import java.util.List;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.glossa.core.storage.ProjectLayout;
import org.glossa.team.merge.TreeDiff;

/**
 * Moves the working copy from one commit to a newer one: the files that differ are written (each by git's own
 * write-then-rename), then the branch moves. The project's index is written last, in a second step, as Glossa's own
 * saves do, so that a sync killed half-way leaves an index whose documents all have their texts; the next sync
 * commits what was written and merges the rest.
 */
final class WorkingTreeUpdate {
    private WorkingTreeUpdate() {
    }

    static void move(TeamRepository team, RevCommit from, RevCommit to, SyncResult.Builder result) throws IOException {
        Repository repository = team.repository();
        List<String> changed = TreeDiff.paths(repository, from.getTree(), to.getTree());
        if (changed.contains(ProjectLayout.INDEX_FILE)) {
            ObjectId indexFirst = withOldIndex(repository, from.getTree(), to.getTree());
            if (indexFirst != null) {
                checkout(repository, from.getTree(), indexFirst);
                checkout(repository, indexFirst, to.getTree());
            } else {
                checkout(repository, from.getTree(), to.getTree());
            }
        } else {
            checkout(repository, from.getTree(), to.getTree());
        }
        RefUpdate update = repository.updateRef(TeamRepository.LOCAL_BRANCH);
        update.setExpectedOldObjectId(from);
        update.setNewObjectId(to);
        update.setRefLogMessage("glossa team sync", false);
        RefUpdate.Result outcome = update.update();
        if (outcome != RefUpdate.Result.FAST_FORWARD && outcome != RefUpdate.Result.NEW
                && outcome != RefUpdate.Result.FORCED) {
            throw new TeamException("cannot move " + TeamFiles.BRANCH + " in " + team.root() + " (" + outcome
                    + "); the files are updated: sync again");
        }
        result.received(changed);
    }

    private static void checkout(Repository repository, ObjectId fromTree, ObjectId toTree) throws IOException {
        DirCache index = repository.lockDirCache();
        DirCacheCheckout checkout = new DirCacheCheckout(repository, fromTree, index, toTree);
        checkout.setFailOnConflict(true);
        checkout.checkout(); // unlocks the index
    }

    /** The target tree with the project's index still as it was, or {@code null} when there was none. */
    private static ObjectId withOldIndex(Repository repository, RevTree from, RevTree to) throws IOException {
        DirCache tree = DirCache.newInCore();
        var builder = tree.builder();
        try (var reader = repository.newObjectReader(); ObjectInserter inserter = repository.newObjectInserter()) {
            builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, to);
            builder.finish();
            DirCacheEditor editor = tree.editor();
            try (TreeWalk old = TreeWalk.forPath(repository, ProjectLayout.INDEX_FILE, from)) {
                if (old == null) {
                    return null;
                }
                ObjectId oldIndex = old.getObjectId(0);
                editor.add(new DirCacheEditor.PathEdit(ProjectLayout.INDEX_FILE) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        entry.setFileMode(FileMode.REGULAR_FILE);
                        entry.setObjectId(oldIndex);
                    }
                });
            }
            editor.finish();
            ObjectId id = tree.writeTree(inserter);
            inserter.flush();
            return id;
        }
    }
}
