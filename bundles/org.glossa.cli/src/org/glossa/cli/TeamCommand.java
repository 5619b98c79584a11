package org.glossa.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.team.Assignments;
import org.glossa.team.GitAccess;
import org.glossa.team.Role;
import org.glossa.team.SyncResult;
import org.glossa.team.TeamClone;
import org.glossa.team.TeamException;
import org.glossa.team.TeamIdentity;
import org.glossa.team.TeamRepository;
import org.glossa.team.TeamShare;
import org.glossa.team.TeamStatus;
import org.glossa.team.TeamSync;
import org.glossa.team.merge.MergeConflict;
import org.glossa.team.merge.Resolution;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code glossa team share|clone|sync|status|assign}: a project shared by a team through git. */
final class TeamCommand implements Command {
    @Override
    public String name() {
        return "team";
    }

    @Override
    public String summary() {
        return "share a project with a team through git: share, clone, sync, status, assign";
    }

    @Override
    public String usage() {
        return """
                Usage: glossa team share PROJECT URL --curator NAME
                       glossa team clone URL DIR (--annotator NAME | --curator NAME)
                       glossa team sync PROJECT [--resolve ours|theirs] [--json]
                       glossa team status PROJECT [--json]
                       glossa team assign PROJECT --annotators A,B,C --per-document N [--documents ID,ID]

                A team shares one project through a git repository: any git host, or a bare
                repository on a file share. Each member works in their own working copy; each
                annotator's annotations are their own files, so the team's work never conflicts.

                  share   makes PROJECT a team project and pushes it to URL, which must be empty
                          (a local path that does not exist becomes a new bare repository);
                          NAME is its curator
                  clone   a member's working copy of the team project at URL in DIR; an annotator
                          joins the project's annotators (pushed at once when URL can be reached)
                  sync    commits your saved work, fetches the team's, merges by content (never
                          conflict markers) and pushes, trying again when someone pushed first.
                          Two people changing the same thing differently (e.g. a label's colour)
                          is a conflict named in the output; nothing is merged until the curator
                          decides with --resolve ours (this copy wins) or theirs (the shared one;
                          an annotator may always take the shared version)
                  status  per document and annotator: status, and whether the file is synced,
                          not sent, or incoming (as of the last sync; works offline)
                  assign  (curators) gives each of the documents (default: all) to N of the
                          annotators, balanced; an annotator's corpus list shows theirs first.
                          Sync to send the assignments

                URLs: a path, file://, ssh://user@host/path or user@host:path (keys from ~/.ssh
                and the SSH agent), https:// (user and password or token from the environment,
                GLOSSA_GIT_USERNAME and GLOSSA_GIT_PASSWORD, or your git credential helper).
                Credentials never go into the project.

                  --json  print the result as one JSON document
                """;
    }

    @Override
    public OptionSpec options() {
        return new OptionSpec().valued("--curator").valued("--annotator").valued("--resolve").valued("--annotators")
                .valued("--per-document").valued("--documents").flag("--json");
    }

    @Override
    public int run(Arguments args, Output out) throws Exception {
        String action = args.positional(0, name(), "action (share, clone, sync, status, assign)");
        return switch (action) {
            case "share" -> share(args, out);
            case "clone" -> cloneCopy(args, out);
            case "sync" -> sync(args, out);
            case "status" -> new TeamStatusOutput(out).print(TeamStatus.read(Path.of(args.positional(1, name(),
                    "PROJECT folder"))), args.has("--json"));
            case "assign" -> assign(args, out);
            default -> throw new UsageException(name(), "unknown action '" + action
                    + "'; the actions are share, clone, sync, status, assign");
        };
    }

    private int share(Arguments args, Output out) throws Exception {
        Path project = Path.of(args.positional(1, name(), "PROJECT folder"));
        String url = args.positional(2, name(), "URL of an empty repository");
        String curator = required(args, "--curator");
        out.line(TeamShare.share(project, url, curator, GitAccess.ofUser()));
        return Cli.OK;
    }

    private int cloneCopy(Arguments args, Output out) throws Exception {
        String url = args.positional(1, name(), "URL");
        Path dir = Path.of(args.positional(2, name(), "DIR"));
        String annotator = args.value("--annotator");
        String curator = args.value("--curator");
        if ((annotator == null) == (curator == null)) {
            throw new UsageException(name(), "clone needs one of --annotator NAME or --curator NAME");
        }
        Role role = annotator != null ? Role.ANNOTATOR : Role.CURATOR;
        TeamClone.Joined joined = TeamClone.cloneAndJoin(url, dir, annotator != null ? annotator : curator, role,
                GitAccess.ofUser());
        out.line("cloned " + url + " into " + joined.project() + " for " + joined.identity().name() + " ("
                + role.word() + ")");
        if (!joined.pushed()) {
            out.warn("joined locally only: " + joined.note());
        }
        return Cli.OK;
    }

    private int sync(Arguments args, Output out) throws Exception {
        Path project = Path.of(args.positional(1, name(), "PROJECT folder"));
        Resolution resolution = Resolution.NONE;
        if (args.value("--resolve") != null) {
            try {
                resolution = Resolution.parse(args.value("--resolve"));
            } catch (IllegalArgumentException e) {
                throw new UsageException(name(), e.getMessage());
            }
            if (resolution == Resolution.OURS) { // taking the shared version is everyone's to choose
                requireCurator(project, "--resolve ours");
            }
        }
        SyncResult result;
        try {
            result = TeamSync.sync(project, GitAccess.ofUser(), resolution, new NullProgressMonitor());
        } catch (TeamSync.SyncConflictException e) {
            if (args.has("--json")) {
                ObjectNode node = out.object();
                conflicts(node.putArray("conflicts"), e.conflicts());
                out.json(node);
            }
            e.getMessage().lines().forEach(line -> out.warn(line.strip()));
            return Cli.FAILED;
        }
        if (args.has("--json")) {
            out.json(json(out.object(), result));
            return Cli.OK;
        }
        result.recoveredLocks().forEach(lock -> out.warn("removed a stale git lock of an interrupted sync: " + lock));
        result.restored().forEach(path -> out.warn("not sent: " + path + " is another member's file; the team's version"
                + " is back (a new file of theirs stays here, unsent)"));
        if (result.nothingToDo()) {
            out.line("Up to date: nothing to send, nothing new.");
            return Cli.OK;
        }
        List<String> parts = new java.util.ArrayList<>();
        if (!result.committed().isEmpty() || result.pushed() != null) {
            parts.add("sent " + (result.committed().isEmpty() ? "earlier work" : files(result.committed().size())));
        }
        if (!result.received().isEmpty()) {
            parts.add("received " + files(result.received().size()));
        }
        if (!result.mergedFiles().isEmpty()) {
            parts.add("merged " + files(result.mergedFiles().size()) + " both sides changed, by content");
        }
        String summary = String.join(", ", parts);
        out.line(Character.toUpperCase(summary.charAt(0)) + summary.substring(1) + ".");
        result.resolved().forEach(conflict -> out.line("decided: " + conflict.describe()));
        return Cli.OK;
    }

    private static String files(int n) {
        return n + (n == 1 ? " file" : " files");
    }

    private int assign(Arguments args, Output out) throws Exception {
        Path project = Path.of(args.positional(1, name(), "PROJECT folder"));
        requireCurator(project, "assign");
        List<String> annotators = args.commaList("--annotators");
        if (annotators.isEmpty()) {
            throw new UsageException(name(), "missing --annotators A,B,C");
        }
        int perDocument = perDocument(required(args, "--per-document"));
        Assignments next;
        try (ProjectStore store = WritableProject.open(project, name() + " assign", out)) {
            List<String> documents = args.commaList("--documents");
            List<String> known = store.project().getDocuments().stream().map(Document::getId).toList();
            for (String id : documents) {
                if (!known.contains(id)) {
                    throw new UsageException(name(), "no document '" + id + "' in " + project);
                }
            }
            try {
                next = Assignments.read(store.layout().root()).assign(documents.isEmpty() ? known : documents,
                        annotators, perDocument);
            } catch (IllegalArgumentException e) {
                throw new UsageException(name(), e.getMessage());
            }
            next.write(store.layout().root());
        }
        Map<String, Integer> load = next.load(annotators);
        load.forEach((annotator, count) -> out.line(annotator + ": " + count + (count == 1 ? " document" : " documents")));
        out.line("Assigned; 'glossa team sync " + project + "' sends the assignments to the team.");
        return Cli.OK;
    }

    private void requireCurator(Path project, String what) throws Exception {
        try (TeamRepository team = TeamRepository.open(project)) {
            TeamIdentity identity = team.identity();
            if (identity.role() != Role.CURATOR) {
                throw new TeamException(what + " is the curator's: this working copy is " + identity.name()
                        + "'s (annotator)");
            }
        }
    }

    private int perDocument(String text) throws UsageException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageException(name(), "--per-document must be a number, not '" + text + "'");
        }
    }

    private String required(Arguments args, String option) throws UsageException {
        String value = args.value(option);
        if (value == null || value.isBlank()) {
            throw new UsageException(name(), "missing " + option);
        }
        return value;
    }

    private static ObjectNode json(ObjectNode node, SyncResult result) {
        strings(node.putArray("committed"), result.committed());
        strings(node.putArray("received"), result.received());
        strings(node.putArray("merged"), result.mergedFiles());
        conflicts(node.putArray("resolved"), result.resolved());
        node.put("pushed", result.pushed() == null ? null : result.pushed().name());
        strings(node.putArray("recoveredLocks"), result.recoveredLocks());
        strings(node.putArray("restored"), result.restored());
        return node;
    }

    private static void conflicts(ArrayNode array, List<MergeConflict> conflicts) {
        for (MergeConflict conflict : conflicts) {
            array.addObject().put("file", conflict.file()).put("element", conflict.element())
                    .put("feature", conflict.feature()).put("ours", conflict.ours()).put("theirs", conflict.theirs());
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
