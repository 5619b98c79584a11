package org.glossa.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.lib.ObjectId;
import org.glossa.team.merge.MergeConflict;

/**
 * What a sync did.
 *
 * @param committed      the member's saved files committed by this sync
 * @param received       files others changed that this working copy now has
 * @param mergedFiles    files both sides changed, merged by content
 * @param resolved       conflicts decided by the sync's resolution
 * @param pushed         the commit pushed, or {@code null} when there was nothing to push
 * @param recoveredLocks git lock files of an interrupted sync that were removed
 * @param restored       other members' files changed in this working copy: not sent, the team's version put back
 */
public record SyncResult(List<String> committed, List<String> received, List<String> mergedFiles,
        List<MergeConflict> resolved, ObjectId pushed, List<String> recoveredLocks, List<String> restored) {

    public boolean nothingToDo() {
        return committed.isEmpty() && received.isEmpty() && pushed == null;
    }

    static final class Builder {
        private final Set<String> committed = new TreeSet<>();
        private final Set<String> received = new TreeSet<>();
        private final List<String> merged = new ArrayList<>();
        private final List<MergeConflict> resolved = new ArrayList<>();
        private final List<String> locks = new ArrayList<>();
        private final List<String> restored = new ArrayList<>();
        private ObjectId pushed;

        void committed(Set<String> paths) {
            committed.addAll(paths);
        }

        void received(List<String> paths) {
            received.addAll(paths);
        }

        void merged(List<String> files, List<MergeConflict> decided) {
            merged.addAll(files);
            resolved.addAll(decided);
        }

        void pushed(ObjectId commit) {
            pushed = commit;
        }

        void restored(List<String> paths) {
            restored.addAll(paths);
        }

        void recoveredLocks(List<String> removed) {
            locks.addAll(removed);
        }

        SyncResult build() {
            return new SyncResult(List.copyOf(committed), List.copyOf(received), List.copyOf(merged),
                    List.copyOf(resolved), pushed, List.copyOf(locks), List.copyOf(restored));
        }
    }
}
