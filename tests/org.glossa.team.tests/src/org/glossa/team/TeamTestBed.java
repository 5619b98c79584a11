package org.glossa.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;
import org.glossa.team.merge.Resolution;
import org.glossa.testing.ProjectCorpus;

/**
 * A team in a temporary folder: a bare repository as the team's server, the curator's shared project and members'
 * working copies cloned from it, all through the real code paths (JGit over file paths).
 */
final class TeamTestBed {
    static final String TEXT_ONE = "HOME NEWS\nMayor Lena Ortiz said the harbor bridge in Riverton will reopen in May.\n";
    static final String TEXT_TWO = "WORLD\nThe council of Port Alder voted on Tuesday; Kim Yung-ho abstained.\n";

    final Path dir;
    final Path remote;
    final Path curator;
    final GitAccess access;

    TeamTestBed(Path dir) throws Exception {
        this.dir = dir;
        this.remote = dir.resolve("server/team.git");
        this.curator = dir.resolve("curator");
        Files.createDirectories(dir.resolve("home"));
        this.access = GitAccess.of(dir.resolve("home").toFile(), Map.of());
        ProjectCorpus corpus = new ProjectCorpus(curator);
        corpus.add("one", TEXT_ONE, 10, TEXT_ONE.length());
        corpus.add("two", TEXT_TWO, 6, TEXT_TWO.length());
        corpus.store().save();
        corpus.store().close();
        TeamShare.share(curator, remote.toString(), "cora", access);
    }

    Path join(String annotator) throws IOException {
        Path copy = dir.resolve(annotator);
        TeamClone.cloneAndJoin(remote.toString(), copy, annotator, Role.ANNOTATOR, access);
        return copy;
    }

    SyncResult sync(Path copy) throws IOException {
        return TeamSync.sync(copy, access, Resolution.NONE, new NullProgressMonitor());
    }

    SyncResult sync(Path copy, Resolution resolution) throws IOException {
        return TeamSync.sync(copy, access, resolution, new NullProgressMonitor());
    }

    /** Marks the words' first occurrence in the document with the label, saved as the annotator's span. */
    static SpanAnnotation annotate(Path copy, String annotator, String document, String label, String words)
            throws Exception {
        try (ProjectStore store = ProjectStore.openForWriting(copy, "test")) {
            EditingSession session = annotator.equals("gold") ? EditingSession.forGold(store, "cora")
                    : new EditingSession(store, annotator);
            Document doc = store.document(document).orElseThrow();
            int begin = store.text(doc).indexOf(words);
            SpanAnnotation span = session.createSpan(doc, NewsSchema.ENTITY, label, begin, begin + words.length());
            session.save();
            return span;
        }
    }

    /** The annotator's spans of the document as "label begin-end" lines, read from the working copy. */
    static List<String> spans(Path copy, String annotator, String document) throws IOException {
        try (ProjectStore store = ProjectStore.open(copy)) {
            Document doc = store.document(document).orElseThrow();
            if (!store.hasAnnotations(doc, annotator)) {
                return List.of();
            }
            return store.annotations(doc, annotator).getSpans().stream()
                    .map(s -> s.getId() + " " + s.getLabel() + " " + s.getBegin() + "-" + s.getEnd()).sorted().toList();
        }
    }

    /** Every file of the remote's main branch with its blob id: what the team has. */
    Map<String, ObjectId> remoteFiles() throws IOException {
        try (Git git = Git.open(remote.toFile())) {
            Repository repository = git.getRepository();
            Map<String, ObjectId> files = new TreeMap<>();
            try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
                tree.addTree(walk.parseCommit(repository.resolve("refs/heads/main")).getTree());
                tree.setRecursive(true);
                while (tree.next()) {
                    files.put(tree.getPathString(), tree.getObjectId(0));
                }
            }
            return files;
        }
    }

    /** Nothing in the working copy changed: the same files with the same bytes. */
    static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet(), "the same files");
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    }

    static void copyFolder(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** The project's files in a working copy, as bytes by relative path (no .git, no .glossa). */
    static Map<String, byte[]> files(Path copy) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (var walk = Files.walk(copy)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = copy.relativize(file).toString();
                if (!relative.startsWith(".git/") && !relative.startsWith(".glossa/")) {
                    files.put(relative, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }
}
