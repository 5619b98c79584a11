package org.glossa.team.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.model.Origin;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.ProjectCorpus;

/** Glossa projects for the transport tests: made with the core's store, annotated as an annotator saves, compared. */
final class TeamProjects {
    static final String DOCUMENT = "harbour";
    static final String TEXT = "The harbour board of Kestrel Bay met on Tuesday and agreed to dredge the northern channel.";

    private TeamProjects() {
    }

    /** A project with one document and no annotations yet. */
    static Path create(Path dir) throws Exception {
        ProjectCorpus corpus = new ProjectCorpus(dir);
        corpus.add(DOCUMENT, TEXT);
        corpus.store().save();
        corpus.store().close();
        return dir;
    }

    /** Marks a word as an entity in the annotator's set and saves, as the editor does. */
    static void annotate(Path project, String annotator, String word, String label) throws Exception {
        try (ProjectStore store = ProjectStore.openForWriting(project, "transport test")) {
            Document document = store.document(DOCUMENT).orElseThrow();
            int begin = TEXT.indexOf(word);
            Spans.add(store.annotations(document, annotator), NewsSchema.ENTITY, label, begin, begin + word.length(),
                    annotator, Origin.MANUAL);
            store.save();
        }
    }

    /** The covered texts of an annotator's entity spans, as a fresh reader sees them. */
    static List<String> spans(Path project, String annotator) throws IOException {
        try (ProjectStore store = ProjectStore.open(project)) {
            Document document = store.document(DOCUMENT).orElseThrow();
            if (!store.hasAnnotations(document, annotator)) {
                return List.of();
            }
            return store.annotations(document, annotator).getSpans().stream()
                    .sorted(Spans.DOCUMENT_ORDER)
                    .map(span -> span.getLabel() + ":" + TEXT.substring(span.getBegin(), span.getEnd())).toList();
        }
    }

    /** Every file of a folder (git's own objects included) with a digest of its bytes: equal maps, nothing changed. */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(file).toString();
                // the writer lock's file records who held it last; the lock itself is not the project's content
                if (!name.startsWith(".glossa/")) {
                    files.put(name, digest(Files.readAllBytes(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static ObjectId head(Path project) throws IOException {
        try (Git git = Git.open(project.toFile())) {
            return git.getRepository().resolve("HEAD");
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
