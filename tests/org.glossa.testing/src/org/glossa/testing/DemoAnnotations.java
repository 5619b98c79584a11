package org.glossa.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.ops.ImportAnnotationsOperation;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.model.Origin;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;

/**
 * The demo annotators' work (demo/annotations: alice, bob and carol on two articles, brat files) imported into a
 * project that holds the demo corpus, as {@code ./glossa demo} does: each .ann is read beside its article's text.
 */
public final class DemoAnnotations {
    public static final List<String> ANNOTATORS = List.of("alice", "bob", "carol");

    private DemoAnnotations() {
    }

    /** @param formats a registry with the brat format */
    public static void importInto(ProjectStore store, FormatRegistry formats, Path work) throws Exception {
        for (String annotator : ANNOTATORS) {
            new ImportAnnotationsOperation(store, formats, "brat", annotator, null, true, List.of(folder(annotator, work)))
                    .execute(new NullProgressMonitor());
        }
    }

    /**
     * Two more annotators with a little work of their own, as a project has once others start: dave marks the first
     * word of the first demo article alice, bob and carol annotated, erin the first word of an article nobody else
     * did. Then everyone with annotations shares no document. Not saved.
     */
    public static void addOtherAnnotators(ProjectStore store) throws Exception {
        markFirstWord(store, "harbor-bridge-vote", "dave");
        markFirstWord(store, "kelp-farm-cooperative", "erin");
    }

    private static void markFirstWord(ProjectStore store, String documentId, String annotator) throws Exception {
        Document document = store.document(documentId).orElseThrow();
        String text = store.text(document);
        int begin = document.getBodyBegin();
        while (!Character.isLetter(text.charAt(begin))) {
            begin++;
        }
        int end = begin;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        AnnotationSet set = store.annotations(document, annotator);
        Spans.add(set, NewsSchema.ENTITY, "ORG", begin, end, annotator, Origin.MANUAL);
        set.setStatus(AnnotationStatus.IN_PROGRESS);
    }

    /** A brat folder of the annotator's files, each .ann beside a copy of its article's text. */
    public static Path folder(String annotator, Path work) throws IOException {
        Path annotations = Fixtures.repositoryRoot().resolve("demo/annotations");
        Path folder = Files.createDirectories(work.resolve("brat-" + annotator));
        try (Stream<Path> files = Files.list(annotations.resolve(annotator))) {
            for (Path ann : files.sorted().toList()) {
                String id = ann.getFileName().toString().replace(".ann", "");
                Files.copy(ann, folder.resolve(ann.getFileName()));
                Files.copy(Fixtures.demoCorpus().resolve(id + ".txt"), folder.resolve(id + ".txt"));
            }
        }
        return folder;
    }
}
