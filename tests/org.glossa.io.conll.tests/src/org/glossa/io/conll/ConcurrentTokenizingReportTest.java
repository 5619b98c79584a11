package org.glossa.io.conll;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.format.RecordingExportReport;
import org.glossa.core.ops.ExportOperation;
import org.glossa.core.ops.ExportRequest;
import org.glossa.model.Document;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.ProjectCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export tokenizes several documents at once, on several threads; its report is still exactly the plain
 * loop's: the same notes in the same order (the token splits of the first ten documents listed, then one note for
 * the rest), the same examples of spans not carried, the same counts.
 */
class ConcurrentTokenizingReportTest {
    private static final String PARAGRAPH = "Seoulites and officials met Kim Min-ji. The talks in Busan ended late.\n\n";

    @TempDir
    Path dir;

    @Test
    void reportOfTheStreamedExportIsThePlainLoops() throws Exception {
        ProjectCorpus corpus = new ProjectCorpus(dir.resolve("project"));
        for (int d = 0; d < 30; d++) {
            String text = PARAGRAPH.repeat(5 + d % 7);
            Document document = corpus.add(String.format("doc-%02d", d), text);
            for (int p = 0; p < 5; p++) {
                int at = p * PARAGRAPH.length();
                if ((p + d) % 3 == 0) {
                    corpus.span(document, NewsSchema.ENTITY, "GPE", at, at + "Seoul".length()); // splits "Seoulites"
                }
                int kim = at + PARAGRAPH.indexOf("Kim");
                corpus.span(document, NewsSchema.ENTITY, "PER", kim, kim + "Kim Min-ji".length());
                if ((p + d) % 4 == 0) {
                    corpus.span(document, NewsSchema.ENTITY, "PER", kim, kim + "Kim".length()); // nested
                }
                if (d % 5 == p) {
                    int space = at + PARAGRAPH.indexOf(" met");
                    corpus.span(document, NewsSchema.ENTITY, "ORG", space, space + " met".length()); // begins with a space
                }
            }
        }
        corpus.store().save();

        ExportRequest request = ExportRequest.of("conll", dir.resolve("streamed")).withLayers(List.of(NewsSchema.ENTITY));
        RecordingExportReport streamed = new ExportOperation(corpus.store(), new FormatRegistry(List.of(new ConllFormat())), request)
                .execute(new NullProgressMonitor()).sources().get(0).report();
        RecordingExportReport plain = new RecordingExportReport();
        Path plainOut = Files.createDirectories(dir.resolve("plain"));
        new ConllFormat().write(corpus.context(plainOut, List.of(NewsSchema.ENTITY), Map.of(), plain), new NullProgressMonitor());

        assertTrue(plain.notes().size() > 10 && plain.notes().get(10).contains("not listed"), plain.notes().toString());
        assertEquals(plain.notes(), streamed.notes());
        assertEquals(plain.notCarried(), streamed.notCarried());
        assertEquals(plain.notCarriedExamples(), streamed.notCarriedExamples());
        assertEquals(plain.carried(), streamed.carried());
        assertArrayEquals(Files.readAllBytes(plainOut.resolve("all.conll")),
                Files.readAllBytes(dir.resolve("streamed").resolve("all.conll")));
    }
}
