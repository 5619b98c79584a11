package org.glossa.io.json;

import org.glossa.testing.JsonSchemaCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.ExportException;
import org.glossa.core.format.RecordingExportReport;
import org.glossa.core.format.SimpleExportContext;
import org.glossa.model.Document;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class HfJsonlFormatTest {
    private static final String BODY = "Kim Min-jun's team visited Seoul에서 today. 王芳在北京会见了记者。\n"
            + "Ana 😊 Souza said “Seoul Data Lab 🚀 grows” in 𠮷林.";

    private final HfJsonlFormat format = new HfJsonlFormat();

    @TempDir
    Path dir;

    private SimpleExportContext craftedDocument(Map<String, String> options) throws IOException {
        ExportFixture fixture = ExportFixture.create(dir.resolve("project"));
        Document document = fixture.document("d1", "Menu\n" + BODY, 5, 5 + BODY.length());
        fixture.span(document, "alice", NewsSchema.ENTITY, "PER", "Kim Min-jun"); // ends inside the token jun's
        fixture.span(document, "alice", NewsSchema.ENTITY, "MISC", "Min-jun's team"); // crosses PER
        fixture.span(document, "alice", NewsSchema.ENTITY, "GPE", "Seoul"); // ICU separates Seoul from 에서 itself
        fixture.span(document, "alice", NewsSchema.ENTITY, "PER", "王芳");
        fixture.span(document, "alice", NewsSchema.ENTITY, "GPE", "北京");
        fixture.span(document, "alice", NewsSchema.ENTITY, "PER", "Ana 😊 Souza");
        fixture.span(document, "alice", NewsSchema.ENTITY, "ORG", "Seoul Data Lab 🚀");
        fixture.span(document, "alice", NewsSchema.ENTITY, "GPE", "Seoul", 1); // nested in the ORG
        fixture.span(document, "alice", NewsSchema.ENTITY, "LOC", "𠮷林");
        fixture.span(document, "alice", NewsSchema.QUOTE, "QUOTE", "Seoul Data Lab 🚀 grows"); // another layer
        return fixture.context(dir.resolve("out"), "alice", options, ExportFixture.ALL_LAYERS, true);
    }

    @Test
    void writesSentencesOfTokensWithIob2TagIds() throws Exception {
        SimpleExportContext context = craftedDocument(Map.of());
        format.write(context, new NullProgressMonitor());

        List<String> labels = labelList();
        assertEquals(List.of("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-GPE", "I-GPE", "B-NORP", "I-NORP",
                "B-EVENT", "I-EVENT", "B-LAW", "I-LAW", "B-DATE", "I-DATE", "B-MISC", "I-MISC"), labels,
                "O, then B-/I- per Entity label in schema order");
        List<JsonNode> sentences = Jsonl.validRecords(dir.resolve("out/all.jsonl"), "hf-jsonl");
        assertEquals(3, sentences.size(), "two sentences on the first line, one on the second");
        assertEquals(List.of("d1-0", "d1-1", "d1-2"), sentences.stream().map(s -> s.get("id").asText()).toList());
        for (JsonNode sentence : sentences) {
            assertEquals(List.of("id", "tokens", "ner_tags"), Jsonl.keys(sentence));
            assertEquals(sentence.get("tokens").size(), sentence.get("ner_tags").size());
        }
        assertEquals(List.of("PER Kim Min - jun", "GPE Seoul"), entities(sentences.get(0), labels));
        assertEquals("O", labels.get(sentences.get(0).get("ner_tags").get(9).asInt()), "에서 is outside: " + sentences.get(0));
        assertEquals(List.of("PER 王 芳", "GPE 北京"), entities(sentences.get(1), labels), "ICU segments the name in two");
        assertEquals(List.of("PER Ana 😊 Souza", "ORG Seoul Data Lab 🚀", "LOC 𠮷 林"), entities(sentences.get(2), labels));

        RecordingExportReport report = ExportFixture.report(context);
        assertEquals(7, report.carriedTotal());
        assertEquals(Map.of("hf-jsonl: overlaps an earlier span (the earlier is kept)", 1,
                "hf-jsonl: nested in another span (the outermost is kept)", 1,
                "hf-jsonl: carries one layer (Entity)", 1), report.notCarried());
        assertTrue(report.notes().stream().anyMatch(n -> n.contains("Sequence(ClassLabel(names=names))")
                && n.contains("data_files={\"all\": \"all.jsonl\"}")), report.notes().toString());
        assertTrue(report.notes().stream().anyMatch(n -> n.contains("in token 'jun's'")), "the tokenizer reports the split token: " + report.notes());
        assertEquals(List.of(dir.resolve("out/all.jsonl"), dir.resolve("out/label_list.json")), report.files());
    }

    @Test
    void tagsTheLayerNamedByTheOption() throws Exception {
        format.write(craftedDocument(Map.of("layer", NewsSchema.QUOTE)), new NullProgressMonitor());
        assertEquals(List.of("O", "B-QUOTE", "I-QUOTE"), labelList());
        List<JsonNode> sentences = Jsonl.validRecords(dir.resolve("out/all.jsonl"), "hf-jsonl");
        assertEquals(List.of("QUOTE Seoul Data Lab 🚀 grows"), entities(sentences.get(2), labelList()));
    }

    @Test
    void refusesALayerTheSchemaDoesNotHaveOrTheExportLeavesOut() throws Exception {
        SimpleExportContext context = craftedDocument(Map.of());
        SimpleExportContext unknown = with(context, Map.of("layer", "Sentiment"), context.layers());
        ExportException e = assertThrows(ExportException.class, () -> format.write(unknown, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("no layer 'Sentiment'"), e.getMessage());

        SimpleExportContext notSelected = with(context, Map.of("layer", NewsSchema.QUOTE), List.of(NewsSchema.ENTITY));
        e = assertThrows(ExportException.class, () -> format.write(notSelected, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("layer 'Quote' is not among the exported layers"), e.getMessage());
    }

    private static SimpleExportContext with(SimpleExportContext context, Map<String, String> options, List<String> layers) {
        return new SimpleExportContext(context.directory(), context.source(), context.schema(), context.documents(),
                context.splits(), layers, context.labels(), options, context.tokenization(), context.report());
    }

    @Test
    void accountsForEverySpanOfTheSeedArticles() throws Exception {
        ExportFixture fixture = ExportFixture.create(dir.resolve("project"));
        SeedCorpus.importAndAnnotate(fixture, "alice");
        SimpleExportContext context = fixture.context(dir.resolve("out"), "alice", Map.of(), ExportFixture.ALL_LAYERS, true);
        format.write(context, new NullProgressMonitor());
        List<String> labels = labelList();
        List<JsonNode> sentences = Jsonl.validRecords(dir.resolve("out/all.jsonl"), "hf-jsonl");
        assertTrue(sentences.size() > 20, "many sentences: " + sentences.size());
        int entities = 0;
        for (JsonNode sentence : sentences) {
            entities += entities(sentence, labels).size();
        }
        RecordingExportReport report = ExportFixture.report(context);
        int spans = context.documents().stream().mapToInt(d -> d.spans().size()).sum();
        int notCarried = report.notCarried().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(spans, report.carriedTotal() + notCarried, "every span is carried or reported: " + report.notCarried());
        assertEquals(report.carriedTotal(), entities, "each carried span is one tagged entity");
    }

    private List<String> labelList() throws IOException {
        String content = Files.readString(dir.resolve("out/label_list.json"), StandardCharsets.UTF_8);
        assertTrue(content.endsWith("]\n"), "one line ending in LF");
        JsonNode list = JsonSupport.MAPPER.readTree(content);
        assertEquals(List.of(), JsonSchemaCheck.load(HfJsonlFormatTest.class, "hf-label-list").violations(list));
        List<String> labels = new ArrayList<>();
        list.forEach(l -> labels.add(l.asText()));
        return labels;
    }

    /** The entities of an IOB2-tagged sentence, as "LABEL token token ...". */
    private static List<String> entities(JsonNode sentence, List<String> labels) {
        List<String> found = new ArrayList<>();
        StringBuilder current = null;
        for (int i = 0; i < sentence.get("tokens").size(); i++) {
            String tag = labels.get(sentence.get("ner_tags").get(i).asInt());
            String token = sentence.get("tokens").get(i).asText();
            if (tag.startsWith("B-")) {
                if (current != null) {
                    found.add(current.toString());
                }
                current = new StringBuilder(tag.substring(2)).append(' ').append(token);
            } else if (tag.startsWith("I-")) {
                assertTrue(current != null && current.toString().startsWith(tag.substring(2) + " "), "I- continues a B- of its type");
                current.append(' ').append(token);
            } else if (current != null) {
                found.add(current.toString());
                current = null;
            }
        }
        if (current != null) {
            found.add(current.toString());
        }
        return found;
    }
}
