package org.glossa.io.conll;

import org.glossa.testing.ProjectCorpus;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.RecordingExportReport;
import org.glossa.model.Document;
import org.glossa.model.Layer;
import org.glossa.model.query.SchemaQuery;
import org.glossa.model.schema.NewsSchema;
import org.glossa.model.schema.SchemaBuilder;
import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

class OpenNlpExportTest {
    @TempDir
    Path temp;

    @Test
    void writesOneSentencePerLineWithNameMarkersAndABlankLineAfterEachDocument() throws Exception {
        ProjectCorpus corpus = new ProjectCorpus(temp.resolve("project"));
        String text = "Park Ji-won met Anna Berg in Seoul. The Civic Data Foundation said so.";
        Document first = corpus.add("a", text);
        corpus.span(first, NewsSchema.ENTITY, "PER", 0, 11);
        corpus.span(first, NewsSchema.ENTITY, "PER", text.indexOf("Anna"), text.indexOf(" in"));
        corpus.span(first, NewsSchema.ENTITY, "LOC", text.indexOf("Seoul"), text.indexOf("Seoul") + 5);
        corpus.span(first, NewsSchema.ENTITY, "ORG", text.indexOf("Civic"), text.indexOf(" said"));
        corpus.span(first, NewsSchema.ENTITY, "ORG", text.indexOf("Data"), text.indexOf(" said")); // nested: reported
        corpus.add("b", "Nothing here.");
        RecordingExportReport report = new RecordingExportReport();
        String written = export(corpus, report);
        assertEquals(Files.readString(Fixtures.golden("org.glossa.io.conll.tests")
                .resolve("opennlp-name-markers/expected/all.opennlp"), StandardCharsets.UTF_8), written);
        assertEquals(Map.of("nested or overlapping span: not expressible in the OpenNLP name finder format", 1), report.notCarried());

        NameSample sample = NameSample.parse(written.lines().findFirst().orElseThrow(), false);
        assertArrayEquals(new Span[] { new Span(0, 4, "PER"), new Span(5, 7, "PER"), new Span(8, 9, "LOC") }, sample.getNames());
    }

    @Test
    void labelsOutsideOpenNlpsTypeSyntaxAreRenamedAndReported() throws Exception {
        ProjectCorpus corpus = new ProjectCorpus(temp.resolve("project"));
        Layer entity = SchemaQuery.layer(corpus.store().schema(), NewsSchema.ENTITY).orElseThrow();
        SchemaBuilder.label(entity, "WORK:ART>X", "#cccccc", null, "a label OpenNLP cannot read");
        Document document = corpus.add("a", "Guernica hangs in Madrid.");
        corpus.span(document, NewsSchema.ENTITY, "WORK:ART>X", 0, 8);
        RecordingExportReport report = new RecordingExportReport();
        String written = export(corpus, report);
        assertTrue(written.startsWith("<START:WORK_ART_X> Guernica <END> hangs"), written);
        assertEquals(List.of("OpenNLP type names cannot contain ':', '>' or white space: label 'WORK:ART>X' written as"
                + " <START:WORK_ART_X>"), report.notes());
        assertEquals("WORK_ART_X", NameSample.parse(written.lines().findFirst().orElseThrow(), false).getNames()[0].getType());
    }

    private String export(ProjectCorpus corpus, RecordingExportReport report) throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        new OpenNlpFormat().write(corpus.context(out, List.of(NewsSchema.ENTITY), Map.of(), report), new NullProgressMonitor());
        assertEquals(List.of(out.resolve("all.opennlp")), report.files());
        return Files.readString(out.resolve("all.opennlp"), StandardCharsets.UTF_8);
    }
}
