package org.glossa.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.format.FormatSupport;
import org.glossa.core.ops.DatasetSplitRatios;
import org.glossa.core.ops.ExportOperation;
import org.glossa.core.ops.ExportRequest;
import org.glossa.core.ops.ExportResult;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.model.schema.NewsSchema;

/**
 * Checks that an export of many documents, which loads, prepares and writes them a few at a time on several
 * threads, writes exactly what exporting each document on its own writes: every split's file is the
 * concatenation, in project order, of the one-document exports of that split's documents, and the report
 * carries the same spans. The project holds the real seed articles ({@code shared/corpus}) several times over,
 * with gold spans on whole words, some of them nested.
 */
public final class StreamedExportCheck {
    /** Several times the documents an export holds at once. */
    public static final int DOCUMENTS = 40;

    private static final String[] LABELS = { "PER", "ORG", "GPE", "LOC", "DATE" };

    private StreamedExportCheck() {
    }

    /** The project, saved and reopened, so that every text and set is read from its file. */
    public static ProjectStore project(Path dir) throws Exception {
        List<Path> articles;
        try (Stream<Path> files = Files.list(Fixtures.shared("corpus"))) {
            articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(articles.size() >= 2, "seed articles: " + articles);
        ProjectCorpus corpus = new ProjectCorpus(dir);
        for (int d = 0; d < DOCUMENTS; d++) {
            String text = Files.readString(articles.get(d % articles.size()), StandardCharsets.UTF_8);
            Document document = corpus.add(String.format("article-%02d", d), text);
            annotateWords(corpus, document, text, 3 + d % 5);
        }
        corpus.store().save();
        corpus.store().close();
        return ProjectStore.open(dir);
    }

    /** Every {@code every}-th run of letters becomes an Entity span; every third of those also holds a nested one. */
    private static void annotateWords(ProjectCorpus corpus, Document document, String text, int every) throws IOException {
        int word = 0;
        for (int begin = 0; begin < text.length();) {
            if (!Character.isLetter(text.charAt(begin))) {
                begin++;
                continue;
            }
            int end = begin;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (word % every == 0) {
                corpus.span(document, NewsSchema.ENTITY, LABELS[word % LABELS.length], begin, end);
                if (word % (3 * every) == 0 && end - begin > 2) {
                    corpus.span(document, NewsSchema.ENTITY, "MISC", begin, begin + 2);
                }
            }
            word++;
            begin = end;
        }
    }

    /**
     * Exports the whole project (split 80/10/10 when {@code split}) and each document alone, and compares.
     *
     * @param extension the extension of the format's split files, e.g. {@code conll}
     * @param split     whether to split: only for formats whose records do not name their split
     */
    public static void assertSameAsOneByOne(ProjectStore store, Path work, FormatSupport format,
            Map<String, String> options, String extension, boolean split) throws Exception {
        FormatRegistry formats = new FormatRegistry(List.of(format));
        ExportRequest request = ExportRequest.of(format.id(), work.resolve("all")).withOptions(options);
        ExportResult all = new ExportOperation(store, formats,
                split ? request.withSplit(DatasetSplitRatios.parse("80/10/10"), 7, null, false) : request)
                .execute(new NullProgressMonitor());
        Map<String, List<String>> splits = all.sources().get(0).documents();
        assertEquals(split ? List.of("train", "dev", "test") : List.of("all"), List.copyOf(splits.keySet()));
        int carried = 0;
        int documents = 0;
        for (Map.Entry<String, List<String>> documentsOfSplit : splits.entrySet()) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            for (String id : documentsOfSplit.getValue()) {
                Path alone = work.resolve("alone-" + id);
                ExportResult one = new ExportOperation(store, formats, ExportRequest.of(format.id(), alone)
                        .withOptions(options).withDocuments(ExportRequest.Documents.ids(List.of(id))))
                        .execute(new NullProgressMonitor());
                expected.write(Files.readAllBytes(alone.resolve("all." + extension)));
                carried += one.sources().get(0).report().carriedTotal();
                documents++;
            }
            String file = documentsOfSplit.getKey() + "." + extension;
            byte[] written = Files.readAllBytes(work.resolve("all").resolve(file));
            assertTrue(written.length > 0, file);
            assertArrayEquals(expected.toByteArray(), written, file
                    + " is not the concatenation of its documents' own exports");
        }
        assertEquals(DOCUMENTS, documents);
        assertEquals(carried, all.sources().get(0).report().carriedTotal(), "spans carried");
        List<String> ids = new ArrayList<>();
        splits.values().forEach(ids::addAll);
        assertEquals(DOCUMENTS, ids.stream().distinct().count());
    }
}
