package org.glossa.core.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportDocument;
import org.glossa.core.format.ExportException;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

class ExportOperationTest {
    private static final ObjectMapper CARD_READER = new ObjectMapper()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @TempDir
    Path dir;
    ProjectStore store;
    SpanLinesFormat format;
    FormatRegistry formats;
    Path out;

    @BeforeEach
    void createProject() throws IOException {
        store = AnnotatedProject.create(dir.resolve("project"));
        format = new SpanLinesFormat();
        formats = new FormatRegistry(List.of(format));
        out = dir.resolve("out");
    }

    private ExportResult export(ExportRequest request) throws IOException, ExportException {
        return new ExportOperation(store, formats, request, report -> SpanLinesFormat.wholeBodyTokenization())
                .execute(new NullProgressMonitor());
    }

    private ExportRequest request() {
        return ExportRequest.of(SpanLinesFormat.ID, out);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** The line SpanLinesFormat writes for an Entity span covering the first occurrence of {@code part}. */
    private static String line(String document, String label, String text, String part) {
        int begin = text.indexOf(part);
        return document + "\tEntity\t" + label + "\t" + begin + "\t" + (begin + part.length()) + "\t" + part;
    }

    private static List<String> ids(ExportContext context) {
        return context.documents().stream().map(ExportDocument::id).toList();
    }

    @Test
    void goldExportCarriesTheSelectedSpansAndReportsThoseOutsideTheBody() throws Exception {
        ExportResult result = export(request());

        ExportContext context = format.contexts.get(0);
        assertEquals("gold", context.source());
        assertEquals(List.of("Entity", "Cue", "Quote", "Claim"), context.layers(), "every layer, Entity first");
        assertEquals(List.of("d1", "d2"), ids(context), "project order; d3 has no gold set and is left out");
        assertEquals(List.of("all"), context.splits());
        // The format writes into a staging folder beside the output, moved into place once the export is complete.
        assertEquals(out.getParent(), context.directory().getParent());
        assertTrue(context.directory().getFileName().toString().startsWith(".out"), context.directory().toString());
        assertFalse(Files.exists(context.directory()), "the staging folder is gone");

        List<String> lines = lines(out.resolve("all.tsv"));
        assertEquals(List.of("d1\tEntity\tPER", "d1\tEntity\tDATE", "d2\tEntity\tGPE", "d2\tEntity\tPER", "d2\tCue\tCUE",
                "d2\tQuote\tQUOTE", "d2\tEntity\tDATE"), lines.stream().map(l -> String.join("\t", List.of(l.split("\t")).subList(0, 3))).toList());
        // The emoji counts two UTF-16 units, then a space: 서울 is [3, 5).
        assertTrue(lines.contains("d2\tEntity\tGPE\t3\t5\t서울"), "UTF-16 offsets past the emoji: " + lines);

        ExportResult.Source gold = result.sources().get(0);
        assertEquals(List.of("d3"), gold.leftOut());
        assertEquals("no gold annotation set", gold.leftOutReason());
        assertEquals(Map.of(ExportOperation.OUTSIDE_BODY, 2), gold.report().notCarried(),
                "the footer's ORG and the MISC across the body's end");
        assertEquals(7, gold.report().carriedTotal());
        assertTrue(gold.report().notes().stream().anyMatch(n -> n.startsWith("2 spans lie outside")), gold.report().notes().toString());
        assertEquals(List.of(out.resolve("all.tsv"), out.resolve("README.md"), out.resolve("card.json")), result.files());
        assertTrue(store.project().getDocuments().stream().noneMatch(Document::eIsProxy));
        assertFalse(store.isDirty(), "an export changes nothing in the project");
    }

    @Test
    void theCardRecordsSchemaSplitsCountsAndProvenance() throws Exception {
        // d3 has nothing to mark in gold: an empty set, exported like any other
        AnnotatedProject.status(store, store.document("d3").orElseThrow(), "gold", AnnotationStatus.FINISHED);
        store.save();
        ExportRequest request = request().withOptions(Map.of("tokenize", "true"))
                .withSplit(DatasetSplitRatios.parse("67/33"), 11, "outlet", false)
                .withCommand("glossa export project --format lines --out out");
        ExportResult result = export(request);

        Map<String, Object> card = card(result.card());
        assertEquals("news", card.get("project"));
        assertEquals(Map.of("id", "lines", "name", "Span lines", "description", format.description()), card.get("format"));
        assertEquals(SpanLinesFormat.CONVENTION, card.get("offsets"));
        assertEquals("whole-body test tokenizer", card.get("tokenizer"));
        assertEquals(Map.of("tokenize", "true"), card.get("options"));
        assertEquals("gold", card.get("source"));
        assertEquals("glossa export project --format lines --out out", card.get("command"));
        assertFalse(((String) card.get("glossaVersion")).isBlank());
        Instant.parse((String) card.get("created"));
        assertTrue(card.containsKey("agreement") && card.get("agreement") == null, "no agreement summary was given");

        Map<String, Object> split = map(card.get("split"));
        assertEquals(11L, split.get("seed"));
        assertEquals("outlet", split.get("groupBy"));
        assertEquals(List.of("train", "test"), List.copyOf(map(split.get("ratios")).keySet()));

        List<Object> layers = list(map(card.get("schema")).get("layers"));
        assertEquals(4, layers.size());
        Map<String, Object> entity = map(layers.get(0));
        assertEquals("Entity", entity.get("name"));
        assertEquals(Map.of("name", "PER", "color", "#ee6677", "description", "Person"), list(entity.get("labels")).get(0));
        Map<String, Object> quote = map(layers.get(2));
        Map<String, Object> speaker = map(list(quote.get("linkTypes")).get(0));
        assertEquals("speaker", speaker.get("name"));
        assertEquals(List.of("Entity"), speaker.get("targets"));
        assertEquals(List.of("direct", "indirect", "mixed"), map(list(quote.get("attributes")).get(0)).get("choices"));

        Map<String, Object> source = map(list(card.get("sources")).get(0));
        assertEquals(".", source.get("directory"));
        Map<String, Object> documents = map(source.get("documents"));
        Set<Object> all = new HashSet<>();
        documents.values().forEach(ids -> all.addAll(list(ids)));
        assertEquals(Set.of("d1", "d2", "d3"), all, "d3's empty gold set is exported");
        assertEquals(List.of(), source.get("leftOut"));
        String splitOfD1 = documents.entrySet().stream().filter(e -> list(e.getValue()).contains("d1")).findFirst().orElseThrow().getKey();
        assertTrue(list(documents.get(splitOfD1)).contains("d3"), "d1 and d3 share the outlet Daily: " + documents);
        long counted = 0;
        for (Object perLabel : map(source.get("labelCounts")).values()) {
            for (Object count : map(perLabel).values()) {
                counted += (Long) count;
            }
        }
        assertEquals(7L, counted);
        assertEquals(7L, source.get("spansCarried"));
        Map<String, Object> outside = map(map(source.get("spansNotCarried")).get(ExportOperation.OUTSIDE_BODY));
        assertEquals(2L, outside.get("count"));
        assertTrue(list(outside.get("examples")).stream().anyMatch(e -> ((String) e).contains("\"Acme Corp\"")), outside.toString());
        assertEquals(List.of("train.tsv", "test.tsv").stream().filter(f -> documents.containsKey(f.replace(".tsv", ""))).toList(),
                source.get("files"));

        String readme = Files.readString(result.readme(), StandardCharsets.UTF_8);
        for (String expected : List.of("# news: Span lines dataset", "glossa export project --format lines --out out",
                "| offsets | " + SpanLinesFormat.CONVENTION + " |", "whole-body test tokenizer", "grouped by `outlet`",
                "## Label counts per split", "| PER |", "## Spans not carried", ExportOperation.OUTSIDE_BODY,
                "### Quote", "link `speaker` → Entity (several)", "## Agreement\n\nNot computed for this export.")) {
            assertTrue(readme.contains(expected), expected + " in\n" + readme);
        }
    }

    @Test
    void theCardSaysWhenNoTokenizerWasUsed() throws Exception {
        ExportResult result = export(request());
        Map<String, Object> card = card(result.card());
        assertTrue(card.containsKey("tokenizer"));
        assertNull(card.get("tokenizer"));
        assertNull(card.get("split"));
        assertTrue(Files.readString(result.readme()).contains("none (the format does not tokenize)"));
    }

    @Test
    void theApplicationsTokenizationIsIcu() throws Exception {
        ExportResult result = new ExportOperation(store, formats, request().withOptions(Map.of("tokenize", "true")))
                .execute(new NullProgressMonitor());
        Map<String, Object> card = card(result.card());
        assertTrue(((String) card.get("tokenizer")).contains("ICU"), String.valueOf(card.get("tokenizer")));
    }

    @Test
    void namingADocumentWithoutASetOfTheSourceIsAnErrorThatExportsNothing() throws Exception {
        IllegalArgumentException named = assertThrows(IllegalArgumentException.class,
                () -> export(request().withDocuments(ExportRequest.Documents.parse("d1,d3"))));
        assertTrue(named.getMessage().startsWith("document d3 has no gold annotation set"), named.getMessage());
        assertFalse(Files.exists(out), "nothing written");
        assertTrue(format.contexts.isEmpty());

        IllegalArgumentException each = assertThrows(IllegalArgumentException.class, () -> export(request()
                .withSource(ExportRequest.EACH).withDocuments(ExportRequest.Documents.parse("d1,d2"))));
        assertTrue(each.getMessage().contains("document d2 has no annotation set of alice"), each.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aSelectionWithoutAnySetOfTheSourceIsRefusedWithTheReason() throws Exception {
        for (String id : List.of("d1", "d2")) {
            Files.delete(store.layout().annotationFile(id, "gold"));
        }
        ProjectStore reopened = ProjectStore.open(store.layout().root());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> new ExportOperation(reopened, formats, request()).execute(new NullProgressMonitor()));
        assertEquals("no documents to export for the gold annotations: none of the 3 selected documents has a gold"
                + " annotation set (adjudicate first, or export an annotator's sets)", none.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void anEmptySetIsExportedAndOnlyDocumentsWithoutOneAreLeftOut() throws Exception {
        Document d2 = store.document("d2").orElseThrow();
        // bob read d1 and found nothing to mark: an empty set, saved
        AnnotatedProject.status(store, store.document("d1").orElseThrow(), "bob", AnnotationStatus.FINISHED);
        store.save();
        ExportResult result = export(request().withSource("bob"));
        ExportResult.Source bob = result.sources().get(0);
        assertEquals(Map.of("all", List.of("d1", "d2")), bob.documents());
        assertEquals(List.of("d3"), bob.leftOut());
        assertEquals(List.of(line("d2", "PER", AnnotatedProject.TEXT_2, "Kim Min-ji")), lines(out.resolve("all.tsv")));
        assertTrue(format.contexts.get(0).documents().get(0).spans().isEmpty(), "d1 is exported without spans");
        assertTrue(store.hasAnnotations(d2, "bob"));

        Map<String, Object> card = card(result.card());
        Map<String, Object> source = map(list(card.get("sources")).get(0));
        assertEquals(List.of(Map.of("id", "d3", "reason", "no annotation set of bob")), source.get("leftOut"));
        String readme = Files.readString(result.readme(), StandardCharsets.UTF_8);
        assertTrue(readme.contains("## Documents left out\n\n1 selected document was not exported"), readme);
        assertTrue(readme.contains("| d3 | no annotation set of bob |"), readme);
    }

    @Test
    void aSetOnlyReadIntoMemoryIsNotASet() throws Exception {
        Document d3 = store.document("d3").orElseThrow();
        store.annotations(d3, "gold"); // as an editor showing d3 does: an empty set in memory, unchanged
        assertFalse(store.hasAnnotations(d3, "gold"));
        ExportResult result = export(request());
        assertEquals(List.of("d3"), result.sources().get(0).leftOut());
        store.annotations(d3, "gold").setStatus(AnnotationStatus.IN_PROGRESS); // changed: written on save
        assertTrue(store.hasAnnotations(d3, "gold"));
    }

    @Test
    void goldDocumentsWithUndecidedDisagreementsAreFlaggedInTheResultAndTheCard() throws Exception {
        List<String> asked = new ArrayList<>();
        UndecidedDisagreements finder = (project, layers, ids) -> {
            asked.addAll(ids);
            return Map.of("d2", 3);
        };
        ExportResult result = new ExportOperation(store, formats, request(), report -> SpanLinesFormat.wholeBodyTokenization())
                .withUndecidedDisagreements(finder).execute(new NullProgressMonitor());
        assertEquals(List.of("d1", "d2"), asked, "the exported gold documents");
        assertEquals(Map.of("d2", 3), result.undecided());
        assertEquals(3, result.undecidedTotal());
        Map<String, Object> card = card(result.card());
        Map<String, Object> undecided = map(card.get("undecidedDisagreements"));
        assertEquals(3L, undecided.get("total"));
        assertEquals(Map.of("d2", 3L), undecided.get("documents"));
        String readme = Files.readString(result.readme(), StandardCharsets.UTF_8);
        assertTrue(readme.contains("## Undecided disagreements"), readme);
        assertTrue(readme.contains("In 1 exported document, 3 places where annotators disagree have no decision in gold"), readme);
        assertTrue(readme.contains("| d2 | 3 |"), readme);

        ExportResult annotator = new ExportOperation(store, formats, request().withSource("alice").withOverwrite(true),
                report -> SpanLinesFormat.wholeBodyTokenization()).withUndecidedDisagreements(finder)
                .execute(new NullProgressMonitor());
        assertNull(annotator.undecided(), "only gold is adjudicated");
        Map<String, Object> aliceCard = card(annotator.card());
        assertTrue(aliceCard.containsKey("undecidedDisagreements") && aliceCard.get("undecidedDisagreements") == null);
        assertFalse(Files.readString(annotator.readme()).contains("## Undecided"));
    }

    @Test
    void anAnnotatorsExportHoldsOnlyTheirSpans() throws Exception {
        export(request().withSource("alice"));
        List<String> lines = lines(out.resolve("all.tsv"));
        assertEquals(List.of(line("d1", "PER", AnnotatedProject.TEXT_1, "Ines Calloway"),
                line("d1", "LOC", AnnotatedProject.TEXT_1, "bridge"), line("d3", "ORG", AnnotatedProject.TEXT_3, "Acme Corp"),
                line("d3", "GPE", AnnotatedProject.TEXT_3, "Berlin")), lines);
        assertEquals("alice", format.contexts.get(0).source());
    }

    @Test
    void eachAnnotatorGetsAFolderOfTheirOwn() throws Exception {
        ExportResult result = export(request().withSource(ExportRequest.EACH));
        assertEquals(List.of("alice", "bob"), result.sources().stream().map(ExportResult.Source::name).toList());
        assertEquals(4, lines(out.resolve("alice/all.tsv")).size());
        assertEquals(List.of(line("d2", "PER", AnnotatedProject.TEXT_2, "Kim Min-ji")), lines(out.resolve("bob/all.tsv")));
        assertFalse(Files.exists(out.resolve("all.tsv")));
        Map<String, Object> card = card(out.resolve("card.json"));
        assertEquals(List.of("alice", "bob"), list(card.get("sources")).stream().map(s -> map(s).get("directory")).toList());
        assertTrue(Files.readString(out.resolve("README.md")).contains("## bob (folder `bob`)"));
    }

    @Test
    void finishedOnlyTakesTheDocumentsTheSourceFinished() throws Exception {
        export(request().withDocuments(ExportRequest.Documents.finished()));
        assertEquals(List.of("d1"), ids(format.contexts.get(0)));

        ExportResult each = export(request().withSource(ExportRequest.EACH).withDocuments(ExportRequest.Documents.finished())
                .withOverwrite(true));
        assertEquals(List.of("alice"), each.sources().stream().map(ExportResult.Source::name).toList());
        assertEquals(List.of("d1", "d3"), ids(format.contexts.get(1)));
        assertTrue(each.notes().get(0).contains("bob"), "bob finished nothing: " + each.notes());

        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> export(request()
                .withSource("bob").withDocuments(ExportRequest.Documents.finished()).withOverwrite(true)));
        assertTrue(none.getMessage().contains("no documents to export for bob's annotations"), none.getMessage());
    }

    @Test
    void layersAndLabelsNarrowTheExport() throws Exception {
        export(request().withLayers(List.of("Quote", "entity")));
        assertEquals(List.of("Quote", "Entity"), format.contexts.get(0).layers(), "schema names, in the order asked");
        assertEquals(6, lines(out.resolve("all.tsv")).size(), "no Cue");

        export(request().withLayers(List.of("Entity")).withLabels(Set.of("PER")).withOverwrite(true));
        List<String> lines = lines(out.resolve("all.tsv"));
        assertEquals(2, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.contains("\tPER\t")), lines.toString());
        assertEquals(Set.of("PER"), format.contexts.get(1).labels());
        assertTrue(format.contexts.get(1).documents().stream().allMatch(d -> d.spans().stream()
                .allMatch(s -> s.getLabel().equals("PER"))));

        IllegalArgumentException layer = assertThrows(IllegalArgumentException.class,
                () -> export(request().withLayers(List.of("Topic")).withOverwrite(true)));
        assertTrue(layer.getMessage().contains("unknown layer 'Topic'; layers: Entity, Cue, Quote, Claim"), layer.getMessage());
        IllegalArgumentException label = assertThrows(IllegalArgumentException.class,
                () -> export(request().withLayers(List.of("Entity")).withLabels(Set.of("QUOTE")).withOverwrite(true)));
        assertTrue(label.getMessage().contains("QUOTE") && label.getMessage().contains("PER"), label.getMessage());
    }

    @Test
    void listedDocumentsKeepTheProjectOrder() throws Exception {
        export(request().withSource("alice").withDocuments(ExportRequest.Documents.parse("d3, d1")));
        assertEquals(List.of("d1", "d3"), ids(format.contexts.get(0)));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> export(request().withSource("alice").withDocuments(ExportRequest.Documents.parse("d1,d9")).withOverwrite(true)));
        assertTrue(unknown.getMessage().contains("d9"), unknown.getMessage());
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedUnlessOverwriting() throws Exception {
        Files.createDirectories(out);
        Path keep = Files.writeString(out.resolve("keep.txt"), "mine");
        IOException refused = assertThrows(IOException.class, () -> export(request()));
        assertTrue(refused.getMessage().contains("is not empty"), refused.getMessage());
        assertFalse(Files.exists(out.resolve("all.tsv")), "nothing written");
        assertTrue(format.contexts.isEmpty());

        export(request().withOverwrite(true));
        assertTrue(Files.exists(out.resolve("all.tsv")));
        assertEquals("mine", Files.readString(keep), "overwrite replaces, never deletes");
    }

    @Test
    void formatOptionsAreCheckedAgainstTheFormat() throws Exception {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> export(request().withOptions(Map.of("colour", "red"))));
        assertTrue(unknown.getMessage().contains("colour") && unknown.getMessage().contains("shift, tokenize"), unknown.getMessage());
        export(request().withOptions(Map.of("shift", "0")));
        assertEquals(Map.of("shift", "0"), format.contexts.get(0).options());
    }

    @Test
    void aSpanExportedWithTheWrongTextFailsLoudly() {
        ExportException wrong = assertThrows(ExportException.class, () -> export(request().withOptions(Map.of("shift", "1"))));
        assertTrue(wrong.getMessage().contains("document d1, span s1 (Entity PER"), wrong.getMessage());
        assertTrue(wrong.getMessage().contains("is not the covered text \"Ines Calloway\""), wrong.getMessage());
    }

    @Test
    void unknownFormatsAndAnnotatorsAreRefused() {
        IllegalArgumentException format = assertThrows(IllegalArgumentException.class,
                () -> export(ExportRequest.of("conll", out)));
        assertTrue(format.getMessage().contains("known: lines"), format.getMessage());
        IllegalArgumentException annotator = assertThrows(IllegalArgumentException.class,
                () -> export(request().withSource("carol")));
        assertTrue(annotator.getMessage().contains("unknown annotator 'carol'; annotators with annotations: alice, bob"),
                annotator.getMessage());
    }

    @Test
    void splitsAreDeterministicAndCoverEveryDocumentOnce() throws Exception {
        for (int i = 0; i < 30; i++) {
            Document document = AnnotatedProject.document(store, String.format("n%02d", i), "Paris is in France " + i + ".", 0,
                    20 + String.valueOf(i).length(), null);
            AnnotatedProject.span(store, document, "gold", "Entity", i % 5 == 0 ? "LOC" : "GPE", "Paris");
        }
        ExportRequest request = request().withSplit(DatasetSplitRatios.parse("80/10/10"), 7, null, true);
        ExportResult first = export(request);
        ExportResult second = export(request.withOverwrite(true).withSplit(DatasetSplitRatios.parse("80/10/10"), 7, null, true));
        assertEquals(first.sources().get(0).documents(), second.sources().get(0).documents(), "same seed, same split");
        assertEquals(List.of("train", "dev", "test"), format.contexts.get(0).splits());

        Map<String, List<String>> documents = first.sources().get(0).documents();
        List<String> every = new ArrayList<>();
        documents.values().forEach(every::addAll);
        assertEquals(32, every.size(), "d3 has no gold set");
        assertEquals(32, new HashSet<>(every).size(), "each document in exactly one split");
        assertTrue(Math.abs(documents.get("train").size() - 26) <= 2, documents.toString());
        for (ExportDocument document : format.contexts.get(0).documents()) {
            assertTrue(documents.get(document.split()).contains(document.id()));
        }
        int carried = 0;
        for (String split : documents.keySet()) {
            carried += lines(out.resolve(split + ".tsv")).size();
        }
        assertEquals(first.sources().get(0).report().carriedTotal(), carried);
        // The operation hands the splitter each document with the label counts of its exported spans.
        List<DatasetSplitter.Item> items = new ArrayList<>();
        for (ExportDocument document : format.contexts.get(0).documents()) {
            Map<String, Integer> labels = new java.util.TreeMap<>();
            document.spans().forEach(span -> labels.merge(span.getLabel(), 1, Integer::sum));
            items.add(new DatasetSplitter.Item(document.id(), null, labels));
        }
        Map<String, String> expected = new DatasetSplitter(DatasetSplitRatios.parse("80/10/10"), 7, true).assign(items);
        for (ExportDocument document : format.contexts.get(0).documents()) {
            assertEquals(expected.get(document.id()), document.split(), document.id());
        }
        Set<String> locSplits = new HashSet<>();
        for (ExportDocument document : format.contexts.get(0).documents()) {
            for (SpanAnnotation span : document.spans()) {
                if (span.getLabel().equals("LOC")) {
                    locSplits.add(document.split());
                }
            }
        }
        assertTrue(locSplits.size() >= 2, "stratified: the 6 LOC documents are not all in one split: " + locSplits);
    }

    /** The card read strictly with Jackson: objects as maps in their order, whole numbers as Long. */
    private static Map<String, Object> card(Path file) throws IOException {
        return CARD_READER.readValue(file.toFile(), new TypeReference<Map<String, Object>>() {
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
