package org.glossa.review.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.ops.CreateProjectOperation;
import org.glossa.core.storage.ProjectStore;
import org.glossa.core.storage.SecureXmi;
import org.glossa.io.article.ImportArticlesOperation;
import org.glossa.io.article.ImportOptions;
import org.glossa.io.brat.BratFormat;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.Link;
import org.glossa.testing.DemoAnnotations;
import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every annotation set of the demo project (alice, bob and carol's brat files imported, with quotes, speakers, cues
 * and attributes; dave's and erin's sets too) reads from its file exactly as EMF's XMI loader reads it: the store
 * reads the files Glossa writes without EMF, and must give the same objects, links included.
 */
class DemoSetsReadAsEmfReadsThemTest {
    @TempDir
    Path dir;

    @Test
    void everySetOfTheDemoProjectReadsAsEmfReadsIt() throws Exception {
        Path project = dir.resolve("demo");
        ProjectStore store = new CreateProjectOperation(project, "Glossa demo").execute();
        new ImportArticlesOperation(store, List.of(Fixtures.demoCorpus()), ImportOptions.defaults())
                .execute(new NullProgressMonitor());
        DemoAnnotations.importInto(store, new FormatRegistry(List.of(new BratFormat())), dir);
        DemoAnnotations.addOtherAnnotators(store);
        store.save();
        store.close();

        ProjectStore reader = ProjectStore.open(project);
        int sets = 0;
        int links = 0;
        for (Document document : reader.project().getDocuments()) {
            for (String annotator : reader.annotatorsOf(document)) {
                Path file = reader.layout().annotationFile(document.getId(), annotator);
                AnnotationSet read = reader.annotations(document, annotator);
                EObject byEmf;
                try (InputStream in = Files.newInputStream(file)) {
                    byEmf = SecureXmi.load(SecureXmi.newResource(URI.createFileURI(file.toString())), in);
                }
                assertTrue(EcoreUtil.equals(byEmf, read), file.toString());
                links += read.getSpans().stream().mapToInt(span -> span.getLinks().size()).sum();
                for (var span : read.getSpans()) {
                    for (Link link : span.getLinks()) {
                        assertTrue(read.getSpans().contains(link.getTarget()), "a link's target is a span of its set");
                    }
                }
                sets++;
            }
        }
        assertEquals(8, sets, "alice, bob and carol on two articles, dave and erin on one each");
        assertTrue(links > 0, "the demo quotes have speakers");
    }
}
