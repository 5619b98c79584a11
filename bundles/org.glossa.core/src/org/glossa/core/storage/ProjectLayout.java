package org.glossa.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a project keeps its files. The folder holds one index file (schema, documents, annotators), each
 * document's text once, and one annotation file per (document, annotator), so two annotators never write
 * the same file and a project diffs and merges cleanly in version control.
 *
 * <pre>
 * PROJECT/project.xmi                    schema, document index, annotators
 * PROJECT/texts/DOC.txt                  a document's immutable text, UTF-8, LF line endings
 * PROJECT/annotations/DOC/ANNOTATOR.xmi  one annotator's annotations of DOC
 * PROJECT/annotations/DOC/gold.xmi       the curated (gold) annotations of DOC
 * PROJECT/.glossa/lock                   the writers' lock, recording who holds it
 * PROJECT/.glossa/journal/ID/            a multi-file save in progress (or interrupted)
 * </pre>
 * Every path is resolved inside the root; a name that would lead outside (a tampered id such as
 * {@code ../../x}) is refused with an {@link IllegalArgumentException}.
 */
public record ProjectLayout(Path root) {
    public static final String INDEX_FILE = "project.xmi";
    public static final String GOLD = "gold";

    public Path index() {
        return root.resolve(INDEX_FILE);
    }

    public Path texts() {
        return root.resolve("texts");
    }

    public Path text(String documentId) {
        return inside(texts(), documentId + ".txt", "document id", documentId);
    }

    public Path annotations() {
        return root.resolve("annotations");
    }

    public Path annotationsOf(String documentId) {
        return inside(annotations(), documentId, "document id", documentId);
    }

    /** @param annotator an annotator's name, or {@link #GOLD} */
    public Path annotationFile(String documentId, String annotator) {
        return inside(annotationsOf(documentId), annotator + ".xmi", "annotator", annotator);
    }

    /**
     * The document's annotation files (one per annotator, and gold's), sorted by name; none when it has no folder.
     * Hidden files (a save's leftovers) are not annotation files.
     */
    public List<Path> annotationFiles(String documentId) throws IOException {
        Path dir = annotationsOf(documentId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.endsWith(".xmi") && !name.startsWith(".");
            }).sorted().toList();
        }
    }

    /** The annotator's name (or {@link #GOLD}) whose annotation file this is. */
    public static String annotatorOf(Path annotationFile) {
        String name = annotationFile.getFileName().toString();
        return name.substring(0, name.length() - ".xmi".length());
    }

    /** Glossa's own files inside the project: the lock and the journal. */
    public Path control() {
        return root.resolve(".glossa");
    }

    public Path lockFile() {
        return control().resolve("lock");
    }

    public Path journal() {
        return control().resolve("journal");
    }

    /**
     * {@code relative} resolved inside the project, for names read from files (a journal's manifest); refused
     * when it would lead outside the root.
     */
    public Path resolveInside(String relative) {
        Path resolved = root.resolve(relative).normalize();
        if (relative.isEmpty() || Path.of(relative).isAbsolute() || !resolved.startsWith(root.normalize())
                || resolved.equals(root.normalize())) {
            throw new IllegalArgumentException("path '" + relative + "' would lead outside the project folder " + root);
        }
        return resolved;
    }

    /** The path of {@code file} relative to the root, with '/' separators. */
    public String relativize(Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    /**
     * A second line of defence behind the validation on load: a name is one path element directly inside its
     * folder, never a way out of it.
     */
    private static Path inside(Path folder, String file, String what, String name) {
        Path resolved = folder.resolve(file).normalize();
        if (name == null || name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0
                || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0 || !folder.normalize().equals(resolved.getParent())) {
            throw new IllegalArgumentException(what + " '" + name + "' would lead outside its folder " + folder);
        }
        return resolved;
    }

    public static boolean isProject(Path dir) {
        return new ProjectLayout(dir).index().toFile().isFile();
    }
}
