package org.glossa.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.AnnotationImportException;
import org.glossa.core.format.ReadDocument;
import org.glossa.core.format.ReadDocument.ReadLink;
import org.glossa.core.format.ReadDocument.ReadSpan;
import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelStudioFormatTest {
    private final LabelStudioFormat format = new LabelStudioFormat();

    @TempDir
    Path dir;

    @Test
    void readsTheNamedEntityTasksWithPredictions() throws Exception {
        Path file = Fixtures.shared("samples/label-studio/named_entity").resolve("tasks.json");
        List<ReadDocument> read = format.read(List.of(file), new NullProgressMonitor());
        assertEquals(1, read.size());
        ReadDocument task = read.get(0);
        assertNull(task.id(), "the task file gives no id: the import matches the text");
        assertEquals(1, task.spans().size());
        assertSpan(task, 0, "February 22", "Date");
        assertEquals("beFiQTT1cU", task.spans().get(0).key());
    }

    @Test
    void readsTheNamedEntityAnnotationAsASingleTask() throws Exception {
        Path annotations = Fixtures.shared("samples/label-studio/named_entity/annotations");
        List<ReadDocument> read = format.read(List.of(annotations), new NullProgressMonitor());
        assertEquals(1, read.size(), "the folder's one file, holding one task object");
        assertEquals("1", read.get(0).id());
        assertSpan(read.get(0), 0, "February 22", "Date");
        assertEquals(1, read.get(0).spans().size(), "the annotation's one region");
    }

    @Test
    void readsEveryLabelStudioSample() throws Exception {
        Path samples = Fixtures.shared("samples/label-studio/named_entity");
        List<ReadDocument> read = format.read(List.of(samples), new NullProgressMonitor());
        assertEquals(2, read.size(), "tasks.json and annotations/1.json; config.xml is not JSON and is skipped");
        assertEquals(read.get(0).text(), read.get(1).text());
    }

    private static final String TASKS = """
            [
              {
                "id": 41, "inner_id": 3,
                "data": {"text": "𠮷 Kim said: 北京 😊 agreed.", "source": "wire"},
                "annotations": [
                  {"id": 1, "was_cancelled": true, "result": []},
                  {"id": 2, "result": [
                    {"id": "k", "type": "labels", "from_name": "label", "to_name": "text",
                     "value": {"start": 2, "end": 5, "text": "Kim", "labels": ["PER"]}},
                    {"id": "q", "type": "labels", "from_name": "label", "to_name": "text",
                     "value": {"start": 12, "end": 23, "text": "北京 😊 agreed", "labels": ["Quote"]}},
                    {"id": "q", "type": "choices", "from_name": "type", "to_name": "text", "value": {"choices": ["direct"]}},
                    {"id": "g", "type": "labels", "value": {"start": 12, "end": 14, "labels": ["GPE", "LOC"]}},
                    {"from_id": "k", "to_id": "q", "type": "relation", "direction": "left", "labels": ["speaker"]},
                    {"id": "doc", "type": "choices", "from_name": "topic", "value": {"choices": ["politics", "asia"]}}
                  ]}
                ],
                "predictions": [{"result": [{"id": "p", "type": "labels", "value": {"start": 0, "end": 1, "labels": ["X"]}}]}]
              },
              {"inner_id": 4, "data": {"text": "no annotation"}, "predictions": [
                {"result": [{"id": "p", "type": "labels", "value": {"start": 3, "end": 13, "labels": ["X"]}}]}]}
            ]
            """;

    @Test
    void annotationsWinOverPredictionsAndRelationsBecomeLinks() throws Exception {
        Path file = dir.resolve("export.json");
        Files.writeString(file, TASKS, StandardCharsets.UTF_8);
        List<ReadDocument> read = format.read(List.of(file), new NullProgressMonitor());
        ReadDocument first = read.get(0);
        assertEquals("41", first.id());
        assertEquals(List.of("k", "q", "g", "g#2"), first.spans().stream().map(ReadSpan::key).toList(),
                "the annotation not cancelled, not the prediction; a region with two labels is two spans");
        assertSpan(first, 1, "北京 😊 agreed", "Quote");
        assertSpan(first, 3, "北京", "LOC");
        assertEquals("direct", first.spans().get(1).attributes().get("type"), "a per-region choice is an attribute");
        assertEquals(List.of(new ReadLink("speaker", "q", "k", 2)), first.links(), "direction left: from the quote to Kim");
        assertEquals("wire", first.metadata().get("source"));
        assertEquals("politics,asia", first.metadata().get("topic"), "a choice on the whole task is metadata");
        assertEquals(2, first.spans().get(0).line(), "the line where the task starts");

        ReadDocument second = read.get(1);
        assertEquals("4", second.id(), "inner_id when there is no id");
        assertSpan(second, 0, "annotation", "X");
        assertEquals(20, second.spans().get(0).line());
    }

    @Test
    void anAnnotationWithoutResultsSaysNothingHereAndATaskWithoutOneSaysNothing() throws Exception {
        Path file = dir.resolve("export.json");
        Files.writeString(file, """
                [
                  {"id": 1, "data": {"text": "Nothing to mark."}, "annotations": [{"id": 9, "result": []}]},
                  {"id": 2, "data": {"text": "Not looked at."}, "annotations": []},
                  {"id": 3, "data": {"text": "Only cancelled."}, "annotations": [{"was_cancelled": true, "result": []}]}
                ]
                """, StandardCharsets.UTF_8);
        List<ReadDocument> read = format.read(List.of(file), new NullProgressMonitor());
        assertEquals(List.of(true, false, false), read.stream().map(ReadDocument::annotated).toList());
        assertTrue(read.stream().allMatch(d -> d.spans().isEmpty()));
    }

    @Test
    void reportsAMismatchedRegionTextWithTheTaskLine() throws Exception {
        Path file = dir.resolve("export.json");
        Files.writeString(file, "[\n{\"id\": 1, \"data\": {\"text\": \"ok\"}},\n"
                + "{\"id\": 2, \"data\": {\"text\": \"😊 Kim and more\"}, \"annotations\": [{\"result\": [{\"id\": \"a\", \"type\": \"labels\","
                + " \"value\": {\"start\": 3, \"end\": 6, \"text\": \"Kim\", \"labels\": [\"PER\"]}}]}]}\n]\n", StandardCharsets.UTF_8);
        AnnotationImportException e = assertThrows(AnnotationImportException.class,
                () -> format.read(List.of(file), new NullProgressMonitor()));
        assertTrue(e.getMessage().startsWith(file + ":3: result 0 (region a)"), e.getMessage());
        assertTrue(e.getMessage().contains("the file counts UTF-16 units"), e.getMessage());
    }

    @Test
    void reportsUnsupportedResultsAndMissingText() throws Exception {
        Path file = dir.resolve("export.json");
        Files.writeString(file, "[{\"data\": {\"image\": \"x.png\"}}]", StandardCharsets.UTF_8);
        AnnotationImportException e = assertThrows(AnnotationImportException.class,
                () -> format.read(List.of(file), new NullProgressMonitor()));
        assertTrue(e.getMessage().startsWith(file + ":1: the task's data has no \"text\""), e.getMessage());

        Files.writeString(file, "[{\"data\": {\"text\": \"x\"}, \"annotations\": [{\"result\": [{\"type\": \"rectanglelabels\"}]}]}]",
                StandardCharsets.UTF_8);
        e = assertThrows(AnnotationImportException.class, () -> format.read(List.of(file), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("result type \"rectanglelabels\" is not supported"), e.getMessage());
    }

    private static void assertSpan(ReadDocument doc, int index, String text, String type) {
        ReadSpan span = doc.spans().get(index);
        assertEquals(text, doc.text().substring(span.begin(), span.end()));
        assertEquals(type, span.type());
    }
}
