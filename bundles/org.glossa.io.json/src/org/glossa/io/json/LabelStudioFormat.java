package org.glossa.io.json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glossa.core.files.FolderWalk;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glossa.core.format.AnnotationImportException;
import org.glossa.core.format.FormatSupport;
import org.glossa.core.format.ReadDocument;
import org.glossa.core.format.ReadDocument.ReadLink;
import org.glossa.core.format.ReadDocument.ReadSpan;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads Label Studio's JSON export (and task files with predictions): a JSON array of tasks, or one task object,
 * each {@code {"id", "data": {"text"}, "annotations": [{"result": [...]}], "predictions": [{"result": [...]}]}}.
 * One document per task, its id the task's {@code id} (else {@code inner_id}). The first annotation that was not
 * cancelled is read (a {@code ground_truth} one first); predictions only when there is no annotation. Result items:
 * <ul>
 * <li>{@code labels}: a span {@code value: {start, end, text, labels}} in code points, one span per label, checked
 * against {@code value.text};</li>
 * <li>{@code relation}: a link {@code from_id → to_id} named by its first label ({@code relation} without one);
 * {@code direction: "left"} is turned round;</li>
 * <li>{@code choices} and {@code textarea} on a region become its attributes and note; on the whole task, document
 * metadata.</li>
 * </ul>
 * Other result types (rectangles, HyperText regions, ratings, ...) are reported as not supported.
 */
public final class LabelStudioFormat implements FormatSupport {
    public static final String ID = "label-studio";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Label Studio JSON export";
    }

    @Override
    public String description() {
        return "Label Studio's JSON export (tasks with annotations or predictions): text spans in code points and relations";
    }

    @Override
    public boolean canImport() {
        return true;
    }

    @Override
    public String offsetConvention() {
        return "Unicode code points, end exclusive, into data.text";
    }

    @Override
    public List<ReadDocument> read(List<Path> files, IProgressMonitor monitor) throws IOException, AnnotationImportException {
        return read(files, FolderWalk.strict(), monitor);
    }

    @Override
    public List<ReadDocument> read(List<Path> files, FolderWalk folders, IProgressMonitor monitor)
            throws IOException, AnnotationImportException {
        List<ReadDocument> documents = new ArrayList<>();
        List<Path> inputs = InputFiles.expand(files, folders, List.of(".json"));
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + ID, inputs.size());
        for (Path file : inputs) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            JsonRecords.read(file, record -> documents.add(readTask(record)));
            progress.worked(1);
        }
        return documents;
    }

    private static ReadDocument readTask(JsonRecord task) throws AnnotationImportException {
        JsonNode object = task.object();
        JsonNode data = task.optionalObject(object, "data", "the task");
        if (data == null) {
            throw task.problem("the task has no \"data\" object");
        }
        CodePointText text = new CodePointText(task.requiredString(data, "text", "the task's data"));
        Map<String, String> metadata = new LinkedHashMap<>();
        JsonRecord.collectMetadata(data, metadata, List.of("text"));
        String id = task.optionalId(object, "id", "the task");
        if (id == null) {
            id = task.optionalId(object, "inner_id", "the task");
        }
        JsonNode chosen = chosenResult(task);
        List<ReadSpan> spans = new ArrayList<>();
        List<ReadLink> links = new ArrayList<>();
        if (chosen != null) {
            readResults(task, text, task.optionalArray(chosen, "result", "the annotation"), spans, links, metadata);
        }
        // A task without an annotation or prediction was not annotated: no set, unlike an annotation with no results.
        return new ReadDocument(id, text.text(), spans, links, metadata, task.file(), chosen != null);
    }

    /** The annotation to read: a ground-truth one, else the first not cancelled; else the first prediction. */
    private static JsonNode chosenResult(JsonRecord task) throws AnnotationImportException {
        JsonNode first = null;
        for (JsonNode annotation : task.optionalArray(task.object(), "annotations", "the task")) {
            if (!annotation.isObject() || annotation.path("was_cancelled").asBoolean(false)) {
                continue;
            }
            if (annotation.path("ground_truth").asBoolean(false)) {
                return annotation;
            }
            if (first == null) {
                first = annotation;
            }
        }
        if (first != null) {
            return first;
        }
        List<JsonNode> predictions = task.optionalArray(task.object(), "predictions", "the task");
        return predictions.isEmpty() ? null : predictions.get(0);
    }

    private static void readResults(JsonRecord task, CodePointText text, List<JsonNode> results, List<ReadSpan> spans,
            List<ReadLink> links, Map<String, String> metadata) throws AnnotationImportException {
        Map<String, List<Integer>> spansOfRegion = new HashMap<>();
        List<JsonNode> deferred = new ArrayList<>(); // relations and per-region values need every region first
        for (int i = 0; i < results.size(); i++) {
            JsonNode item = results.get(i);
            String where = "result " + i;
            if (!item.isObject()) {
                throw task.problem(where + " is " + JsonRecord.kind(item) + ", not an object");
            }
            String type = task.requiredString(item, "type", where);
            if (type.equals("labels")) {
                readRegion(task, text, item, where, spans, spansOfRegion);
            } else if (type.equals("relation") || type.equals("choices") || type.equals("textarea")) {
                deferred.add(item);
            } else {
                throw task.problem(where + ": result type \"" + type + "\" is not supported (only text spans"
                        + " \"labels\", \"relation\", \"choices\" and \"textarea\" are)");
            }
        }
        for (JsonNode item : deferred) {
            String where = "result " + results.indexOf(item);
            switch (item.get("type").textValue()) {
                case "relation" -> links.addAll(relation(task, item, where, spansOfRegion));
                case "choices" -> regionValue(task, item, where, "choices", spans, spansOfRegion, metadata);
                default -> regionValue(task, item, where, "text", spans, spansOfRegion, metadata);
            }
        }
    }

    private static void readRegion(JsonRecord task, CodePointText text, JsonNode item, String where, List<ReadSpan> spans,
            Map<String, List<Integer>> spansOfRegion) throws AnnotationImportException {
        JsonNode value = task.optionalObject(item, "value", where);
        if (value == null) {
            throw task.problem(where + " has no \"value\"");
        }
        if (!value.has("start") && value.has("startOffset")) {
            throw task.problem(where + ": HyperText regions (xpath and startOffset) are not supported");
        }
        String region = task.optionalId(item, "id", where);
        if (region == null) {
            region = "region-" + spans.size();
        }
        int start = task.requiredInt(value, "start", where + " value");
        int end = task.requiredInt(value, "end", where + " value");
        String expected = value.hasNonNull("text") ? task.requiredString(value, "text", where + " value") : null;
        int[] range = text.toUtf16(task, where + " (region " + region + ")", start, end, expected);
        List<JsonNode> labels = task.optionalArray(value, "labels", where + " value");
        if (labels.isEmpty()) {
            throw task.problem(where + " (region " + region + ") has no label");
        }
        List<Integer> ofRegion = spansOfRegion.computeIfAbsent(region, r -> new ArrayList<>());
        for (int k = 0; k < labels.size(); k++) {
            if (!labels.get(k).isTextual()) {
                throw task.problem(where + ": label " + k + " is " + JsonRecord.kind(labels.get(k)) + ", not a string");
            }
            // a region with several labels (or labelled by several controls) becomes several spans; the first keeps
            // the region's id as its key
            String key = ofRegion.isEmpty() ? region : region + "#" + (ofRegion.size() + 1);
            ofRegion.add(spans.size());
            spans.add(new ReadSpan(key, labels.get(k).textValue(), range[0], range[1], new LinkedHashMap<>(), null,
                    task.line()));
        }
    }

    private static List<ReadLink> relation(JsonRecord task, JsonNode item, String where,
            Map<String, List<Integer>> spansOfRegion) throws AnnotationImportException {
        String from = task.optionalId(item, "from_id", where);
        String to = task.optionalId(item, "to_id", where);
        for (String[] end : new String[][] { { "from_id", from }, { "to_id", to } }) {
            if (end[1] == null) {
                throw task.problem(where + " (relation) has no \"" + end[0] + "\"");
            }
            if (!spansOfRegion.containsKey(end[1])) {
                throw task.problem(where + " (relation): " + end[0] + " " + end[1] + " is not a labelled region of the task");
            }
        }
        if ("left".equals(item.path("direction").asText())) {
            String swap = from;
            from = to;
            to = swap;
        }
        List<ReadLink> links = new ArrayList<>();
        List<JsonNode> labels = task.optionalArray(item, "labels", where);
        if (labels.isEmpty()) {
            links.add(new ReadLink("relation", from, to, task.line()));
        }
        for (JsonNode label : labels) {
            links.add(new ReadLink(label.asText(), from, to, task.line()));
        }
        return links;
    }

    /**
     * A {@code choices} or {@code textarea} result: for a region (its id is a labelled region's), attributes named by
     * {@code from_name} or the note; for the whole task, document metadata.
     */
    private static void regionValue(JsonRecord task, JsonNode item, String where, String valueField, List<ReadSpan> spans,
            Map<String, List<Integer>> spansOfRegion, Map<String, String> metadata) throws AnnotationImportException {
        String name = item.hasNonNull("from_name") ? task.requiredString(item, "from_name", where) : valueField;
        JsonNode value = task.optionalObject(item, "value", where);
        List<String> values = new ArrayList<>();
        for (JsonNode v : value == null ? List.<JsonNode>of() : task.optionalArray(value, valueField, where + " value")) {
            values.add(v.asText());
        }
        String joined = String.join(valueField.equals("text") ? "\n" : ",", values);
        String region = task.optionalId(item, "id", where);
        List<Integer> indexes = region == null ? null : spansOfRegion.get(region);
        if (indexes == null) {
            metadata.put(name, joined);
            return;
        }
        for (int index : indexes) {
            ReadSpan span = spans.get(index);
            if (valueField.equals("text")) {
                spans.set(index, new ReadSpan(span.key(), span.type(), span.begin(), span.end(), span.attributes(), joined,
                        span.line()));
            } else {
                span.attributes().put(name, joined);
            }
        }
    }
}
