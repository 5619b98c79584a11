package org.glossa.io.xmi;

import org.glossa.testing.ProjectCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.glossa.core.format.RecordingExportReport;
import org.glossa.core.storage.SecureXmi;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.Project;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.model.validation.ModelValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmiExportTest {
    @TempDir
    Path temp;

    @Test
    void writesTheSchemaTheDocumentsTheTextsAndTheSelectedSpans() throws Exception {
        ProjectCorpus corpus = new ProjectCorpus(temp.resolve("project"));
        String text = "Menu\n\n😊 Kim said: \"We will meet in Seoul.\"\n\nComments";
        Document document = corpus.add("doc-1", text, text.indexOf("😊"), text.indexOf("\"\n\n") + 1);
        SpanAnnotation kim = corpus.span(document, NewsSchema.ENTITY, "PER", text.indexOf("Kim"), text.indexOf(" said"));
        SpanAnnotation said = corpus.span(document, NewsSchema.CUE, "CUE", text.indexOf("said"), text.indexOf(":"));
        SpanAnnotation quote = corpus.span(document, NewsSchema.QUOTE, "QUOTE", text.indexOf("We"), text.indexOf("\"\n\n"));
        quote.getAttributes().put("type", "direct");
        Spans.link(quote, NewsSchema.SPEAKER, kim);
        Spans.link(quote, NewsSchema.CUE_LINK, said); // the Cue layer is not exported: the link is left out
        corpus.span(document, NewsSchema.ENTITY, "ORG", 0, 4); // outside the body
        Path out = Files.createDirectories(temp.resolve("out"));
        RecordingExportReport report = new RecordingExportReport();
        new XmiFormat().write(corpus.context(out, List.of(NewsSchema.ENTITY, NewsSchema.QUOTE), Map.of(), report),
                new NullProgressMonitor());

        AnnotationSchema schema = (AnnotationSchema) load(out.resolve("schema.xmi"));
        assertEquals(List.of("Entity", "Cue", "Quote", "Claim"), schema.getLayers().stream().map(l -> l.getName()).toList());
        Project documents = (Project) load(out.resolve("documents.xmi"));
        assertEquals("doc-1", documents.getDocuments().get(0).getId());
        assertEquals(document.getBodyBegin(), documents.getDocuments().get(0).getBodyBegin());
        assertEquals(text, Files.readString(out.resolve("texts/doc-1.txt"), StandardCharsets.UTF_8));

        AnnotationSet set = (AnnotationSet) load(out.resolve("doc-1.xmi"));
        assertTrue(set.isGold());
        assertEquals("doc-1", set.getDocumentId());
        assertEquals(List.of("PER Kim", "QUOTE We will meet in Seoul."),
                set.getSpans().stream().map(s -> s.getLabel() + " " + Spans.coveredText(s, text)).toList());
        SpanAnnotation copiedQuote = set.getSpans().get(1);
        assertEquals("direct", copiedQuote.getAttributes().get("type"));
        assertEquals(1, copiedQuote.getLinks().size());
        assertEquals(set.getSpans().get(0), copiedQuote.getLinks().get(0).getTarget());
        assertEquals(List.of(), ModelValidator.validate(set, schema, text.length()));
        assertEquals(List.of("1 link was left out of the XMI files because the target span is not exported"), report.notes());
        assertEquals(2, report.carriedTotal());
        assertEquals(corpus.gold(document).getSpans().size(), 4, "the project's set is unchanged");
    }

    @Test
    void everySpeakerOfAJointStatementIsWritten() throws Exception {
        ProjectCorpus corpus = new ProjectCorpus(temp.resolve("project"));
        String text = "Kim and 😊 Halvorssen expressed concerns.";
        Document document = corpus.add("joint", text);
        SpanAnnotation kim = corpus.span(document, NewsSchema.ENTITY, "PER", 0, 3);
        SpanAnnotation halvorssen = corpus.span(document, NewsSchema.ENTITY, "PER", text.indexOf("😊"), text.indexOf(" expressed"));
        SpanAnnotation quote = corpus.span(document, NewsSchema.QUOTE, "QUOTE", text.indexOf("expressed"), text.length() - 1);
        Spans.link(quote, NewsSchema.SPEAKER, kim);
        Spans.link(quote, NewsSchema.SPEAKER, halvorssen);
        Path out = Files.createDirectories(temp.resolve("out"));
        new XmiFormat().write(corpus.context(out, List.of(NewsSchema.ENTITY, NewsSchema.QUOTE), Map.of(),
                new RecordingExportReport()), new NullProgressMonitor());

        AnnotationSchema schema = (AnnotationSchema) load(out.resolve("schema.xmi"));
        AnnotationSet set = (AnnotationSet) load(out.resolve("joint.xmi"));
        SpanAnnotation copied = set.getSpans().stream().filter(s -> s.getLayer().equals(NewsSchema.QUOTE)).findFirst().orElseThrow();
        assertEquals(List.of("Kim", "😊 Halvorssen"), copied.getLinks().stream().map(l -> Spans.coveredText(l.getTarget(), text)).toList());
        assertEquals(List.of(), ModelValidator.validate(set, schema, text.length()), "the written schema allows both");
    }

    private static EObject load(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return SecureXmi.load(SecureXmi.newResource(URI.createFileURI(file.toString())), in);
        }
    }
}
