package org.glossa.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.glossa.model.AnnotationSchema;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Annotator;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Origin;
import org.glossa.model.Project;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;
import org.glossa.model.schema.SchemaBuilder;
import org.glossa.model.query.SchemaQuery;
import org.glossa.model.query.Spans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModelValidatorTest {
    private static final int LENGTH = 100;
    private final GlossaFactory factory = GlossaFactory.eINSTANCE;
    private AnnotationSchema schema;
    private AnnotationSet set;

    @BeforeEach
    void setUp() {
        schema = NewsSchema.create();
        set = factory.createAnnotationSet();
        set.setDocumentId("doc");
        set.setAnnotator("alice");
    }

    @Test
    void defaultSchemaAndAValidSetHaveNoProblems() {
        SpanAnnotation person = Spans.add(set, "Entity", "PER", 0, 5, "alice", Origin.MANUAL);
        SpanAnnotation quote = Spans.add(set, "Quote", "QUOTE", 10, 40, "alice", Origin.MANUAL);
        quote.getAttributes().put("type", "indirect");
        Spans.link(quote, "speaker", person);
        Spans.add(set, "Entity", "ORG", 2, 8, "alice", Origin.MANUAL); // overlapping entities are allowed
        assertEquals(List.of(), ModelValidator.validate(set, schema, LENGTH));
    }

    @Test
    void spansMustBeNonEmptyAndInsideTheText() {
        Spans.add(set, "Entity", "PER", 5, 5, "alice", Origin.MANUAL);
        Spans.add(set, "Entity", "PER", 7, 3, "alice", Origin.MANUAL);
        Spans.add(set, "Entity", "PER", -1, 3, "alice", Origin.MANUAL);
        Spans.add(set, "Entity", "PER", 90, 101, "alice", Origin.MANUAL);
        List<ModelProblem> problems = ModelValidator.validate(set, schema, LENGTH);
        assertEquals(4, problems.size(), problems::toString);
        assertTrue(problems.get(3).message().contains("[90, 101)"), problems.get(3)::toString);
        assertTrue(problems.get(3).where().contains("doc/alice span s4"), problems.get(3)::toString);
    }

    @Test
    void spansMustNotBeginOrEndBetweenTheHalvesOfASurrogatePair() {
        String text = "Go 🎉 now"; // the emoji is the UTF-16 units 3 and 4
        Spans.add(set, "Entity", "MISC", 3, 5, "alice", Origin.MANUAL); // the whole emoji
        Spans.add(set, "Entity", "MISC", 0, 4, "alice", Origin.MANUAL); // ends inside it
        Spans.add(set, "Entity", "MISC", 4, 9, "alice", Origin.MANUAL); // begins inside it
        List<ModelProblem> problems = ModelValidator.validate(set, schema, text);
        assertEquals(2, problems.size(), problems::toString);
        assertEquals("doc/alice span s2", problems.get(0).where());
        assertTrue(problems.get(0).message().contains("split a surrogate pair") && problems.get(0).message().endsWith(" at 4"),
                problems.get(0)::toString);
        assertEquals("doc/alice span s3", problems.get(1).where());
        assertEquals(List.of(), ModelValidator.validate(set, schema, text.length()), "the length alone cannot tell");
    }

    @Test
    void layersLabelsAndAttributesMustExistInTheSchema() {
        Spans.add(set, "Sentiment", "POS", 0, 4, "alice", Origin.MANUAL);
        Spans.add(set, "Entity", "PERSON", 0, 4, "alice", Origin.MANUAL);
        Spans.add(set, "Quote", "QUOTE", 0, 4, "alice", Origin.MANUAL).getAttributes().put("type", "shouted");
        Spans.add(set, "Quote", "QUOTE", 0, 4, "alice", Origin.MANUAL).getAttributes().put("colour", "red");
        List<String> messages = ModelValidator.validate(set, schema, LENGTH).stream().map(ModelProblem::message).toList();
        assertEquals(4, messages.size(), messages::toString);
        assertTrue(messages.get(0).contains("layer 'Sentiment' is not in the schema"));
        assertTrue(messages.get(1).contains("label 'PERSON' is not in layer Entity"));
        assertTrue(messages.get(2).contains("one of direct, indirect, mixed"));
        assertTrue(messages.get(3).contains("attribute 'colour' is not defined"));
    }

    @Test
    void linksMustPointAtAnAllowedLayerInTheSameSet() {
        AnnotationSet other = factory.createAnnotationSet();
        other.setDocumentId("doc");
        other.setAnnotator("bob");
        SpanAnnotation foreignPerson = Spans.add(other, "Entity", "PER", 0, 5, "bob", Origin.MANUAL);
        SpanAnnotation quote = Spans.add(set, "Quote", "QUOTE", 10, 40, "alice", Origin.MANUAL);
        SpanAnnotation claim = Spans.add(set, "Claim", "CLAIM", 12, 30, "alice", Origin.MANUAL);
        SpanAnnotation said = Spans.add(set, "Cue", "CUE", 41, 45, "alice", Origin.MANUAL);
        SpanAnnotation added = Spans.add(set, "Cue", "CUE", 46, 50, "alice", Origin.MANUAL);
        Spans.link(quote, "speaker", foreignPerson);
        Spans.link(quote, "speaker", claim);
        Spans.link(quote, "cue", said);
        Spans.link(quote, "cue", added);
        Spans.link(claim, "speaker", quote);
        List<String> messages = ModelValidator.validate(set, schema, LENGTH).stream().map(ModelProblem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("does not point at a span of the same annotation set")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("of layer Claim, which the link type does not allow")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("has 2 'cue' links; the schema allows one")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("link type 'speaker' is not defined in layer Claim")), messages::toString);
    }

    @Test
    void theNewsSchemaAllowsJointSpeakersAndClaimantsButOneCue() {
        SpanAnnotation kim = Spans.add(set, "Entity", "PER", 0, 3, "alice", Origin.MANUAL);
        SpanAnnotation halvorssen = Spans.add(set, "Entity", "PER", 8, 18, "alice", Origin.MANUAL);
        SpanAnnotation quote = Spans.add(set, "Quote", "QUOTE", 20, 60, "alice", Origin.MANUAL);
        SpanAnnotation claim = Spans.add(set, "Claim", "CLAIM", 30, 50, "alice", Origin.MANUAL);
        Spans.link(quote, "speaker", kim);
        Spans.link(quote, "speaker", halvorssen);
        Spans.link(claim, "claimant", kim);
        Spans.link(claim, "claimant", halvorssen);
        assertEquals(List.of(), ModelValidator.validate(set, schema, LENGTH), "\"Kim and Halvorssen said ...\"");

        SchemaQuery.linkType(SchemaQuery.layer(schema, "Quote").orElseThrow(), "speaker").orElseThrow().setMultiple(false);
        List<String> messages = ModelValidator.validate(set, schema, LENGTH).stream().map(ModelProblem::message).toList();
        assertEquals(List.of("has 2 'speaker' links; the schema allows one"), messages, "a schema that allows one still says so");
    }

    @Test
    void layersThatForbidOverlapReportOverlappingSpans() {
        SchemaBuilder.label(SchemaBuilder.layer(schema, "Token", "no overlap", false), "TOK", "#123456", null, null);
        Spans.add(set, "Token", "TOK", 0, 5, "alice", Origin.MANUAL);
        Spans.add(set, "Token", "TOK", 5, 9, "alice", Origin.MANUAL);
        Spans.add(set, "Token", "TOK", 8, 12, "alice", Origin.MANUAL);
        List<ModelProblem> problems = ModelValidator.validate(set, schema, LENGTH);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("overlaps span s2"));
    }

    @Test
    void projectRulesCoverNamesHotKeysColoursAndBodies() {
        Project project = factory.createProject();
        project.setSchema(schema);
        SchemaQuery.label(schema, "Entity", "ORG").orElseThrow().setHotKey("1");
        SchemaQuery.label(schema, "Entity", "LOC").orElseThrow().setColor("green");
        Annotator gold = factory.createAnnotator();
        gold.setName("gold");
        project.getAnnotators().add(gold);
        Document document = factory.createDocument();
        document.setId("../escape");
        document.setTextLength(10);
        document.setBodyBegin(4);
        document.setBodyEnd(11);
        project.getDocuments().add(document);
        List<String> messages = ModelValidator.validate(project).stream().map(ModelProblem::toString).toList();
        assertEquals(6, messages.size(), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("has no name")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("hot key '1' is already used by Entity.PER")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("colour 'green' is not #rrggbb")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("annotator 'gold'")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("document '../escape': id must be")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("body region [4, 11) is not inside the text of length 10")));
    }
}
