package org.glossa.team.merge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** The files that differ between two trees (added, removed or changed), without opening folders that are equal. */
public final class TreeDiff {
    private TreeDiff() {
    }

    public static List<String> paths(Repository repository, ObjectId fromTree, ObjectId toTree) throws IOException {
        List<String> paths = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(fromTree);
            walk.addTree(toTree);
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
            while (walk.next()) {
                paths.add(walk.getPathString());
            }
        }
        return paths;
    }
}
