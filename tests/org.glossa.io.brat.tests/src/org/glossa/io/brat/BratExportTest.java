package org.glossa.io.brat;

import org.glossa.testing.ProjectCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.glossa.core.format.SimpleExportContext;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratExportTest {
    /** An emoji first, so that code point offsets differ from UTF-16 ones; a quote across a line break. */
    static final String TEXT = "😊 Park Ji-won said: \"We will meet\nin Seoul.\" Lee agreed.";
    static final List<String> LAYERS = List.of(NewsSchema.ENTITY, NewsSchema.CUE, NewsSchema.QUOTE);

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

    /** The quote of {@link #TEXT} with its speaker, cue, type and a note; an entity inside it; a text attribute. */
    static void annotate(ProjectCorpus corpus, Document document) throws IOException {
        SpanAnnotation kim = corpus.span(document, NewsSchema.ENTITY, "PER", TEXT.indexOf("Park"), TEXT.indexOf(" said"));
        kim.getAttributes().put("canonical", "Park Ji-won");
        SpanAnnotation said = corpus.span(document, NewsSchema.CUE, "CUE", TEXT.indexOf("said"), TEXT.indexOf(":"));
        SpanAnnotation quote = corpus.span(document, NewsSchema.QUOTE, "QUOTE", TEXT.indexOf("We"), TEXT.indexOf("\" Lee"));
        quote.getAttributes().put("type", "direct");
        quote.setNote("check the wording");
        Spans.link(quote, NewsSchema.SPEAKER, kim);
        Spans.link(quote, NewsSchema.CUE_LINK, said);
        corpus.span(document, NewsSchema.ENTITY, "GPE", TEXT.indexOf("Seoul"), TEXT.indexOf("Seoul") + 5);
        corpus.span(document, NewsSchema.ENTITY, "PER", TEXT.indexOf("Lee"), TEXT.indexOf("Lee") + 3);
    }

    @Test
    void writesTheTextAndTheAnnotationsWithCodePointOffsets() throws Exception {
        annotate(corpus, corpus.add("doc-1", TEXT));
        export(LAYERS);
        assertEquals(TEXT, read("doc-1.txt"));
        assertEquals(Files.readString(Fixtures.golden("org.glossa.io.brat.tests")
                .resolve("quote-speaker-cue-note/expected/doc-1.ann"), StandardCharsets.UTF_8), read("doc-1.ann"));
        assertEquals(5, report.carriedTotal());
        assertTrue(report.notes().isEmpty(), report.notes().toString());
        assertEquals(List.of("annotation.conf", "visual.conf", "doc-1.txt", "doc-1.ann"),
                report.files().stream().map(f -> f.getFileName().toString()).toList());
    }

    @Test
    void annotationConfDeclaresEveryLabelLinkAndChoiceFromTheSchema() throws Exception {
        corpus.add("doc-1", TEXT);
        export(LAYERS);
        String conf = read("annotation.conf");
        assertTrue(conf.contains("\n[entities]\n\nPER\nORG\nLOC\nGPE\nNORP\nEVENT\nLAW\nDATE\nMISC\nCUE\nQUOTE\n\n[relations]\n\n"), conf);
        assertTrue(conf.contains("\nspeaker\tArg1:QUOTE, Arg2:PER|ORG|LOC|GPE|NORP|EVENT|LAW|DATE|MISC\ncue\tArg1:QUOTE, Arg2:CUE\n"
                + "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n\n"
                + "type\tArg:QUOTE, Value:direct|indirect|mixed\n"), conf);
        String visual = read("visual.conf");
        assertTrue(visual.contains("\nPER | Person | PER\n"), visual);
        assertTrue(visual.contains("\nPER\tbgColor:#ee6677\n"), visual);
        assertTrue(visual.contains("\nQUOTE\tbgColor:#ee3377\n"), visual);
    }

    @Test
    void linksToSpansNotExportedAreReported() throws Exception {
        annotate(corpus, corpus.add("doc-1", TEXT));
        export(List.of(NewsSchema.QUOTE));
        assertEquals("T1\tQUOTE 21 33;34 43\tWe will meet in Seoul.\nA1\ttype T1 direct\n#1\tAnnotatorNotes T1\tcheck the wording\n",
                read("doc-1.ann"));
        assertEquals(1, report.notes().size());
        assertTrue(report.notes().get(0).startsWith("2 links were not written because the target span is not exported"),
                report.notes().get(0));
        assertFalse(read("annotation.conf").contains("speaker"), "no relation without its target layer");
    }

    @Test
    void onlyBodySpansAreWrittenButTheWholeTextIs() throws Exception {
        String text = "Menu Seoul\n\nKim met Lee.\n\nComments from Busan";
        Document document = corpus.add("doc-1", text, text.indexOf("Kim"), text.indexOf("Lee.") + 4);
        for (String word : List.of("Seoul", "Kim", "Busan")) {
            corpus.span(document, NewsSchema.ENTITY, "PER", text.indexOf(word), text.indexOf(word) + word.length());
        }
        export(LAYERS);
        assertEquals(text, read("doc-1.txt"));
        assertEquals("T1\tPER 12 15\tKim\n", read("doc-1.ann"));
    }

    @Test
    void splitsGoInFoldersUnderTheConfiguration() throws Exception {
        corpus.add("a", "Kim met Lee.");
        corpus.add("b", "Lee met Kim.");
        SimpleExportContext context = corpus.context(out, LAYERS, Map.of(), report, d -> d.getId().equals("a") ? "train" : "test",
                List.of("train", "test"));
        new BratFormat().write(context, new NullProgressMonitor());
        assertTrue(Files.isRegularFile(out.resolve("annotation.conf")));
        assertTrue(Files.isRegularFile(out.resolve("train/a.ann")));
        assertTrue(Files.isRegularFile(out.resolve("test/b.txt")));
    }

    @Test
    void spansThatBratCannotHoldAreReported() throws Exception {
        String text = "Kim\n\nLee met.";
        Document document = corpus.add("doc-1", text);
        corpus.span(document, NewsSchema.ENTITY, "PER", 0, 4); // "Kim\n": ends with a line break
        corpus.span(document, NewsSchema.ENTITY, "PER", 3, 5); // only line breaks
        SpanAnnotation multiLine = corpus.span(document, NewsSchema.ENTITY, "PER", 5, 8);
        multiLine.setNote("first line\nsecond line");
        export(LAYERS);
        assertEquals("T1\tPER 5 8\tLee\n#1\tAnnotatorNotes T1\tfirst line second line\n", read("doc-1.ann"));
        assertEquals(Map.of("begins or ends with a line break, which brat's fragments cannot hold", 1,
                "covers only line breaks: brat has no text to show", 1), report.notCarried());
        assertEquals(List.of("1 note or attribute value contained line breaks, written as spaces: brat's .ann files hold one"
                + " annotation per line"), report.notes());
    }

    @Test
    void aTextWithCarriageReturnsFailsLoudly() throws Exception {
        corpus.add("doc-1", "Kim\r\nLee");
        assertTrue(assertThrows(ExportException.class, () -> export(LAYERS)).getMessage()
                .startsWith("document doc-1: the text contains a carriage return"));
    }

    private void export(List<String> layers) throws Exception {
        new BratFormat().write(corpus.context(out, layers, Map.of(), report), new NullProgressMonitor());
    }

    private String read(String name) throws IOException {
        return Files.readString(out.resolve(name), StandardCharsets.UTF_8);
    }
}
