package org.glossa.core.ops;

import static org.glossa.core.ops.AnnotatedProject.TEXT_1;
import static org.glossa.core.ops.AnnotatedProject.TEXT_2;
import static org.glossa.core.ops.CannedFormat.document;
import static org.glossa.core.ops.CannedFormat.span;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.AnnotationImportException;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.format.ReadDocument.ReadLink;
import org.glossa.core.format.ReadDocument.ReadSpan;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Annotator;
import org.glossa.model.Document;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.Link;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;
import org.glossa.text.ContentHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAnnotationsOperationTest {
    @TempDir
    Path dir;
    Path project;
    ProjectStore store;
    CannedFormat format;
    Path a;
    Path b;

    @BeforeEach
    void createProject() throws IOException {
        project = dir.resolve("project");
        store = AnnotatedProject.create(project);
        format = new CannedFormat();
        a = dir.resolve("a.json");
        b = dir.resolve("b.json");
    }

    private ImportAnnotationsResult importFiles(String annotator, String layer, boolean strict, Path... paths)
            throws Exception {
        return new ImportAnnotationsOperation(store, new FormatRegistry(List.of(format)), CannedFormat.ID, annotator, layer,
                strict, List.of(paths)).execute(new NullProgressMonitor());
    }

    private ImportAnnotationsResult importWith(ImportAnnotationsRequest request) throws Exception {
        return new ImportAnnotationsOperation(store, new FormatRegistry(List.of(format)), request)
                .execute(new NullProgressMonitor());
    }

    private ImportAnnotationsResult importFiles(Path... paths) throws Exception {
        return importFiles("carol", null, false, paths);
    }

    private List<SpanAnnotation> spans(String documentId, String annotator) throws IOException {
        ProjectStore reopened = ProjectStore.open(project);
        Document document = reopened.document(documentId).orElseThrow();
        return List.copyOf(reopened.annotations(document, annotator).getSpans());
    }

    private static SpanAnnotation only(List<SpanAnnotation> spans, String label) {
        return spans.stream().filter(s -> s.getLabel().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
    }

    @Test
    void aDocumentMatchedByIdGetsTheSpansWithTheirExactOffsets() throws Exception {
        format.file(a, document("d2", TEXT_2, a, List.of(span("T1", "GPE", TEXT_2, "서울", 1),
                span("T2", "PER", TEXT_2, "Kim", 2)), List.of()));
        ImportAnnotationsResult result = importFiles(a);

        assertEquals(List.of("d2"), result.matched());
        assertEquals(List.of(), result.created());
        assertEquals(2, result.spans());
        List<SpanAnnotation> spans = spans("d2", "carol");
        SpanAnnotation seoul = only(spans, "GPE");
        assertEquals(3, seoul.getBegin(), "after the emoji's two UTF-16 units and a space");
        assertEquals(5, seoul.getEnd());
        SpanAnnotation kim = only(spans, "PER");
        assertEquals("Kim", TEXT_2.substring(kim.getBegin(), kim.getEnd()), "not snapped to the word Kim Min-ji");
        for (SpanAnnotation span : spans) {
            assertEquals("Entity", span.getLayer());
            assertEquals(Origin.IMPORTED, span.getOrigin());
            assertEquals("carol", span.getCreatedBy());
        }
        ProjectStore reopened = ProjectStore.open(project);
        assertEquals(AnnotationStatus.IN_PROGRESS, reopened.statuses(reopened.document("d2").orElseThrow()).get("carol"));
        assertTrue(reopened.project().getAnnotators().stream().map(Annotator::getName).anyMatch("carol"::equals));
    }

    @Test
    void aDocumentTheFileAnnotatesWithNoSpansGetsAnEmptySetOfItsOwn() throws Exception {
        // d3: carol read it and found nothing (an empty brat .ann); d1: the file only carries the text
        format.file(a, document("d3", AnnotatedProject.TEXT_3, a, List.of(), List.of()),
                new org.glossa.core.format.ReadDocument("d1", TEXT_1, List.of(), List.of(), Map.of(), a, false));
        ImportAnnotationsResult result = importFiles(a);
        assertEquals(List.of("d3"), result.withoutSpans());
        assertEquals(0, result.spans());

        ProjectStore reopened = ProjectStore.open(project);
        Document d3 = reopened.document("d3").orElseThrow();
        assertTrue(Files.isRegularFile(reopened.layout().annotationFile("d3", "carol")), "the empty set is saved");
        assertTrue(reopened.hasAnnotations(d3, "carol"));
        assertEquals(AnnotationStatus.IN_PROGRESS, reopened.statuses(d3).get("carol"), "imported work, as with spans");
        assertTrue(reopened.annotations(d3, "carol").getSpans().isEmpty());
        assertFalse(reopened.hasAnnotations(reopened.document("d1").orElseThrow(), "carol"), "nobody annotated d1");
        assertTrue(reopened.project().getAnnotators().stream().map(Annotator::getName).anyMatch("carol"::equals),
                "an annotator with only an empty set is an annotator");
    }

    @Test
    void anEmptyDocumentDoesNotTouchASetThatExists() throws Exception {
        format.file(a, document("d3", AnnotatedProject.TEXT_3, a, List.of(), List.of()));
        ImportAnnotationsResult result = importFiles("alice", null, false, a);
        assertEquals(List.of(), result.withoutSpans(), "alice's set of d3 keeps its spans");
        assertEquals(2, spans("d3", "alice").size());
        assertEquals(AnnotationStatus.FINISHED, ProjectStore.open(project).statuses(store.document("d3").orElseThrow()).get("alice"));
    }

    @Test
    void aDocumentIsMatchedByItsTextWhenItsIdIsUnknownOrMissing() throws Exception {
        format.file(a, document(null, TEXT_1, a, List.of(span("1", "PER", TEXT_1, "Ines Calloway", 1)), List.of()),
                document("article-17", TEXT_1, a, List.of(span("1", "DATE", TEXT_1, "June", 1)), List.of()));
        ImportAnnotationsResult result = importFiles(a);
        assertEquals(List.of("d1"), result.matched());
        assertEquals(List.of(), result.created());
        assertEquals(Set.of("PER", "DATE"), new HashSet<>(spans("d1", "carol").stream().map(SpanAnnotation::getLabel).toList()));
    }

    @Test
    void aFileCarryingOnlyTheBodyMatchesAndItsOffsetsCountFromTheBody() throws Exception {
        String body = AnnotatedProject.BODY_1;
        format.file(a, document("d1", body, a, List.of(span("1", "PER", body, "Ines Calloway", 1)), List.of()),
                document(null, body, a, List.of(span("2", "DATE", body, "June", 2)), List.of()));
        ImportAnnotationsResult result = importFiles(a);
        assertEquals(List.of("d1"), result.matched(), "by id, then by the body's text");
        assertEquals(List.of(), result.created());
        for (SpanAnnotation span : spans("d1", "carol")) {
            String covered = TEXT_1.substring(span.getBegin(), span.getEnd());
            assertEquals(span.getLabel().equals("PER") ? "Ines Calloway" : "June", covered,
                    "shifted by the body's start into the whole text");
        }
    }

    @Test
    void aTextTheProjectLacksBecomesANewDocument() throws Exception {
        String fresh = "Berlin hosts the summit.";
        String other = "Rome replies.";
        format.file(a, document("summit", fresh, a, List.of(span("1", "GPE", fresh, "Berlin", 1)), List.of()),
                document(null, other, dir.resolve("d1.jsonl"), List.of(span("1", "GPE", other, "Rome", 1)), List.of()));
        ImportAnnotationsResult result = importFiles(a);

        assertEquals(List.of("summit", "d1-2"), result.created(), "ids from the file, else its base name, made unique");
        ProjectStore reopened = ProjectStore.open(project);
        Document summit = reopened.document("summit").orElseThrow();
        assertEquals(fresh, reopened.text(summit));
        assertEquals(ContentHash.of(fresh), summit.getContentHash());
        assertEquals(0, summit.getBodyBegin());
        assertEquals(fresh.length(), summit.getBodyEnd());
        assertEquals(CannedFormat.ID, summit.getMetadata().get("format"));
        assertEquals("a.json", summit.getMetadata().get("importedFrom"));
        assertEquals("Rome", other.substring(spans("d1-2", "carol").get(0).getBegin(), spans("d1-2", "carol").get(0).getEnd()));
    }

    @Test
    void anIdWhoseTextDiffersIsAnErrorNamingTheDocument() throws Exception {
        String changed = TEXT_1.replace("\n", "\r\n");
        format.file(a, document("d1", changed, a, List.of(span("1", "PER", changed, "Ines", 1)), List.of()));
        Map<String, byte[]> before = AnnotatedProject.snapshot(project);
        AnnotationImportException error = assertThrows(AnnotationImportException.class, () -> importFiles(a));
        assertTrue(error.getMessage().contains("text of d1 in a.json differs from the project's document d1"), error.getMessage());
        assertTrue(error.getMessage().contains("CR LF"), error.getMessage());
        assertUnchanged(before);
    }

    @Test
    void aDocumentWithoutTextAndWithoutMatchIsAnError() {
        format.file(a, document("nowhere", null, a, List.of(), List.of()));
        AnnotationImportException error = assertThrows(AnnotationImportException.class, () -> importFiles(a));
        assertTrue(error.getMessage().contains("'nowhere' is not in the project"), error.getMessage());
    }

    @Test
    void typesThatNameALayerBecomeSpansOfThatLayer() throws Exception {
        format.file(a, document("d2", TEXT_2, a, List.of(span("1", "Quote", TEXT_2, "we will win", 1),
                span("2", "claim", TEXT_2, "we will win", 2), span("3", "CUE", TEXT_2, "said", 3),
                span("4", "SAYS", TEXT_2, "said", 4), span("5", "PER", TEXT_2, "Kim Min-ji", 5)), List.of()));
        ImportAnnotationsResult result = importFiles("carol", "Cue", false, a);
        assertEquals("Entity", only(spans("d2", "carol"), "PER").getLayer(), "a label of exactly one other layer goes there");
        List<SpanAnnotation> spans = spans("d2", "carol");
        assertEquals("Quote", only(spans, "QUOTE").getLayer());
        assertEquals("Claim", only(spans, "CLAIM").getLayer());
        assertEquals("Cue", only(spans, "CUE").getLayer());
        assertEquals("Cue", only(spans, "SAYS").getLayer(), "other types are labels of --layer");
        assertEquals(Map.of("Cue", List.of("SAYS")), result.labelsAdded());
    }

    @Test
    void missingLabelsAreAddedToTheSchemaOrRefusedWhenStrict() throws Exception {
        format.file(a, document("d1", TEXT_1, a, List.of(span("1", "PERSON", TEXT_1, "Ines Calloway", 4),
                span("2", "WEAPON", TEXT_1, "bridge", 5), span("3", "PER", TEXT_1, "Calloway", 6),
                span("4", "Time Expression", TEXT_1, "June", 7)), List.of()));
        Map<String, byte[]> before = AnnotatedProject.snapshot(project);
        AnnotationImportException strict = assertThrows(AnnotationImportException.class, () -> importFiles("carol", null, true, a));
        assertTrue(strict.getMessage().contains("a.json:4: labels not in layer Entity: PERSON, WEAPON, Time_Expression"),
                strict.getMessage());
        assertUnchanged(before);

        ImportAnnotationsResult result = importFiles(a);
        assertEquals(Map.of("Entity", List.of("PERSON", "WEAPON", "Time_Expression")), result.labelsAdded());
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("'Time Expression' became label 'Time_Expression'")),
                result.warnings().toString());
        Layer entity = SchemaQuery.layer(ProjectStore.open(project).schema(), "Entity").orElseThrow();
        Set<String> colours = new HashSet<>();
        for (Label label : entity.getLabels()) {
            assertTrue(colours.add(label.getColor().toLowerCase()), "every label its own colour: " + label.getName());
        }
        Label person = SchemaQuery.label(entity, "PERSON").orElseThrow();
        assertTrue(person.getColor().matches("#[0-9a-f]{6}"), person.getColor());
        assertNull(person.getHotKey());
        assertEquals(4, spans("d1", "carol").size());
    }

    @Test
    void relationsBecomeLinksOfTheSourceSpansLayer() throws Exception {
        format.file(a, document("d2", TEXT_2, a, List.of(span("Q", "Quote", TEXT_2, "we will win", 1),
                span("S", "PER", TEXT_2, "Kim Min-ji", 2), span("C", "Claim", TEXT_2, "we will win", 3),
                span("V", "Cue", TEXT_2, "said", 4)), List.of(new ReadLink("Speaker", "Q", "S", 5),
                        new ReadLink("claimant", "C", "S", 6), new ReadLink("cue", "V", "Q", 7),
                        new ReadLink("said_by", "Q", "S", 8))));
        ImportAnnotationsResult result = importFiles(a);
        assertEquals(3, result.links());
        List<SpanAnnotation> spans = spans("d2", "carol");
        SpanAnnotation quote = only(spans, "QUOTE");
        SpanAnnotation kim = only(spans, "PER");
        assertEquals(Set.of("speaker→" + kim.getId(), "cue→" + only(spans, "CUE").getId()),
                new HashSet<>(quote.getLinks().stream().map(l -> l.getType() + "→" + l.getTarget().getId()).toList()));
        Link claimant = only(spans, "CLAIM").getLinks().get(0);
        assertEquals("claimant", claimant.getType());
        assertEquals(kim.getId(), claimant.getTarget().getId());
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("was taken as the link 'cue' of the Quote")),
                result.warnings().toString());
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("relation 'said_by' from Quote to Entity")
                && w.endsWith("(at " + a + ":8)")), result.warnings().toString());

        CannedFormat strictFormat = new CannedFormat().file(b, document("d2", TEXT_2, b, List.of(
                span("Q", "Quote", TEXT_2, "we will win", 1), span("S", "PER", TEXT_2, "Kim Min-ji", 2)),
                List.of(new ReadLink("said_by", "Q", "S", 3))));
        format = strictFormat;
        AnnotationImportException strict = assertThrows(AnnotationImportException.class, () -> importFiles("dave", null, true, b));
        assertTrue(strict.getMessage().contains("b.json:3: relation 'said_by'"), strict.getMessage());
    }

    @Test
    void attributesAreKeptWhereTheLayerDefinesThem() throws Exception {
        format.file(a, document("d2", TEXT_2, a, List.of(
                span("Q", "Quote", TEXT_2, "we will win", Map.of("type", "indirect", "mood", "hopeful"), 1),
                span("R", "Quote", TEXT_2, "will win", Map.of("Type", "mixed"), 2)), List.of()));
        ImportAnnotationsResult result = importFiles(a);
        List<SpanAnnotation> spans = spans("d2", "carol");
        SpanAnnotation whole = spans.stream().filter(s -> s.getEnd() - s.getBegin() == "we will win".length()).findFirst().orElseThrow();
        assertEquals("indirect", whole.getAttributes().get("type"));
        assertFalse(whole.getAttributes().containsKey("mood"));
        SpanAnnotation part = spans.stream().filter(s -> s != whole).findFirst().orElseThrow();
        assertEquals(Map.of("type", "mixed"), part.getAttributes().map(), "names match ignoring case");
        assertEquals(List.of("attribute 'mood' is not defined in layer Quote; its values were skipped (if it is another name"
                + " for one of type, import with --map-attribute mood=type) (at " + a + ":1)"), result.warnings());

        format = new CannedFormat().file(b, document("d2", TEXT_2, b, List.of(
                span("Q", "Quote", TEXT_2, "we will win", Map.of("mood", "hopeful"), 9)), List.of()));
        AnnotationImportException strict = assertThrows(AnnotationImportException.class, () -> importFiles("dave", null, true, b));
        assertTrue(strict.getMessage().contains("b.json:9: attribute 'mood'"), strict.getMessage());
    }

    @Test
    void aValueTheSchemaDoesNotAllowStopsTheImportAtItsLine() throws Exception {
        // Skipping it would export the schema's default (type direct) for a quote the file calls something else.
        format.file(a, document("d2", TEXT_2, a, List.of(new ReadSpan("Q", "Quote", TEXT_2.indexOf("we"),
                TEXT_2.indexOf("we") + 11, Map.of("type", "Reported"), null, 3, Map.of("type", 7))), List.of()));
        Map<String, byte[]> before = AnnotatedProject.snapshot(project);
        AnnotationImportException error = assertThrows(AnnotationImportException.class, () -> importFiles(a));
        assertEquals(a + ":7: value 'Reported' of attribute 'type' is not valid for attribute 'type' of layer Quote (one of"
                + " direct, indirect, mixed); map it to one with --map-value type:Reported=VALUE", error.getMessage());
        assertUnchanged(before);
    }

    @Test
    void attributesOfAnotherNameAndTheirValuesAreMappedToTheSchemas() throws Exception {
        format.file(a, document("d2", TEXT_2, a, List.of(
                new ReadSpan("Q", "Quote", TEXT_2.indexOf("we"), TEXT_2.indexOf("we") + 11, Map.of("QuoteType", "Direct"),
                        null, 1, Map.of("QuoteType", 4)),
                span("R", "Quote", TEXT_2, "will win", Map.of("quotetype", "indirect"), 2)), List.of()));
        AttributeMapping mapping = AttributeMapping.parse(List.of("QuoteType=type"), List.of("type:Direct=direct"));
        ImportAnnotationsResult result = importWith(ImportAnnotationsRequest.of(CannedFormat.ID, "carol", List.of(a))
                .withAttributes(mapping));
        assertEquals(List.of(), result.warnings());
        List<SpanAnnotation> spans = spans("d2", "carol");
        assertEquals(List.of(Map.of("type", "direct"), Map.of("type", "indirect")),
                spans.stream().sorted(java.util.Comparator.comparingInt(s -> -s.getEnd() + s.getBegin()))
                        .map(s -> s.getAttributes().map()).toList());

        format = new CannedFormat().file(b, document("d2", TEXT_2, b, List.of(new ReadSpan("Q", "Quote", TEXT_2.indexOf("we"),
                TEXT_2.indexOf("we") + 11, Map.of("QuoteType", "Quoted"), null, 1, Map.of("QuoteType", 5))), List.of()));
        AnnotationImportException unmapped = assertThrows(AnnotationImportException.class, () -> importWith(
                ImportAnnotationsRequest.of(CannedFormat.ID, "dave", List.of(b)).withAttributes(mapping)));
        assertTrue(unmapped.getMessage().startsWith(b + ":5: value 'Quoted' of attribute 'QuoteType' is not valid for"
                + " attribute 'type' of layer Quote"), unmapped.getMessage());
    }

    @Test
    void aMappingToAnAttributeOrValueTheSchemaLacksIsRefusedBeforeReading() {
        format.file(a, document("d2", TEXT_2, a, List.of(), List.of()));
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class, () -> importWith(ImportAnnotationsRequest
                .of(CannedFormat.ID, "carol", List.of(a)).withAttributes(AttributeMapping.parse(List.of("QuoteType=kind"), List.of()))));
        assertEquals("--map-attribute QuoteType=kind: no layer defines an attribute 'kind' (attributes: Entity.canonical,"
                + " Quote.type, Claim.stance, Claim.checkWorthiness)", name.getMessage());
        IllegalArgumentException value = assertThrows(IllegalArgumentException.class, () -> importWith(ImportAnnotationsRequest
                .of(CannedFormat.ID, "carol", List.of(a)).withAttributes(AttributeMapping.parse(List.of(), List.of("type:D=dir")))));
        assertTrue(value.getMessage().startsWith("--map-value type:D=dir: 'dir' is not a value of type"), value.getMessage());
    }

    @Test
    void everySpeakerOfAJointStatementIsKept() throws Exception {
        format.file(a, document("d2", TEXT_2, a, List.of(span("Q", "Quote", TEXT_2, "we will win", 1),
                span("S1", "PER", TEXT_2, "Kim Min-ji", 2), span("S2", "PER", TEXT_2, "시장", 3)),
                List.of(new ReadLink("Speaker", "Q", "S1", 4), new ReadLink("Speaker", "Q", "S2", 5))));
        ImportAnnotationsResult result = importFiles(a);
        assertEquals(2, result.links());
        assertEquals(List.of(), result.warnings());
        SpanAnnotation quote = only(spans("d2", "carol"), "QUOTE");
        assertEquals(List.of("Kim Min-ji", "시장"), quote.getLinks().stream()
                .map(l -> TEXT_2.substring(l.getTarget().getBegin(), l.getTarget().getEnd())).toList());
    }

    @Test
    void aProjectWhoseSchemaAllowsOneSpeakerKeepsItAndTheWarningSaysHowToAllowSeveral() throws Exception {
        Layer quoteLayer = SchemaQuery.layer(store.schema(), "Quote").orElseThrow();
        SchemaQuery.linkType(quoteLayer, "speaker").orElseThrow().setMultiple(false); // as projects made before
        store.save();
        store.close();
        store = ProjectStore.openForWriting(project, "test");
        format.file(a, document("d2", TEXT_2, a, List.of(span("Q", "Quote", TEXT_2, "we will win", 1),
                span("S1", "PER", TEXT_2, "Kim Min-ji", 2), span("S2", "PER", TEXT_2, "시장", 3)),
                List.of(new ReadLink("Speaker", "Q", "S1", 4), new ReadLink("Speaker", "Q", "S2", 5))));
        ImportAnnotationsResult result = importFiles(a);
        assertEquals(1, result.links());
        assertEquals(List.of("a Quote span has a second 'speaker' link but the project's schema allows one; the second was"
                + " skipped. To keep them all (a quote several people made), allow several in the schema: Schema > Edit"
                + " Schema..., select the link 'speaker' of Quote, press 'One or several links', and import again (at " + a
                + ":5)"), result.warnings());
        ProjectStore reopened = ProjectStore.open(project);
        assertFalse(SchemaQuery.linkType(SchemaQuery.layer(reopened.schema(), "Quote").orElseThrow(), "speaker").orElseThrow()
                .isMultiple(), "the import does not change the project's schema");
        assertThrows(AnnotationImportException.class, () -> importFiles("dave", null, true, a), "strict: an error");
    }

    @Test
    void aBadSecondFileLeavesTheProjectExactlyAsItWas() throws Exception {
        String fresh = "Berlin hosts the summit.";
        format.file(a, document("d1", TEXT_1, a, List.of(span("1", "PERSON", TEXT_1, "Ines Calloway", 1)), List.of()),
                document("summit", fresh, a, List.of(span("1", "GPE", fresh, "Berlin", 1)), List.of()));
        format.file(b, document("d2", TEXT_2, b, List.of(new ReadSpan("T1", "PER", 10, TEXT_2.length() + 3, Map.of(), null, 7)),
                List.of()));
        Map<String, byte[]> before = AnnotatedProject.snapshot(project);
        int labels = SchemaQuery.layer(store.schema(), "Entity").orElseThrow().getLabels().size();

        AnnotationImportException error = assertThrows(AnnotationImportException.class, () -> importFiles(a, b));
        assertTrue(error.getMessage().startsWith(b + ":7: span T1 [10, " + (TEXT_2.length() + 3) + ")"), error.getMessage());
        assertUnchanged(before);
        assertTrue(store.document("summit").isEmpty(), "no document created, not even in memory");
        assertEquals(labels, SchemaQuery.layer(store.schema(), "Entity").orElseThrow().getLabels().size(), "no label added");
        assertFalse(store.isDirty());
        assertTrue(store.project().getAnnotators().stream().noneMatch(x -> x.getName().equals("carol")));
    }

    @Test
    void anOverlapTheSchemaForbidsIsFoundBeforeAnythingChanges() throws Exception {
        Layer entity = SchemaQuery.layer(store.schema(), "Entity").orElseThrow();
        entity.setAllowOverlap(false);
        store.save();
        format.file(a, document("d1", TEXT_1, a, List.of(span("1", "PER", TEXT_1, "Ines Calloway", 3),
                span("2", "LOC", TEXT_1, "Calloway", 4)), List.of()));
        Map<String, byte[]> before = AnnotatedProject.snapshot(project);
        AnnotationImportException error = assertThrows(AnnotationImportException.class, () -> importFiles(a));
        assertTrue(error.getMessage().startsWith(a + ":4: ") && error.getMessage().contains("overlaps"), error.getMessage());
        assertUnchanged(before);
    }

    @Test
    void importingTheSameFileTwiceAddsNothingTheSecondTime() throws Exception {
        format.file(a, document("d2", TEXT_2, a, List.of(span("Q", "Quote", TEXT_2, "we will win", 1),
                span("S", "PER", TEXT_2, "Kim Min-ji", 2)), List.of(new ReadLink("speaker", "Q", "S", 3))));
        importFiles(a);
        store.close();
        store = ProjectStore.openForWriting(project, "test");
        ImportAnnotationsResult again = importFiles(a);
        assertEquals(0, again.spans());
        assertEquals(0, again.links());
        assertEquals(3, again.alreadyPresent());
        assertEquals(2, spans("d2", "carol").size());
    }

    @Test
    void offsetsThatCutACharacterInTwoAreRefused() {
        // TEXT_2 starts with an emoji: offset 1 lies between its two UTF-16 units.
        format.file(a, document("d2", TEXT_2, a, List.of(new ReadSpan("T1", "MISC", 1, 5, Map.of(), null, 2)), List.of()));
        AnnotationImportException error = assertThrows(AnnotationImportException.class, () -> importFiles(a));
        assertTrue(error.getMessage().contains(":2: span T1 [1, 5) cuts a character in two"), error.getMessage());
    }

    @Test
    void aRelationToAnUndefinedSpanIsAnError() {
        format.file(a, document("d2", TEXT_2, a, List.of(span("Q", "Quote", TEXT_2, "we will win", 1)),
                List.of(new ReadLink("speaker", "Q", "T9", 4))));
        AnnotationImportException error = assertThrows(AnnotationImportException.class, () -> importFiles(a));
        assertTrue(error.getMessage().contains(":4: relation speaker refers to span T9, which document d2 does not define"),
                error.getMessage());
    }

    @Test
    void errorsAreCountedAndTheFirstIsNamed() {
        format.file(a, document("d2", TEXT_2, a, List.of(new ReadSpan("A", "PER", 5, 3, Map.of(), null, 1),
                new ReadSpan("A", "PER", 0, 2, Map.of(), null, 2), new ReadSpan("B", " ", 3, 5, Map.of(), null, 3)), List.of()));
        AnnotationImportException error = assertThrows(AnnotationImportException.class, () -> importFiles(a));
        assertTrue(error.getMessage().startsWith(a + ":1: span A [5, 3) is not a non-empty range"), error.getMessage());
        assertTrue(error.getMessage().endsWith("(and 2 more problems)"), error.getMessage());
    }

    @Test
    void goldAnnotationsCanBeImportedToo() throws Exception {
        format.file(a, document("d3", AnnotatedProject.TEXT_3, a,
                List.of(span("1", "GPE", AnnotatedProject.TEXT_3, "Berlin", 1)), List.of()));
        int annotators = store.project().getAnnotators().size();
        importFiles("gold", null, false, a);
        ProjectStore reopened = ProjectStore.open(project);
        AnnotationSet gold = reopened.annotations(reopened.document("d3").orElseThrow(), "gold");
        assertTrue(gold.isGold());
        assertEquals(1, gold.getSpans().size());
        assertEquals(annotators, reopened.project().getAnnotators().size(), "gold is no annotator");
    }

    @Test
    void badArgumentsAreRefusedBeforeReading() {
        format.file(a, document("d2", TEXT_2, a, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> importFiles("../carol", null, false, a));
        IllegalArgumentException layer = assertThrows(IllegalArgumentException.class, () -> importFiles("carol", "Topic", false, a));
        assertTrue(layer.getMessage().contains("unknown layer 'Topic'"), layer.getMessage());
        IllegalArgumentException unknownFormat = assertThrows(IllegalArgumentException.class,
                () -> new ImportAnnotationsOperation(store, new FormatRegistry(List.of(format)), "brat", "carol", null, false,
                        List.of(a)).execute(new NullProgressMonitor()));
        assertTrue(unknownFormat.getMessage().contains("known: canned"), unknownFormat.getMessage());
    }

    private void assertUnchanged(Map<String, byte[]> before) throws IOException {
        Map<String, byte[]> after = AnnotatedProject.snapshot(project);
        assertEquals(before.keySet(), after.keySet(), "the same files");
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file + " is unchanged"));
        assertTrue(Files.exists(project.resolve("project.xmi")));
    }
}
