package org.glossa.io.conll;

import org.glossa.testing.ProjectCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.ExportException;
import org.glossa.core.format.RecordingExportReport;
import org.glossa.model.Document;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllExportTest {
    private static final String TEXT = "Park Ji-won met Anna Berg in Seoul. The Civic Data Foundation said so.";

    @TempDir
    Path temp;
    private ProjectCorpus corpus;
    private Path out;
    private final RecordingExportReport report = new RecordingExportReport();

    @BeforeEach
    void setUp() throws IOException {
        corpus = new ProjectCorpus(temp.resolve("project"));
        out = Files.createDirectories(temp.resolve("out"));
    }

    @Test
    void writesDocstartFourColumnsAndIob2Tags() throws Exception {
        Document document = corpus.add("doc-1", TEXT);
        annotate(document);
        String conll = export(Map.of());
        assertEquals(golden("docstart-four-columns-iob2"), conll);
        assertEquals(4, report.carriedTotal());
        assertEquals(List.of(out.resolve("all.conll")), report.files());
    }

    @Test
    void iob1MarksBOnlyAfterASpanOfTheSameLabel() throws Exception {
        String text = "Kim Lee Park met.";
        Document document = corpus.add("doc-1", text);
        corpus.span(document, NewsSchema.ENTITY, "PER", 0, 3);
        corpus.span(document, NewsSchema.ENTITY, "PER", 4, 7);
        corpus.span(document, NewsSchema.ENTITY, "ORG", 8, 12);
        assertEquals("-DOCSTART- -X- O O\n\nKim -X- _ I-PER\nLee -X- _ B-PER\nPark -X- _ I-ORG\nmet -X- _ O\n. -X- _ O\n\n",
                export(Map.of("scheme", "iob1")));
    }

    @Test
    void bioesMarksSinglesAndEnds() throws Exception {
        Document document = corpus.add("doc-1", TEXT);
        annotate(document);
        String conll = export(Map.of("scheme", "bioes"));
        assertTrue(conll.contains("Park -X- _ B-PER\nJi -X- _ I-PER\n- -X- _ I-PER\nwon -X- _ E-PER\n"), conll);
        assertTrue(conll.contains("Seoul -X- _ S-LOC\n"), conll);
    }

    @Test
    void twoColumnsAreTabSeparatedWithoutDocstart() throws Exception {
        Document document = corpus.add("doc-1", "Kim met Lee.");
        corpus.span(document, NewsSchema.ENTITY, "PER", 0, 3);
        assertEquals("Kim\tB-PER\nmet\tO\nLee\tO\n.\tO\n\n", export(Map.of("columns", "2")));
    }

    @Test
    void nestedSpansKeepOnePerPolicyAndReportTheOthers() throws Exception {
        String text = "The Bank of Korea in Seoul said so.";
        Document document = corpus.add("doc-1", text);
        corpus.span(document, NewsSchema.ENTITY, "ORG", 4, 17); // Bank of Korea
        corpus.span(document, NewsSchema.ENTITY, "LOC", 12, 17); // Korea
        corpus.span(document, NewsSchema.ENTITY, "ORG", 4, 26); // Bank of Korea in Seoul (longest)
        assertTrue(export(Map.of()).contains("Bank -X- _ B-ORG\nof -X- _ I-ORG\nKorea -X- _ I-ORG\nin -X- _ I-ORG\n"));
        assertEquals(Map.of("nested or overlapping span: not expressible in CoNLL", 2), report.notCarried());

        RecordingExportReport innermost = new RecordingExportReport();
        String conll = exportWith(Map.of("nested", "innermost"), innermost);
        assertTrue(conll.contains("Bank -X- _ O\nof -X- _ O\nKorea -X- _ B-LOC\nin -X- _ O\n"), conll);
        assertEquals(1, innermost.carriedTotal());
    }

    @Test
    void crossingSpansKeepTheEarlierOne() throws Exception {
        Document document = corpus.add("doc-1", "Kim Lee Park met.");
        corpus.span(document, NewsSchema.ENTITY, "PER", 0, 7);
        corpus.span(document, NewsSchema.ENTITY, "ORG", 4, 12);
        assertTrue(export(Map.of()).startsWith("-DOCSTART- -X- O O\n\nKim -X- _ B-PER\nLee -X- _ I-PER\nPark -X- _ O\n"));
        assertEquals(1, report.notCarried().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void spanEdgesInsideTokensSplitThemAndAreReported() throws Exception {
        String text = "회장은 서울에서 말했다.";
        Document document = corpus.add("doc-1", text);
        corpus.span(document, NewsSchema.ENTITY, "LOC", text.indexOf("서울"), text.indexOf("서울") + 2);
        String conll = export(Map.of());
        assertTrue(conll.contains("서울 -X- _ B-LOC\n에서 -X- _ O\n"), conll);
        assertTrue(report.notes().stream().anyMatch(n -> n.contains("1 span edge fell inside tokens and split them")),
                report.notes().toString());
    }

    @Test
    void spansWithEdgeSpaceOrNoTextAreReportedNotCarried() throws Exception {
        Document document = corpus.add("doc-1", "Kim met Lee.");
        corpus.span(document, NewsSchema.ENTITY, "PER", 0, 4); // "Kim "
        corpus.span(document, NewsSchema.ENTITY, "PER", 8, 8);
        export(Map.of());
        assertEquals(Map.of("span begins or ends with white space: tokens cannot carry it exactly", 1,
                "empty span: covers no token", 1), report.notCarried());
    }

    @Test
    void writesOneFilePerSplit() throws Exception {
        corpus.add("a", "Kim met Lee.");
        corpus.add("b", "Lee met Kim.");
        corpus.add("c", "Park left.");
        new ConllFormat().write(corpus.context(out, List.of(NewsSchema.ENTITY), Map.of(), report,
                d -> d.getId().equals("c") ? "test" : "train", List.of("train", "test")), new NullProgressMonitor());
        assertEquals(2, read("train.conll").split("-DOCSTART-", -1).length - 1);
        assertEquals(1, read("test.conll").split("-DOCSTART-", -1).length - 1);
        assertEquals(List.of(out.resolve("train.conll"), out.resolve("test.conll")), report.files());
    }

    @Test
    void onlyTheBodyIsWritten() throws Exception {
        String text = "Menu Home\n\nKim met Lee.\n\nComments";
        Document document = corpus.add("doc-1", text, text.indexOf("Kim"), text.indexOf("Lee.") + 4);
        corpus.span(document, NewsSchema.ENTITY, "PER", text.indexOf("Kim"), text.indexOf("Kim") + 3);
        assertEquals("-DOCSTART- -X- O O\n\nKim -X- _ B-PER\nmet -X- _ O\nLee -X- _ O\n. -X- _ O\n\n", export(Map.of()));
    }

    @Test
    void invalidOptionsFailWithTheReason() throws Exception {
        corpus.add("doc-1", TEXT);
        assertEquals("option scheme=bilou is not one of iob2, iob1, bioes",
                assertThrows(ExportException.class, () -> export(Map.of("scheme", "bilou"))).getMessage());
        assertEquals("option columns=3 is not 4 or 2",
                assertThrows(ExportException.class, () -> export(Map.of("columns", "3"))).getMessage());
        assertTrue(assertThrows(ExportException.class, () -> export(Map.of("layer", "Quote"))).getMessage()
                .contains("not among the exported layers"));
    }

    private void annotate(Document document) throws IOException {
        corpus.span(document, NewsSchema.ENTITY, "PER", 0, 11);
        corpus.span(document, NewsSchema.ENTITY, "PER", TEXT.indexOf("Anna"), TEXT.indexOf(" in"));
        corpus.span(document, NewsSchema.ENTITY, "LOC", TEXT.indexOf("Seoul"), TEXT.indexOf("Seoul") + 5);
        corpus.span(document, NewsSchema.ENTITY, "ORG", TEXT.indexOf("Civic"), TEXT.indexOf(" said"));
    }

    private String export(Map<String, String> options) throws Exception {
        return exportWith(options, report);
    }

    private String exportWith(Map<String, String> options, RecordingExportReport into) throws Exception {
        new ConllFormat().write(corpus.context(out, List.of(NewsSchema.ENTITY), options, into), new NullProgressMonitor());
        return read("all.conll");
    }

    private String read(String name) throws IOException {
        return Files.readString(out.resolve(name), StandardCharsets.UTF_8);
    }

    /** The expected file of a golden case of this fragment ({@code golden/<name>/expected/all.conll}). */
    static String golden(String name) throws IOException {
        return Files.readString(Fixtures.golden("org.glossa.io.conll.tests").resolve(name).resolve("expected/all.conll"),
                StandardCharsets.UTF_8);
    }
}
