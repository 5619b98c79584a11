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
import org.glossa.core.format.ExportException;
import org.glossa.core.format.ReadDocument;
import org.glossa.core.format.SimpleExportContext;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

class SpansJsonlFormatTest {
    private static final String BOILERPLATE = "Menu | 로그인\n";
    private static final String BODY = "𠮷野家 CEO Ana 😊 Souza said “서울 is home” today. 北京 agreed.";

    private final SpansJsonlFormat format = new SpansJsonlFormat();

    @TempDir
    Path dir;

    private ExportFixture fixture;
    private Document document;

    private void oneDocument() throws IOException {
        fixture = ExportFixture.create(dir.resolve("project"));
        document = fixture.document("doc-1", BOILERPLATE + BODY + "\nFooter 𠮷", BOILERPLATE.length(),
                BOILERPLATE.length() + BODY.length());
        fixture.span(document, "alice", NewsSchema.ENTITY, "ORG", "𠮷野家");
        SpanAnnotation speaker = fixture.span(document, "alice", NewsSchema.ENTITY, "PER", "Ana 😊 Souza");
        fixture.span(document, "alice", NewsSchema.ENTITY, "GPE", "서울");
        SpanAnnotation quote = fixture.span(document, "alice", NewsSchema.QUOTE, "QUOTE", "서울 is home");
        quote.getAttributes().put("type", "direct");
        Spans.link(quote, NewsSchema.SPEAKER, speaker);
        fixture.span(document, "alice", NewsSchema.ENTITY, "PER", "Footer"); // outside the body: not exported
    }

    @Test
    void writesTheBodyWithCodePointOffsetsAndFixedKeys() throws Exception {
        oneDocument();
        SimpleExportContext context = fixture.context(dir.resolve("out"), "alice", Map.of());
        format.write(context, new NullProgressMonitor());

        List<JsonNode> records = Jsonl.validRecords(dir.resolve("out/all.jsonl"), "spans-jsonl");
        assertEquals(1, records.size());
        JsonNode record = records.get(0);
        assertEquals(List.of("text", "spans", "links", "meta"), Jsonl.keys(record));
        assertEquals(BODY, record.get("text").asText(), "the record holds the body, not the boilerplate");
        assertEquals(4, record.get("spans").size(), "the span outside the body is not exported");
        for (JsonNode span : record.get("spans")) {
            assertEquals(List.of("start", "end", "label", "layer", "text"),
                    Jsonl.keys(span).subList(0, 5), "fixed key order");
            assertEquals(span.get("text").asText(), Jsonl.slice(BODY, span.get("start").asInt(), span.get("end").asInt()),
                    "offsets are code points into the body, as Python slices them");
        }
        JsonNode speaker = record.get("spans").get(1);
        assertEquals(8, speaker.get("start").asInt(), "𠮷 counts as one code point (two UTF-16 units)");
        assertEquals(19, speaker.get("end").asInt(), "😊 counts as one code point");
        assertEquals("{\"type\":\"direct\"}", record.get("spans").get(2).get("attributes").toString());
        assertEquals("[{\"from\":2,\"to\":1,\"type\":\"speaker\"}]", record.get("links").toString(),
                "the quote (span 2) links to its speaker (span 1)");
        assertEquals("{\"id\":\"doc-1\",\"title\":\"Title of doc-1\",\"split\":\"all\",\"body_begin\":"
                + BOILERPLATE.codePointCount(0, BOILERPLATE.length()) + "}", record.get("meta").toString());
        assertEquals(4, ExportFixture.report(context).carriedTotal());
        assertEquals(List.of(dir.resolve("out/all.jsonl")), ExportFixture.report(context).files());
        String raw = Files.readString(dir.resolve("out/all.jsonl"), StandardCharsets.UTF_8);
        assertTrue(raw.startsWith("{\"text\":\"𠮷野家 CEO"), "compact, non-ASCII as is: " + raw);
    }

    @Test
    void writesOneFilePerSplitEvenWhenEmpty() throws Exception {
        fixture = ExportFixture.create(dir.resolve("project"));
        Document train = fixture.document("a", "Alpha text.");
        Document test = fixture.document("b", "Beta text.");
        fixture.split(train, "train");
        fixture.split(test, "test");
        SimpleExportContext context = fixture.context(dir.resolve("out"), "alice", Map.of());
        SimpleExportContext withDev = new SimpleExportContext(context.directory(), context.source(), context.schema(),
                context.documents(), List.of("train", "dev", "test"), context.layers(), context.labels(), context.options(),
                context.tokenization(), context.report());
        format.write(withDev, new NullProgressMonitor());
        assertEquals(1, Jsonl.records(dir.resolve("out/train.jsonl")).size());
        assertEquals(0, Jsonl.records(dir.resolve("out/dev.jsonl")).size());
        assertEquals("b", Jsonl.records(dir.resolve("out/test.jsonl")).get(0).get("meta").get("id").asText());
    }

    @Test
    void readsSpansLinksAndAttributesIntoUtf16Offsets() throws Exception {
        oneDocument();
        format.write(fixture.context(dir.resolve("out"), "alice", Map.of()), new NullProgressMonitor());
        List<ReadDocument> read = format.read(List.of(dir.resolve("out")), new NullProgressMonitor());
        assertEquals(1, read.size());
        ReadDocument doc = read.get(0);
        assertEquals("doc-1", doc.id());
        assertEquals(BODY, doc.text());
        assertEquals("Title of doc-1", doc.metadata().get("title"));
        ReadDocument.ReadSpan speaker = doc.spans().get(1);
        assertEquals("Ana 😊 Souza", BODY.substring(speaker.begin(), speaker.end()), "UTF-16 offsets again");
        assertEquals("PER", speaker.type());
        assertEquals("direct", doc.spans().get(2).attributes().get("type"));
        assertEquals(List.of(new ReadDocument.ReadLink("speaker", "2", "1", 1)), doc.links());
    }

    @Test
    void anEmptySpanListSaysNothingHereAndNoListSaysNothing() throws Exception {
        Path file = dir.resolve("empty.jsonl");
        Files.writeString(file, """
                {"text": "Nothing to mark.", "spans": [], "meta": {"id": "a"}}
                {"text": "Not looked at.", "meta": {"id": "b"}}
                """, StandardCharsets.UTF_8);
        List<ReadDocument> read = format.read(List.of(file), new NullProgressMonitor());
        assertEquals(List.of(true, false), read.stream().map(ReadDocument::annotated).toList());
    }

    @Test
    void roundTripOfGeneratedTextGivesIdenticalFiles() throws Exception {
        fixture = ExportFixture.create(dir.resolve("project"));
        List<Document> documents = GeneratedCorpus.populate(fixture, "alice", 12, 42);
        fixture.split(documents.get(0), "dev");
        List<Path> files = RoundTrip.assertIdentical(fixture, format, Map.of(), dir.resolve("trip"));
        assertEquals(2, files.size(), "all.jsonl and dev.jsonl");
        for (Path file : files) {
            Jsonl.validRecords(file, "spans-jsonl");
        }
    }

    @Test
    void roundTripOfTheSeedArticlesGivesIdenticalFiles() throws Exception {
        fixture = ExportFixture.create(dir.resolve("project"));
        SeedCorpus.importAndAnnotate(fixture, "alice");
        List<Path> files = RoundTrip.assertIdentical(fixture, format, Map.of(), dir.resolve("trip"));
        List<JsonNode> records = Jsonl.validRecords(files.get(0), "spans-jsonl");
        assertEquals(5, records.size());
        assertTrue(records.stream().anyMatch(r -> r.get("meta").get("body_begin").asInt() > 0),
                "the detected bodies leave page boilerplate out");
        for (JsonNode record : records) {
            for (JsonNode span : record.get("spans")) {
                assertEquals(span.get("text").asText(), Jsonl.slice(record.get("text").asText(), span.get("start").asInt(),
                        span.get("end").asInt()));
            }
        }
    }

    @Test
    void writesOneRecordPerSentenceKeepingCrossingSpansWhole() throws Exception {
        fixture = ExportFixture.create(dir.resolve("project"));
        String text = "Menu\nAna said: “First one. Second 😊 one.” Then 𠮷 more. Last one.";
        Document doc = fixture.document("q", text, 5, text.length());
        fixture.span(doc, "alice", NewsSchema.QUOTE, "QUOTE", "First one. Second 😊 one.");
        fixture.span(doc, "alice", NewsSchema.ENTITY, "MISC", "𠮷");
        SimpleExportContext context = fixture.context(dir.resolve("out"), "alice", Map.of("per", "sentence"),
                ExportFixture.ALL_LAYERS, true);
        format.write(context, new NullProgressMonitor());
        List<JsonNode> records = Jsonl.validRecords(dir.resolve("out/all.jsonl"), "spans-jsonl");
        assertEquals(List.of("Ana said: “First one. Second 😊 one.”", "Then 𠮷 more.", "Last one."),
                records.stream().map(r -> r.get("text").asText()).toList(), "the quote's two sentences stay one record");
        JsonNode second = records.get(1);
        assertEquals("{\"start\":5,\"end\":6,\"label\":\"MISC\",\"layer\":\"Entity\",\"text\":\"𠮷\"}",
                second.get("spans").get(0).toString(), "offsets relative to the sentence");
        assertEquals("{\"id\":\"q\",\"title\":\"Title of q\",\"split\":\"all\",\"body_begin\":5,\"sentence\":1,"
                + "\"sentence_begin\":" + text.codePointCount(0, text.indexOf("Then")) + "}", second.get("meta").toString());
        assertEquals(Map.of(), ExportFixture.report(context).notCarried());
        assertEquals(List.of(), ExportFixture.report(context).notes(), "no token notes: this format writes no tokens");

        List<ReadDocument> read = format.read(List.of(dir.resolve("out")), new NullProgressMonitor());
        assertEquals(List.of("q.s0", "q.s1", "q.s2"), read.stream().map(ReadDocument::id).toList(),
                "a sentence is a document of its own when read back");
    }

    @Test
    void perSentenceRecordsOfGeneratedTextHoldEverySpan() throws Exception {
        fixture = ExportFixture.create(dir.resolve("project"));
        GeneratedCorpus.populate(fixture, "alice", 8, 11);
        assertEverySpanInOneSentenceRecord();
    }

    @Test
    void perSentenceRecordsOfTheSeedArticlesHoldEverySpan() throws Exception {
        fixture = ExportFixture.create(dir.resolve("project"));
        SeedCorpus.importAndAnnotate(fixture, "alice");
        assertEverySpanInOneSentenceRecord();
    }

    private void assertEverySpanInOneSentenceRecord() throws Exception {
        SimpleExportContext context = fixture.context(dir.resolve("out"), "alice", Map.of("per", "sentence"),
                ExportFixture.ALL_LAYERS, true);
        format.write(context, new NullProgressMonitor());
        int spans = 0;
        List<JsonNode> records = Jsonl.validRecords(dir.resolve("out/all.jsonl"), "spans-jsonl");
        for (JsonNode record : records) {
            String sentence = record.get("text").asText();
            Document doc = fixture.store.document(record.get("meta").get("id").asText()).orElseThrow();
            int begin = record.get("meta").get("sentence_begin").asInt();
            assertEquals(sentence, Jsonl.slice(fixture.store.text(doc), begin, begin + sentence.codePointCount(0, sentence.length())),
                    "sentence_begin counts code points into the whole text");
            for (JsonNode span : record.get("spans")) {
                assertEquals(span.get("text").asText(), Jsonl.slice(sentence, span.get("start").asInt(), span.get("end").asInt()));
                spans++;
            }
        }
        int exported = context.documents().stream().mapToInt(d -> d.spans().size()).sum();
        assertEquals(exported, spans, "every span is in one sentence record");
        assertEquals(Map.of(), ExportFixture.report(context).notCarried());
        assertTrue(records.size() > 2 * context.documents().size(), "several sentences per document: " + records.size());
    }

    @Test
    void refusesAnUnknownPerOption() throws Exception {
        oneDocument();
        ExportException e = assertThrows(ExportException.class,
                () -> format.write(fixture.context(dir.resolve("out"), "alice", Map.of("per", "page")), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("'page'"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            invalid JSON on line 2      | {"text": "ab", "spans": []}\\n{"text": "ab", "spans": [}       | 2 | invalid JSON
            missing text                | {"text": "ab"}\\n\\n{"spans": []}                             | 3 | has no "text"
            start after end             | {"text": "abc", "spans": [{"start": 2, "end": 1, "label": "X"}]} | 1 | span 0: start 2 is not before end 1
            offset past the end         | {"text": "a😊", "spans": [{"start": 0, "end": 3, "label": "X"}]} | 1 | end 3 is past the end of the text (2 code points)
            text mismatch in UTF-16     | {"text": "😊abcd", "spans": [{"start": 2, "end": 4, "label": "X", "text": "ab"}]} | 1 | the file counts UTF-16 units
            negative start              | {"text": "abc", "spans": [{"start": -1, "end": 1, "label": "X"}]} | 1 | start -1 is negative
            offset not an integer       | {"text": "abc", "spans": [{"start": "0", "end": 1, "label": "X"}]} | 1 | "start" is a string, not an integer
            label missing               | {"text": "abc", "spans": [{"start": 0, "end": 1}]}           | 1 | span 0 has no "label"
            link to no span             | {"text": "abc", "spans": [], "links": [{"from": 0, "to": 1, "type": "speaker"}]} | 1 | link 0: "from" 0 is not the index of a span
            not an object               | [1, 2]                                                        | 1 | expected a JSON object, found a number
            """)
    void reportsMalformedInputWithFileAndLine(String name, String content, int line, String problem) throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, content.replace("\\n", "\n"), StandardCharsets.UTF_8);
        AnnotationImportException e = assertThrows(AnnotationImportException.class,
                () -> format.read(List.of(file), new NullProgressMonitor()));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void readsRecordsWithoutMetaOrOptionalKeys() throws Exception {
        Path file = dir.resolve("plain.jsonl");
        Files.writeString(file, "{\"text\": \"Seoul 😊 Busan\", \"spans\": [{\"start\": 8, \"end\": 13, \"label\": \"GPE\"}]}\n",
                StandardCharsets.UTF_8);
        ReadDocument doc = format.read(List.of(file), new NullProgressMonitor()).get(0);
        assertNull(doc.id(), "no meta.id: matched by text");
        assertEquals("Busan", doc.text().substring(doc.spans().get(0).begin(), doc.spans().get(0).end()));
    }
}
