package org.glossa.team.merge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Merges two commits of a team project into one tree, file by file, without a working tree and without conflict
 * markers. A file (or folder) only one side changed is taken from that side as it is; a file both changed is
 * merged by what it holds: Glossa's XMI files by {@link ModelMerge}, the team's JSON files by {@link JsonMerge}.
 * Any other file both changed differently (a text added twice under one id, a file one side removed and the other
 * changed) is a conflict named by its path. Annotation sets new to one side are then checked against the merged
 * schema ({@link MergedSetCheck}). Folders nobody changed are never opened, so a merge costs what changed,
 * not the size of the corpus.
 */
public final class TreeMerge {
    private static final int BASE = 0;
    private static final int OURS = 1;
    private static final int THEIRS = 2;

    private final ObjectReader reader;
    private final ObjectInserter inserter;
    private final Resolution resolution;
    private final List<MergeConflict> conflicts = new ArrayList<>();
    private final List<MergeConflict> resolved = new ArrayList<>();
    private final List<String> mergedFiles = new ArrayList<>();

    /**
     * @param tree        the merged tree (inserted, not yet flushed), or {@code null} when conflicts are open
     * @param mergedFiles files both sides changed, merged by content
     */
    public record Outcome(ObjectId tree, List<MergeConflict> conflicts, List<MergeConflict> resolved,
            List<String> mergedFiles) {
        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    private TreeMerge(ObjectReader reader, ObjectInserter inserter, Resolution resolution) {
        this.reader = reader;
        this.inserter = inserter;
        this.resolution = resolution;
    }

    /**
     * @param base the merge base, or {@code null} when the histories share none (two unrelated first commits)
     */
    public static Outcome merge(Repository repository, RevCommit base, RevCommit ours, RevCommit theirs,
            Resolution resolution) throws IOException {
        try (ObjectReader reader = repository.newObjectReader(); ObjectInserter inserter = repository.newObjectInserter()) {
            TreeMerge merge = new TreeMerge(reader, inserter, resolution);
            DirCache result = DirCache.newInCore();
            DirCacheBuilder builder = result.builder();
            try (TreeWalk walk = new TreeWalk(repository, reader)) {
                walk.addTree(base == null ? new EmptyTreeIterator() : parser(reader, base.getTree()));
                walk.addTree(parser(reader, ours.getTree()));
                walk.addTree(parser(reader, theirs.getTree()));
                walk.setRecursive(false);
                while (walk.next()) {
                    merge.visit(walk, builder);
                }
            }
            builder.finish();
            ObjectId tree = merge.conflicts.isEmpty() ? result.writeTree(inserter) : null;
            inserter.flush();
            if (tree != null) {
                merge.conflicts.addAll(MergedSetCheck.check(repository, reader, tree, ours.getTree(), theirs.getTree()));
                tree = merge.conflicts.isEmpty() ? tree : null;
            }
            return new Outcome(tree, List.copyOf(merge.conflicts), List.copyOf(merge.resolved),
                    List.copyOf(merge.mergedFiles));
        }
    }

    private static AbstractTreeIterator parser(ObjectReader reader, ObjectId tree) throws IOException {
        CanonicalTreeParser parser = new CanonicalTreeParser();
        parser.reset(reader, tree);
        return parser;
    }

    private void visit(TreeWalk walk, DirCacheBuilder builder) throws IOException {
        int base = walk.getRawMode(BASE);
        int ours = walk.getRawMode(OURS);
        int theirs = walk.getRawMode(THEIRS);
        ObjectId b = walk.getObjectId(BASE);
        ObjectId o = walk.getObjectId(OURS);
        ObjectId t = walk.getObjectId(THEIRS);
        int side;
        if (ours == theirs && o.equals(t)) {
            side = OURS;
        } else if (base == ours && b.equals(o)) {
            side = THEIRS;
        } else if (base == theirs && b.equals(t)) {
            side = OURS;
        } else if (isTree(ours) && isTree(theirs) && (base == 0 || isTree(base))) {
            walk.enterSubtree(); // both changed something inside: look at each entry
            return;
        } else {
            bothChanged(walk, builder, b, o, t, base, ours, theirs);
            return;
        }
        int mode = side == OURS ? ours : theirs;
        ObjectId id = side == OURS ? o : t;
        if (mode == 0) {
            return; // removed
        }
        if (isTree(mode)) {
            builder.addTree(walk.getRawPath(), DirCacheEntry.STAGE_0, reader, id);
        } else {
            add(builder, walk.getPathString(), mode, id);
        }
    }

    private void bothChanged(TreeWalk walk, DirCacheBuilder builder, ObjectId b, ObjectId o, ObjectId t, int base,
            int ours, int theirs) throws IOException {
        String path = walk.getPathString();
        if (isFile(ours) && isFile(theirs)) {
            byte[] common = isFile(base) ? reader.open(b, Constants.OBJ_BLOB).getBytes() : null;
            byte[] mine = reader.open(o, Constants.OBJ_BLOB).getBytes();
            byte[] shared = reader.open(t, Constants.OBJ_BLOB).getBytes();
            ModelMerge.Result result = null;
            if (path.endsWith(".xmi")) {
                result = ModelMerge.merge(path, common, mine, shared, resolution);
            } else if (path.startsWith("team/") && path.endsWith(".json")) {
                result = JsonMerge.merge(path, common, mine, shared, resolution);
            }
            if (result != null) {
                conflicts.addAll(result.conflicts());
                resolved.addAll(result.resolved());
                mergedFiles.add(path);
                if (result.clean()) {
                    add(builder, path, ours, inserter.insert(Constants.OBJ_BLOB, result.bytes()));
                }
                return;
            }
        }
        // A file that cannot be merged by content: one side wins only by the curator's decision.
        MergeConflict conflict = new MergeConflict(path, "", "file", describe(base, ours), describe(base, theirs));
        if (resolution == Resolution.NONE) {
            conflicts.add(conflict);
            return;
        }
        resolved.add(conflict);
        int mode = resolution == Resolution.OURS ? ours : theirs;
        ObjectId id = resolution == Resolution.OURS ? o : t;
        if (mode == 0) {
            return;
        }
        if (isTree(mode)) {
            builder.addTree(walk.getRawPath(), DirCacheEntry.STAGE_0, reader, id);
        } else {
            add(builder, path, mode, id);
        }
    }

    private static String describe(int base, int mode) {
        if (mode == 0) {
            return "removed";
        }
        if (isTree(mode)) {
            return "a folder";
        }
        return base == 0 ? "added" : "changed";
    }

    private static void add(DirCacheBuilder builder, String path, int mode, ObjectId id) {
        DirCacheEntry entry = new DirCacheEntry(path);
        entry.setFileMode(FileMode.fromBits(mode));
        entry.setObjectId(id);
        builder.add(entry);
    }

    private static boolean isTree(int mode) {
        return FileMode.TREE.equals(mode);
    }

    private static boolean isFile(int mode) {
        return mode != 0 && !isTree(mode) && !FileMode.GITLINK.equals(mode);
    }
}
