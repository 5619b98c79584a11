package org.glossa.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.AnnotationImportException;
import org.glossa.core.format.ReadDocument;
import org.glossa.core.format.ReadDocument.ReadLink;
import org.glossa.core.format.ReadDocument.ReadSpan;
import org.glossa.core.format.SimpleExportContext;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

class DoccanoFormatTest {
    private final DoccanoFormat format = new DoccanoFormat();

    @TempDir
    Path dir;

    private ExportFixture annotatedDocument() throws IOException {
        ExportFixture fixture = ExportFixture.create(dir.resolve("project"));
        String text = "Header\n𠮷 Kim said “北京 😊 agreed”.";
        Document document = fixture.document("d1", text, 7, text.length());
        SpanAnnotation kim = fixture.span(document, "alice", NewsSchema.ENTITY, "PER", "Kim");
        SpanAnnotation said = fixture.span(document, "alice", NewsSchema.CUE, "CUE", "said");
        SpanAnnotation quote = fixture.span(document, "alice", NewsSchema.QUOTE, "QUOTE", "北京 😊 agreed");
        fixture.span(document, "alice", NewsSchema.ENTITY, "GPE", "北京");
        quote.getAttributes().put("type", "direct");
        Spans.link(quote, NewsSchema.SPEAKER, kim);
        Spans.link(quote, NewsSchema.CUE_LINK, said);
        return fixture;
    }

    @Test
    void writesTheSequenceVariant() throws Exception {
        ExportFixture fixture = annotatedDocument();
        SimpleExportContext context = fixture.context(dir.resolve("out"), "alice", Map.of());
        format.write(context, new NullProgressMonitor());
        List<JsonNode> records = Jsonl.validRecords(dir.resolve("out/all.jsonl"), "doccano-sequence");
        assertEquals("{\"id\":\"d1\",\"text\":\"𠮷 Kim said “北京 😊 agreed”.\",\"label\":[[2,5,\"PER\"],[6,10,\"CUE\"],"
                + "[12,23,\"QUOTE\"],[12,14,\"GPE\"]]}", records.get(0).toString());
        List<String> notes = ExportFixture.report(context).notes();
        assertTrue(notes.stream().anyMatch(n -> n.contains("2 links not written") && n.contains("variant=relation")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("1 attribute values not written")), notes.toString());
    }

    @Test
    void writesTheRelationVariantWithLinksAsRelations() throws Exception {
        ExportFixture fixture = annotatedDocument();
        format.write(fixture.context(dir.resolve("out"), "alice", Map.of("variant", "relation")), new NullProgressMonitor());
        JsonNode record = Jsonl.validRecords(dir.resolve("out/all.jsonl"), "doccano-relation").get(0);
        assertEquals(List.of("id", "text", "entities", "relations"), Jsonl.keys(record));
        assertEquals("{\"id\":2,\"start_offset\":12,\"end_offset\":23,\"label\":\"QUOTE\"}", record.get("entities").get(2).toString());
        assertEquals("[{\"id\":0,\"from_id\":2,\"to_id\":0,\"type\":\"speaker\"},{\"id\":1,\"from_id\":2,\"to_id\":1,\"type\":\"cue\"}]",
                record.get("relations").toString());
    }

    @ParameterizedTest(name = "variant={0}")
    @ValueSource(strings = { "sequence", "relation" })
    void roundTripOfGeneratedTextGivesIdenticalFiles(String variant) throws Exception {
        ExportFixture fixture = ExportFixture.create(dir.resolve("project"));
        GeneratedCorpus.populate(fixture, "alice", 12, 7);
        List<Path> files = RoundTrip.assertIdentical(fixture, format, Map.of("variant", variant), dir.resolve("trip"));
        Jsonl.validRecords(files.get(0), "doccano-" + variant);
    }

    @ParameterizedTest(name = "variant={0}")
    @ValueSource(strings = { "sequence", "relation" })
    void roundTripOfTheSeedArticlesGivesIdenticalFiles(String variant) throws Exception {
        ExportFixture fixture = ExportFixture.create(dir.resolve("project"));
        SeedCorpus.importAndAnnotate(fixture, "alice");
        List<Path> files = RoundTrip.assertIdentical(fixture, format, Map.of("variant", variant), dir.resolve("trip"));
        assertEquals(5, Jsonl.validRecords(files.get(0), "doccano-" + variant).size());
    }

    // ------------------------------------------------------------------------------- doccano's own files

    @Test
    void readsDoccanosSequenceExport() throws Exception {
        Path file = Fixtures.shared("samples/doccano/export").resolve("sequence_labeling.example.jsonl");
        List<ReadDocument> read = format.read(List.of(file), new NullProgressMonitor());
        assertEquals(3, read.size());
        assertCovers(read.get(0), 0, "EU", "ORG");
        assertCovers(read.get(0), 1, "German", "MISC");
        assertCovers(read.get(2), 0, "Obama", "PERSON");
        assertNull(read.get(0).id());
    }

    @Test
    void readsDoccanosPrettyPrintedRelationExport() throws Exception {
        Path file = Fixtures.shared("samples/doccano/export").resolve("relation_extraction.example.pretty.jsonl");
        List<ReadDocument> read = format.read(List.of(file), new NullProgressMonitor());
        assertEquals(1, read.size(), "one object over many lines");
        assertRelationExample(read.get(0));
    }

    @Test
    void readsDoccanosRelationImportExamples() throws Exception {
        Path samples = Fixtures.shared("samples/doccano");
        for (String name : List.of("import/relation_extraction.example.jsonl", "import-tests/relation_extraction.example.jsonl")) {
            List<ReadDocument> read = format.read(List.of(samples.resolve(name)), new NullProgressMonitor());
            assertEquals(1, read.size(), name);
            assertRelationExample(read.get(0));
        }
    }

    @Test
    void keepsDuplicateOverlappingSpansOfDoccanosImportTest() throws Exception {
        Path file = Fixtures.shared("samples/doccano/import-tests").resolve("sequence_labeling.example_overlapping.jsonl");
        ReadDocument doc = format.read(List.of(file), new NullProgressMonitor()).get(0);
        assertEquals(2, doc.spans().size(), "both spans, as the file has them");
        assertEquals(doc.spans().get(0).begin(), doc.spans().get(1).begin());
        assertEquals("1", doc.metadata().get("wikiPageID"), "meta fields become metadata");
    }

    @Test
    void reportsTheRecordWithoutTextInDoccanosImportTest() throws Exception {
        Path file = Fixtures.shared("samples/doccano/import-tests").resolve("sequence_labeling.example.jsonl");
        AnnotationImportException e = assertThrows(AnnotationImportException.class,
                () -> format.read(List.of(file), new NullProgressMonitor()));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(file + ":3: the record has no \"text\""), e.getMessage());
    }

    @Test
    void reportsRenamedColumnsAsUnsupported() throws Exception {
        Path file = Fixtures.shared("samples/doccano/import").resolve("sequence_labeling.example.jsonl");
        AnnotationImportException e = assertThrows(AnnotationImportException.class,
                () -> format.read(List.of(file), new NullProgressMonitor()));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("column_data") && e.getMessage().contains("renamed"), e.getMessage());
    }

    @Test
    void readsEveryDoccanoSampleOrNamesItsProblem() throws Exception {
        Path samples = Fixtures.shared("samples/doccano");
        int read = 0;
        int refused = 0;
        for (Path file : RoundTrip.files(samples)) {
            try {
                read += format.read(List.of(file), new NullProgressMonitor()).size();
            } catch (AnnotationImportException e) {
                assertTrue(e.getMessage().startsWith(file + ":" + e.line() + ": ") && e.line() > 0, e.getMessage());
                refused++;
            }
        }
        assertEquals(2, refused, "the renamed-column file and the file with a record without text");
        assertEquals(3 + 1 + 1 + 1 + 1, read, "seq export (3), relation export, relation import x2, overlapping");
    }

    // ------------------------------------------------------------------------------- other input shapes

    @Test
    void readsAJsonArrayAndLabelsAsObjects() throws Exception {
        Path file = dir.resolve("array.json");
        Files.writeString(file, """
                [
                  {"id": 7, "text": "Seoul 😊 Busan", "label": [{"start_offset": 8, "end_offset": 13, "label": "GPE"}]},
                  {"data": "𠮷 text", "label": [[0, 1, "MISC"]], "Comments": []}
                ]
                """, StandardCharsets.UTF_8);
        List<ReadDocument> read = format.read(List.of(file), new NullProgressMonitor());
        assertEquals("7", read.get(0).id());
        assertCovers(read.get(0), 0, "Busan", "GPE");
        assertCovers(read.get(1), 0, "𠮷", "MISC");
    }

    @Test
    void aRecordWithAnEmptyLabelListSaysNothingHereAndOneWithoutSaysNothing() throws Exception {
        Path file = dir.resolve("empty.jsonl");
        Files.writeString(file, """
                {"id": 1, "text": "Nothing to mark.", "label": []}
                {"id": 2, "text": "Nothing to mark either.", "entities": [], "relations": []}
                {"id": 3, "text": "Not looked at."}
                """, StandardCharsets.UTF_8);
        List<ReadDocument> read = format.read(List.of(file), new NullProgressMonitor());
        assertEquals(List.of(true, true, false), read.stream().map(ReadDocument::annotated).toList());
        assertTrue(read.stream().allMatch(d -> d.spans().isEmpty()));
    }

    @Test
    void readsAFileWithBomAndCrLfLineEnds() throws Exception {
        Path file = dir.resolve("windows.jsonl");
        byte[] bom = { (byte) 0xef, (byte) 0xbb, (byte) 0xbf };
        byte[] content = "{\"text\": \"Kim 😊\", \"label\": [[0, 3, \"PER\"]]}\r\n{\"text\": \"x\", \"label\": []}\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + content.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(content, 0, bytes, bom.length, content.length);
        Files.write(file, bytes);
        List<ReadDocument> read = format.read(List.of(file), new NullProgressMonitor());
        assertEquals(2, read.size());
        assertCovers(read.get(0), 0, "Kim", "PER");
    }

    @Test
    void reportsBadSpansWithTheirLine() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"text\": \"ab\", \"label\": [[0, 1, \"X\"]]}\n"
                + "{\"text\": \"ab\", \"label\": [\"POSITIVE\"]}\n", StandardCharsets.UTF_8);
        AnnotationImportException e = assertThrows(AnnotationImportException.class,
                () -> format.read(List.of(file), new NullProgressMonitor()));
        assertTrue(e.getMessage().startsWith(file + ":2: label 0 is \"POSITIVE\""), e.getMessage());

        Files.writeString(file, "{\"text\": \"ab\", \"entities\": [{\"id\": 1, \"start_offset\": 0, \"end_offset\": 1, \"label\": \"X\"}],"
                + " \"relations\": [{\"from_id\": 1, \"to_id\": 9, \"type\": \"r\"}]}\n", StandardCharsets.UTF_8);
        e = assertThrows(AnnotationImportException.class, () -> format.read(List.of(file), new NullProgressMonitor()));
        assertTrue(e.getMessage().startsWith(file + ":1: relation 0: to_id 9 is not the id of an entity"), e.getMessage());
    }

    private static void assertRelationExample(ReadDocument doc) {
        assertEquals(4, doc.spans().size());
        assertCovers(doc, 1, "September 4, 1998", "DATE");
        assertCovers(doc, 3, "Sergey Brin", "PERSON");
        assertEquals(List.of(new ReadLink("foundedAt", "0", "1", doc.links().get(0).line()),
                new ReadLink("foundedBy", "0", "2", doc.links().get(1).line()),
                new ReadLink("foundedBy", "0", "3", doc.links().get(2).line())), doc.links());
    }

    private static void assertCovers(ReadDocument doc, int index, String text, String type) {
        ReadSpan span = doc.spans().get(index);
        assertEquals(text, doc.text().substring(span.begin(), span.end()));
        assertEquals(type, span.type());
    }
}
