package org.glossa.ui.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.model.schema.NewsSchema;
import org.glossa.team.GitAccess;
import org.glossa.team.Role;
import org.glossa.team.SyncResult;
import org.glossa.team.TeamClone;
import org.glossa.team.TeamShare;
import org.glossa.team.TeamSync;
import org.glossa.team.merge.Resolution;
import org.glossa.testing.ProjectCorpus;

/**
 * A real team in temporary folders: a bare repository as the team's server, the curator's working copy that shared
 * the project, and annotators' working copies cloned from it, all through file paths with the user's git access.
 */
final class TeamProjectFixture {
    static final String MENU = "Home | World | Sport\n\n";
    static final String BODY = "Ines Calloway said the Meridian bridge will open in May. The council in Port"
            + " Alder voted for it on Tuesday.";
    static final String BRIDGE_TEXT = MENU + BODY + "\n\nMost read\n";
    static final String BRIDGE_TITLE = "Council backs the Meridian bridge";
    static final String FESTIVAL_TITLE = "Lantern festival";

    final Path bare;
    final Path curator;
    final GitAccess access = GitAccess.ofUser();

    private TeamProjectFixture(Path bare, Path curator) {
        this.bare = bare;
        this.curator = curator;
    }

    /** A project of two documents, shared by the curator "carol" into a new bare repository. */
    static TeamProjectFixture share(Path dir) throws Exception {
        Path curator = dir.resolve("carol");
        try (ProjectStore store = ProjectStore.create(curator, "team", NewsSchema.create())) {
            add(store, "bridge", BRIDGE_TITLE, BRIDGE_TEXT, MENU.length(), MENU.length() + BODY.length());
            add(store, "festival", FESTIVAL_TITLE, "The lantern festival starts on Friday.", 0, 38);
            store.save();
        }
        Path bare = dir.resolve("team.git");
        TeamShare.share(curator, bare.toString(), "carol", GitAccess.ofUser());
        return new TeamProjectFixture(bare, curator);
    }

    Path join(Path dir, String annotator) throws IOException {
        TeamClone.Joined joined = TeamClone.cloneAndJoin(bare.toString(), dir.resolve(annotator), annotator,
                Role.ANNOTATOR, access);
        if (!joined.pushed()) {
            throw new AssertionError("the join did not reach the bare repository: " + joined.note());
        }
        return joined.project();
    }

    SyncResult sync(Path workingCopy) throws IOException {
        return TeamSync.sync(workingCopy, access, Resolution.NONE, new NullProgressMonitor());
    }

    /** A document added in a working copy no one has open, saved (not synced). */
    static void addDocument(Path workingCopy, String id, String title, String text) throws Exception {
        try (ProjectStore store = ProjectStore.openForWriting(workingCopy, "test")) {
            add(store, id, title, text, 0, text.length());
            store.save();
        }
    }

    static void add(ProjectStore store, String id, String title, String text, int bodyBegin, int bodyEnd)
            throws IOException {
        ProjectCorpus.addDocument(store, id, title, text, bodyBegin, bodyEnd);
    }

    /** The file's content on the bare repository's main branch, read with JGit, or null when it is not there. */
    String onServer(String path) throws IOException {
        try (Repository repository = new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build();
                RevWalk walk = new RevWalk(repository)) {
            Ref main = repository.exactRef("refs/heads/main");
            if (main == null) {
                return null;
            }
            RevCommit commit = walk.parseCommit(main.getObjectId());
            try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
                if (tree == null) {
                    return null;
                }
                ObjectLoader blob = repository.open(tree.getObjectId(0));
                return new String(blob.getBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
