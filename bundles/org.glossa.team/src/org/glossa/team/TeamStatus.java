package org.glossa.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.glossa.core.storage.ProjectLayout;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.team.merge.TreeDiff;

/**
 * {@code glossa team status}: per document and annotator, the annotation status and whether the file is synced,
 * as of the last fetch (status never goes on the network: it works offline).
 */
public final class TeamStatus {
    /** Where a file stands between this working copy and the shared project. */
    public enum SyncState {
        /** The same here and in the shared project (as of the last fetch). */
        SYNCED,
        /** Saved here, not yet sent. */
        NOT_SENT,
        /** Changed in the shared project, not yet here. */
        INCOMING,
        /** Both: saved here and changed in the shared project; the next sync merges them. */
        BOTH;

        public String word() {
            return switch (this) {
                case SYNCED -> "synced";
                case NOT_SENT -> "not sent";
                case INCOMING -> "incoming";
                case BOTH -> "not sent, incoming";
            };
        }
    }

    /**
     * @param status   the annotator's status of the document ({@code null} when they have no file yet)
     * @param assigned whether a curator assigned the document to the annotator
     */
    public record Row(String document, String annotator, AnnotationStatus status, SyncState state, boolean assigned) {
    }

    /**
     * @param ahead     commits here that the shared project does not have
     * @param behind    commits of the shared project (as of the last fetch) not yet here
     * @param lastFetch when this working copy last heard from the remote, or {@code null} if never
     * @param unsentOther files other than annotation files that are not yet sent (the index, texts, team files)
     */
    public record Report(TeamIdentity identity, String remote, int ahead, int behind, Instant lastFetch,
            List<Row> rows, List<String> unsentOther, List<String> incomingOther) {
    }

    private TeamStatus() {
    }

    public static Report read(Path project) throws IOException {
        try (TeamRepository team = TeamRepository.open(project); ProjectStore store = ProjectStore.open(project)) {
            TeamIdentity identity = team.identity();
            Set<String> unsent = new HashSet<>();
            Set<String> incoming = new HashSet<>();
            int ahead = 0;
            int behind = 0;
            try {
                Status status = team.git().status().call();
                unsent.addAll(status.getUncommittedChanges());
                unsent.addAll(status.getUntracked());
            } catch (GitAPIException e) {
                throw new TeamException("cannot read the state of " + team.root() + ": " + e.getMessage(), e);
            }
            try (RevWalk walk = new RevWalk(team.repository())) {
                RevCommit local = team.head(walk);
                RevCommit shared = team.remoteHead(walk);
                if (local != null && shared == null) {
                    ahead = count(walk, local, null);
                    unsent.addAll(TreeDiff.paths(team.repository(), emptyTree(team), local.getTree()));
                } else if (local != null && !local.equals(shared)) {
                    RevCommit base = TeamRepository.mergeBase(walk, local, shared);
                    ahead = count(walk, local, base);
                    behind = count(walk, shared, base);
                    if (base != null) {
                        unsent.addAll(TreeDiff.paths(team.repository(), base.getTree(), local.getTree()));
                        incoming.addAll(TreeDiff.paths(team.repository(), base.getTree(), shared.getTree()));
                    }
                }
            }
            Assignments assignments = Assignments.read(team.root());
            List<Row> rows = new ArrayList<>();
            Set<String> covered = new HashSet<>();
            ProjectLayout layout = store.layout();
            for (Document document : store.project().getDocuments()) {
                Set<String> annotators = new TreeSet<>(store.annotatorsOf(document));
                annotators.addAll(assignments.annotatorsOf(document.getId()));
                if (identity.role() == Role.ANNOTATOR) {
                    annotators.add(identity.name()); // my own documents, started or not
                }
                for (String annotator : annotators) {
                    String path = "annotations/" + document.getId() + "/" + annotator + ".xmi";
                    covered.add(path);
                    boolean exists = Files.isRegularFile(layout.annotationFile(document.getId(), annotator));
                    rows.add(new Row(document.getId(), annotator, exists ? store.status(document, annotator) : null,
                            state(unsent.contains(path), incoming.contains(path)),
                            assignments.isAssigned(document.getId(), annotator)));
                }
            }
            for (String path : new TreeSet<>(incoming)) { // others' files of documents not here yet
                String[] parts = path.split("/");
                if (!covered.contains(path) && parts.length == 3 && parts[0].equals("annotations") && parts[2].endsWith(".xmi")) {
                    covered.add(path);
                    rows.add(new Row(parts[1], parts[2].substring(0, parts[2].length() - 4), null, SyncState.INCOMING,
                            assignments.isAssigned(parts[1], parts[2].substring(0, parts[2].length() - 4))));
                }
            }
            List<String> unsentOther = unsent.stream().filter(p -> !covered.contains(p)).sorted().toList();
            List<String> incomingOther = incoming.stream().filter(p -> !covered.contains(p)).sorted().toList();
            Path fetchHead = team.repository().getDirectory().toPath().resolve("FETCH_HEAD");
            Instant lastFetch = Files.exists(fetchHead) ? Files.getLastModifiedTime(fetchHead).toInstant() : null;
            return new Report(identity, team.remoteUrl(), ahead, behind, lastFetch, rows, unsentOther, incomingOther);
        }
    }

    private static org.eclipse.jgit.lib.ObjectId emptyTree(TeamRepository team) throws IOException {
        try (var inserter = team.repository().newObjectInserter()) {
            var id = inserter.insert(new org.eclipse.jgit.lib.TreeFormatter());
            inserter.flush();
            return id;
        }
    }

    private static SyncState state(boolean unsent, boolean incoming) {
        if (unsent && incoming) {
            return SyncState.BOTH;
        }
        return unsent ? SyncState.NOT_SENT : incoming ? SyncState.INCOMING : SyncState.SYNCED;
    }

    private static int count(RevWalk walk, RevCommit from, RevCommit until) throws IOException {
        walk.reset();
        walk.markStart(walk.parseCommit(from));
        if (until != null) {
            walk.markUninteresting(walk.parseCommit(until));
        }
        int n = 0;
        while (walk.next() != null) {
            n++;
        }
        walk.reset();
        return n;
    }
}
