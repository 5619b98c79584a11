package org.glossa.core.storage;

import java.nio.file.Path;

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
 * </pre>
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
        return texts().resolve(documentId + ".txt");
    }

    public Path annotations() {
        return root.resolve("annotations");
    }

    public Path annotationsOf(String documentId) {
        return annotations().resolve(documentId);
    }

    /** @param annotator an annotator's name, or {@link #GOLD} */
    public Path annotationFile(String documentId, String annotator) {
        return annotationsOf(documentId).resolve(annotator + ".xmi");
    }

    public static boolean isProject(Path dir) {
        return new ProjectLayout(dir).index().toFile().isFile();
    }
}
