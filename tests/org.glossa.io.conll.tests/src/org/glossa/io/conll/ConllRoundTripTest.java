package org.glossa.io.conll;

import org.glossa.testing.ProjectCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.RecordingExportReport;
import org.glossa.model.Document;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export, import the files, export the imported documents again: the files are identical. */
class ConllRoundTripTest {
    /** Entity names looked up in the articles of the tests' own corpus. */
    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    static {
        NAMES.put("North Korea", "GPE");
        NAMES.put("Korea", "GPE");
        NAMES.put("South Korea", "GPE");
        NAMES.put("United States", "GPE");
        NAMES.put("U.S.", "GPE");
        NAMES.put("Seoul", "GPE");
        NAMES.put("Washington", "GPE");
        NAMES.put("China", "GPE");
        NAMES.put("Busan", "GPE");
        NAMES.put("Beijing", "GPE");
        NAMES.put("Cheorwon", "GPE");
        NAMES.put("Yunnan", "GPE");
        NAMES.put("Ministry", "ORG");
        NAMES.put("Unification", "MISC");
        NAMES.put("Kim", "PER");
        NAMES.put("서울", "LOC");
        NAMES.put("北京", "LOC");
        NAMES.put("美国", "GPE");
    }

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = { "scheme=iob2", "scheme=iob1", "scheme=bioes", "columns=2" })
    void corpusArticles(String option) throws Exception {
        ProjectCorpus corpus = new ProjectCorpus(temp.resolve("project"));
        for (Path file : Fixtures.ownArticles()) {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            Document document = corpus.add(file.getFileName().toString().replace(".txt", ""), text);
            corpus.annotateAll(document, NAMES);
        }
        String[] pair = option.split("=");
        RecordingExportReport report = assertRoundTrip(corpus, Map.of(pair[0], pair[1]));
        assertTrue(report.carriedTotal() > 50, "carried " + report.carriedTotal());
        assertFalse(report.notCarried().isEmpty(), "nested names (Korea in North Korea) are reported");
    }

    @Test
    void generatedTextWithOverlapsEmojiRareHanziKoreanAndChinese() throws Exception {
        ProjectCorpus corpus = new ProjectCorpus(temp.resolve("project"));
        String text = "Kim Jae-won 😊 visited 𠮷野家 in Seoul.\n\n삼성전자 이재용 회장은 서울에서 말했다. "
                + "习近平主席在北京会见了美国总统。 \"We're excited about Seoul,\" said Mr. Kim of the U.S. State Department.";
        Document document = corpus.add("generated", text);
        corpus.span(document, NewsSchema.ENTITY, "PER", 0, 11);
        corpus.span(document, NewsSchema.ENTITY, "ORG", text.indexOf("𠮷野家"), text.indexOf("𠮷野家") + 4);
        corpus.span(document, NewsSchema.ENTITY, "ORG", text.indexOf("삼성전자"), text.indexOf("삼성전자") + 4);
        corpus.span(document, NewsSchema.ENTITY, "PER", text.indexOf("이재용"), text.indexOf("이재용") + 3);
        corpus.span(document, NewsSchema.ENTITY, "PER", text.indexOf("이재용"), text.indexOf("회장은") + 2); // overlaps the above
        corpus.span(document, NewsSchema.ENTITY, "LOC", text.indexOf("서울에서"), text.indexOf("서울에서") + 2);
        corpus.span(document, NewsSchema.ENTITY, "LOC", text.indexOf("北京"), text.indexOf("北京") + 2);
        corpus.span(document, NewsSchema.ENTITY, "GPE", text.indexOf("美国"), text.indexOf("美国") + 2);
        corpus.span(document, NewsSchema.ENTITY, "ORG", text.indexOf("U.S."), text.indexOf(" Department") + 11);
        corpus.span(document, NewsSchema.ENTITY, "MISC", text.indexOf("Seoul.\n"), text.indexOf("삼성전자") + 4); // across a paragraph
        RecordingExportReport report = assertRoundTrip(corpus, Map.of());
        assertEquals(Map.of("nested or overlapping span: not expressible in CoNLL", 2), report.notCarried());
    }

    @Test
    void textsWithAndWithoutCarriageReturnsBeforeImport() throws Exception {
        ProjectCorpus corpus = new ProjectCorpus(temp.resolve("project"));
        String normalised = "Kim left Seoul.\r\nLee stayed in Busan.\r\n".replace("\r\n", "\n"); // as the importer stores it
        Document crlf = corpus.add("crlf", normalised);
        corpus.span(crlf, NewsSchema.ENTITY, "GPE", normalised.indexOf("Busan"), normalised.indexOf("Busan") + 5);
        Document lf = corpus.add("lf", "Park met Kim.\nThey talked.");
        corpus.span(lf, NewsSchema.ENTITY, "PER", 0, 4);
        assertRoundTrip(corpus, Map.of());
    }

    private RecordingExportReport assertRoundTrip(ProjectCorpus corpus, Map<String, String> options) throws Exception {
        RecordingExportReport report = new RecordingExportReport();
        Path first = export(corpus, options, "first", report);
        ProjectCorpus imported = new ProjectCorpus(temp.resolve("imported"));
        imported.addRead(new ConllFormat().read(List.of(first.resolve("all.conll")), new NullProgressMonitor()));
        Path second = export(imported, options, "second", new RecordingExportReport());
        assertEquals(Files.readString(first.resolve("all.conll")), Files.readString(second.resolve("all.conll")));
        return report;
    }

    private Path export(ProjectCorpus corpus, Map<String, String> options, String folder, RecordingExportReport report)
            throws IOException, Exception {
        Path out = Files.createDirectories(temp.resolve(folder));
        new ConllFormat().write(corpus.context(out, List.of(NewsSchema.ENTITY), options, report), new NullProgressMonitor());
        return out;
    }
}
