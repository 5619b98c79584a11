package org.glossa.io.brat;

import org.glossa.testing.ProjectCorpus;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.RecordingExportReport;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export, import the folder, export the imported documents again: every file is identical. */
class BratRoundTripTest {
    private static final List<String> LAYERS = List.of(NewsSchema.ENTITY, NewsSchema.CUE, NewsSchema.QUOTE, NewsSchema.CLAIM);
    /** Entity names looked up in the articles of the tests' own corpus. */
    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    static {
        NAMES.put("North Korea", "GPE");
        NAMES.put("Korea", "GPE");
        NAMES.put("United States", "GPE");
        NAMES.put("U.S.", "GPE");
        NAMES.put("Seoul", "GPE");
        NAMES.put("China", "GPE");
        NAMES.put("Busan", "GPE");
        NAMES.put("Beijing", "GPE");
        NAMES.put("Cheorwon", "GPE");
        NAMES.put("Yunnan", "GPE");
        NAMES.put("Ministry", "ORG");
        NAMES.put("Kim", "PER");
        NAMES.put("서울", "LOC");
        NAMES.put("北京", "LOC");
    }

    @TempDir
    Path temp;

    @Test
    void corpusArticlesWithEntitiesAndQuotesLinkedToSpeakers() throws Exception {
        ProjectCorpus corpus = new ProjectCorpus(temp.resolve("project"));
        int quotes = 0;
        for (Path file : Fixtures.ownArticles()) {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            Document document = corpus.add(file.getFileName().toString().replace(".txt", ""), text);
            corpus.annotateAll(document, NAMES);
            quotes += quoteEveryQuotation(corpus, document, text);
        }
        assertTrue(quotes > 3, "quotes " + quotes);
        RecordingExportReport report = assertRoundTrip(corpus);
        assertTrue(report.carriedTotal() > 50);
    }

    @Test
    void generatedTextWithEmojiLinesAttributesNotesOverlapsKoreanAndChinese() throws Exception {
        ProjectCorpus corpus = new ProjectCorpus(temp.resolve("project"));
        BratExportTest.annotate(corpus, corpus.add("quote", BratExportTest.TEXT));
        String text = "삼성전자 이재용 회장은 서울에서 말했다.\n习近平主席在北京会见了美国总统。 𠮷野家 👨‍👩‍👧 🇰🇷";
        Document mixed = corpus.add("mixed", text);
        SpanAnnotation person = corpus.span(mixed, NewsSchema.ENTITY, "PER", text.indexOf("이재용"), text.indexOf("이재용") + 3);
        corpus.span(mixed, NewsSchema.ENTITY, "PER", text.indexOf("이재용"), text.indexOf("회장은") + 2); // overlapping
        corpus.span(mixed, NewsSchema.ENTITY, "LOC", text.indexOf("서울"), text.indexOf("서울") + 2);
        corpus.span(mixed, NewsSchema.ENTITY, "ORG", text.indexOf("𠮷野家"), text.indexOf("𠮷野家") + 4);
        corpus.span(mixed, NewsSchema.ENTITY, "MISC", text.indexOf("👨"), text.length());
        SpanAnnotation claim = corpus.span(mixed, NewsSchema.CLAIM, "CLAIM", 0, text.indexOf("美国") + 2); // across the line
        claim.getAttributes().put("stance", "asserts");
        claim.getAttributes().put("checkWorthiness", "check-worthy");
        Spans.link(claim, NewsSchema.CLAIMANT, person);
        corpus.add("never-had-cr", "Kim left.\nLee came.");
        corpus.add("had-crlf", "Kim left.\r\nLee came.\r\n".replace("\r\n", "\n"));
        corpus.span(corpus.store().document("had-crlf").orElseThrow(), NewsSchema.ENTITY, "PER", 10, 13);
        assertRoundTrip(corpus);
    }

    /** Quote spans on the text between curly quotation marks, each linked to the next entity after it. */
    private static int quoteEveryQuotation(ProjectCorpus corpus, Document document, String text) throws IOException {
        List<SpanAnnotation> entities = List.copyOf(corpus.gold(document).getSpans());
        int count = 0;
        for (int open = text.indexOf('“'); open >= 0; open = text.indexOf('“', open + 1)) {
            int close = text.indexOf('”', open);
            if (close < 0) {
                break;
            }
            if (close - open < 2) {
                continue;
            }
            SpanAnnotation quote = corpus.span(document, NewsSchema.QUOTE, "QUOTE", open + 1, close);
            quote.getAttributes().put("type", "direct");
            int end = close;
            entities.stream().filter(e -> e.getBegin() > end).findFirst()
                    .ifPresent(speaker -> Spans.link(quote, NewsSchema.SPEAKER, speaker));
            count++;
        }
        return count;
    }

    private RecordingExportReport assertRoundTrip(ProjectCorpus corpus) throws Exception {
        RecordingExportReport report = new RecordingExportReport();
        Path first = export(corpus, "first", report);
        ProjectCorpus imported = new ProjectCorpus(temp.resolve("imported"));
        imported.addRead(new BratFormat().read(List.of(first), new NullProgressMonitor()));
        Path second = export(imported, "second", new RecordingExportReport());
        List<Path> files = files(first);
        assertEquals(files, files(second));
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file.toString());
        }
        return report;
    }

    private Path export(ProjectCorpus corpus, String folder, RecordingExportReport report) throws Exception {
        Path out = Files.createDirectories(temp.resolve(folder));
        new BratFormat().write(corpus.context(out, LAYERS, Map.of(), report), new NullProgressMonitor());
        return out;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }
}
