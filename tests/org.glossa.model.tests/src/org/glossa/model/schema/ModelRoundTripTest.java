package org.glossa.model.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Annotator;
import org.glossa.model.AttributeKind;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Layer;
import org.glossa.model.Origin;
import org.glossa.model.Project;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;
import org.glossa.model.query.Spans;
import org.glossa.model.validation.ModelValidator;
import org.junit.jupiter.api.Test;

/** Every kind of model element survives an XMI save and load unchanged. */
class ModelRoundTripTest {
    private static final GlossaFactory F = GlossaFactory.eINSTANCE;
    static final String TEXT = "Mayor Ines Calloway said: \"The bridge opens in May.\" 🎉 서울 北京";

    @Test
    void projectWithEveryElementRoundTrips() throws IOException {
        Project project = F.createProject();
        project.setName("round trip");
        project.setSchema(NewsSchema.create());
        Layer custom = SchemaBuilder.layer(project.getSchema(), "Sentiment", "custom layer", false);
        SchemaBuilder.label(custom, "POSITIVE", "#00ff00", "p", null);
        SchemaBuilder.attribute(custom, "intensity", AttributeKind.NUMBER);
        SchemaBuilder.attribute(custom, "sarcastic", AttributeKind.BOOLEAN);
        SchemaBuilder.link(custom, "target", true, SchemaQuery.layer(project.getSchema(), "Entity").orElseThrow());
        Annotator alice = F.createAnnotator();
        alice.setName("alice");
        alice.setDisplayName("Alice A.");
        project.getAnnotators().add(alice);
        Document document = F.createDocument();
        document.setId("bridge-vote");
        document.setTitle("Bridge vote");
        document.setSource("demo/bridge-vote.txt");
        document.setDate("2026-05-01");
        document.setLanguage("en");
        document.setTextLength(TEXT.length());
        document.setContentHash("abc123");
        document.setBodyBegin(0);
        document.setBodyEnd(TEXT.length());
        document.getMetadata().put("outlet", "Harbor Herald");
        project.getDocuments().add(document);
        assertTrue(ModelValidator.validate(project).isEmpty(), () -> ModelValidator.validate(project).toString());

        Project loadedProject = (Project) roundTrip(project, "project.xmi");
        assertTrue(EcoreUtil.equals(project, loadedProject), "project differs after reload");
        assertEquals("Harbor Herald", loadedProject.getDocuments().get(0).getMetadata().get("outlet"));
        Layer loadedCustom = SchemaQuery.layer(loadedProject.getSchema(), "Sentiment").orElseThrow();
        assertSame(SchemaQuery.layer(loadedProject.getSchema(), "Entity").orElseThrow(),
                loadedCustom.getLinkTypes().get(0).getTargetLayers().get(0));

        AnnotationSet set = F.createAnnotationSet();
        set.setDocumentId("bridge-vote");
        set.setAnnotator("alice");
        set.setStatus(AnnotationStatus.IN_PROGRESS);
        set.setContentHash("abc123");
        SpanAnnotation speaker = Spans.add(set, "Entity", "PER", 6, 19, "alice", Origin.MANUAL);
        speaker.getAttributes().put("canonical", "Ines Calloway");
        SpanAnnotation cue = Spans.add(set, "Cue", "CUE", 20, 24, "alice", Origin.IMPORTED);
        SpanAnnotation quote = Spans.add(set, "Quote", "QUOTE", 26, 52, "alice", Origin.SUGGESTION_ACCEPTED);
        quote.getAttributes().put("type", "direct");
        quote.setNote("opening date is disputed");
        Spans.link(quote, NewsSchema.SPEAKER, speaker);
        Spans.link(quote, NewsSchema.CUE_LINK, cue);
        SpanAnnotation claim = Spans.add(set, "Claim", "CLAIM", 27, 51, "alice", Origin.ADJUDICATED);
        Spans.link(claim, NewsSchema.CLAIMANT, quote);
        assertTrue(ModelValidator.validate(set, project.getSchema(), TEXT.length()).isEmpty(),
                () -> ModelValidator.validate(set, project.getSchema(), TEXT.length()).toString());

        AnnotationSet loadedSet = (AnnotationSet) roundTrip(set, "alice.xmi");
        assertTrue(EcoreUtil.equals(set, loadedSet), "annotation set differs after reload");
        SpanAnnotation loadedQuote = loadedSet.getSpans().get(2);
        assertNotSame(quote, loadedQuote);
        assertSame(loadedSet.getSpans().get(0), loadedQuote.getLinks().get(0).getTarget(), "speaker link resolves in the file");
        assertSame(loadedSet, loadedQuote.getSet());
        assertEquals(set.getNextSpanNumber(), loadedSet.getNextSpanNumber());
        assertEquals("\"The bridge opens in May.\"", Spans.coveredText(loadedQuote, TEXT));
    }

    @Test
    void spanIdsAreStableFragmentsNotPositions() throws IOException {
        AnnotationSet set = F.createAnnotationSet();
        set.setDocumentId("d");
        set.setAnnotator("bob");
        SpanAnnotation a = Spans.add(set, "Entity", "PER", 0, 4, "bob", Origin.MANUAL);
        SpanAnnotation b = Spans.add(set, "Quote", "QUOTE", 5, 9, "bob", Origin.MANUAL);
        Spans.link(b, NewsSchema.SPEAKER, a);
        String xml = new String(serialize(set, "bob.xmi"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.contains("target=\"s1\""), xml);
        set.getSpans().remove(a);
        set.getSpans().add(a); // reordering must not change what the link points at
        AnnotationSet loaded = (AnnotationSet) roundTrip(set, "bob.xmi");
        assertEquals("s1", loaded.getSpans().get(0).getLinks().get(0).getTarget().getId());
    }

    private static byte[] serialize(EObject root, String name) throws IOException {
        XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("memory:/" + name));
        resource.getContents().add(EcoreUtil.copy(root));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, Map.of());
        return out.toByteArray();
    }

    static EObject roundTrip(EObject root, String name) throws IOException {
        byte[] bytes = serialize(root, name);
        XMIResourceImpl loaded = new XMIResourceImpl(URI.createURI("memory:/" + name));
        loaded.load(new ByteArrayInputStream(bytes), Map.of());
        assertTrue(loaded.getErrors().isEmpty(), () -> loaded.getErrors().toString());
        return loaded.getContents().get(0);
    }
}
