package org.glossa.io.json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glossa.core.files.FolderWalk;
import org.glossa.core.format.AnnotationImportException;
import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportDocument;
import org.glossa.core.format.ExportException;
import org.glossa.core.format.FormatSupport;
import org.glossa.core.format.ReadDocument;
import org.glossa.core.format.ReadDocument.ReadLink;
import org.glossa.core.format.ReadDocument.ReadSpan;
import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;
import org.glossa.text.CodePoints;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * doccano JSONL, the files doccano imports and exports for sequence labelling and relation extraction.
 * <ul>
 * <li>{@code variant=sequence} (default): {@code {"id", "text", "label": [[start, end, "LABEL"], ...]}};</li>
 * <li>{@code variant=relation}: {@code {"id", "text", "entities": [{"id", "start_offset", "end_offset", "label"}],
 * "relations": [{"id", "from_id", "to_id", "type"}]}}, links (speaker, claimant, cue) becoming relations.</li>
 * </ul>
 * The text is the document's body; offsets are Unicode code points into it, end exclusive; entity ids are local to
 * the record. Reading accepts both variants, in JSON Lines, pretty-printed objects or one JSON array (a folder gives
 * its {@code .jsonl} files); a span may be
 * {@code [start, end, label]} or {@code {start_offset, end_offset, label}}. doccano lets users rename the text and
 * label columns; only the default names are read: {@code text} (or {@code data}) and {@code label}; other keys and
 * the fields of {@code meta} become document metadata. Spans are kept exactly as the file gives them, overlaps and
 * duplicates included (doccano drops overlapping spans only in projects that forbid them; Glossa's layers allow
 * them).
 */
public final class DoccanoFormat implements FormatSupport {
    public static final String ID = "doccano";
    static final String VARIANT = "variant";

    /** Keys that are annotations or the text; every other key of a record is kept as document metadata. */
    private static final List<String> RECORD_KEYS = List.of("id", "text", "data", "label", "entities", "relations", "meta");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "doccano JSONL";
    }

    @Override
    public String description() {
        return "doccano's sequence-labelling JSONL ([start, end, label] in code points), or its relation variant with entities and relations";
    }

    @Override
    public boolean canExport() {
        return true;
    }

    @Override
    public boolean canImport() {
        return true;
    }

    @Override
    public Map<String, String> options() {
        return Map.of(VARIANT, "sequence (default): \"label\" lists; relation: \"entities\" and \"relations\" (links as relations)");
    }

    @Override
    public String offsetConvention() {
        return "Unicode code points, end exclusive, into the record's \"text\", which is the document body";
    }

    // ---------------------------------------------------------------------------------------------- export

    @Override
    public void write(ExportContext context, IProgressMonitor monitor) throws IOException, ExportException {
        boolean relations = switch (context.option(VARIANT, "sequence")) {
            case "sequence" -> false;
            case "relation" -> true;
            default -> throw new ExportException(
                    "option variant must be 'sequence' or 'relation', not '" + context.option(VARIANT, "") + "'");
        };
        SubMonitor progress = SubMonitor.convert(monitor, "Writing " + ID, context.documentCount());
        Losses losses = new Losses();
        try (SplitFiles files = SplitFiles.open(context)) {
            context.forEachDocument(document -> {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                JsonlWriter out = files.of(document.split());
                ExcerptOffsets offsets = new ExcerptOffsets(document.text(), CodePoints.of(document.text()), document.body());
                JsonGenerator json = out.generator();
                json.writeStartObject();
                json.writeStringField("id", document.id());
                json.writeStringField("text", offsets.text());
                if (relations) {
                    writeRelationVariant(context, document, offsets, json, losses);
                } else {
                    writeSequenceVariant(context, document, offsets, json, losses);
                }
                json.writeEndObject();
                out.endRecord();
                progress.worked(1);
            });
        }
        losses.report(context, relations);
    }

    private static void writeSequenceVariant(ExportContext context, ExportDocument document, ExcerptOffsets offsets,
            JsonGenerator json, Losses losses) throws IOException, ExportException {
        json.writeArrayFieldStart("label");
        for (SpanAnnotation span : document.spans()) {
            context.verify(document, span, offsets.slice(span));
            json.writeStartArray();
            json.writeNumber(offsets.start(span));
            json.writeNumber(offsets.end(span));
            json.writeString(span.getLabel());
            json.writeEndArray();
            context.report().carried(document, span);
            losses.count(span);
            losses.links += span.getLinks().size();
        }
        json.writeEndArray();
    }

    private static void writeRelationVariant(ExportContext context, ExportDocument document, ExcerptOffsets offsets,
            JsonGenerator json, Losses losses) throws IOException, ExportException {
        Map<SpanAnnotation, Integer> ids = new IdentityHashMap<>();
        json.writeArrayFieldStart("entities");
        for (SpanAnnotation span : document.spans()) {
            context.verify(document, span, offsets.slice(span));
            int id = ids.size();
            ids.put(span, id);
            json.writeStartObject();
            json.writeNumberField("id", id);
            json.writeNumberField("start_offset", offsets.start(span));
            json.writeNumberField("end_offset", offsets.end(span));
            json.writeStringField("label", span.getLabel());
            json.writeEndObject();
            context.report().carried(document, span);
            losses.count(span);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("relations");
        int relationId = 0;
        for (SpanAnnotation span : document.spans()) {
            for (Link link : span.getLinks()) {
                Integer target = ids.get(link.getTarget());
                if (target == null) {
                    losses.links++;
                    continue;
                }
                json.writeStartObject();
                json.writeNumberField("id", relationId++);
                json.writeNumberField("from_id", ids.get(span));
                json.writeNumberField("to_id", target);
                json.writeStringField("type", link.getType());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    /** What doccano cannot carry: attributes and notes always, links in the sequence variant. */
    private static final class Losses {
        int attributes;
        int notes;
        int links;

        void count(SpanAnnotation span) {
            attributes += span.getAttributes().size();
            notes += span.getNote() == null ? 0 : 1;
        }

        void report(ExportContext context, boolean relations) {
            if (attributes > 0) {
                context.report().note(ID + ": " + attributes + " attribute values not written (doccano spans have no attributes)");
            }
            if (notes > 0) {
                context.report().note(ID + ": " + notes + " notes not written (doccano spans have no notes)");
            }
            if (links > 0) {
                context.report().note(ID + ": " + links + " links not written " + (relations
                        ? "because their target's layer is not exported"
                        : "(the sequence variant has no relations; use --option variant=relation)"));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- import

    @Override
    public List<ReadDocument> read(List<Path> files, IProgressMonitor monitor) throws IOException, AnnotationImportException {
        return read(files, FolderWalk.strict(), monitor);
    }

    @Override
    public List<ReadDocument> read(List<Path> files, FolderWalk folders, IProgressMonitor monitor)
            throws IOException, AnnotationImportException {
        List<ReadDocument> documents = new ArrayList<>();
        List<Path> inputs = InputFiles.expand(files, folders, List.of(".jsonl"));
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + ID, inputs.size());
        for (Path file : inputs) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            JsonRecords.read(file, record -> documents.add(readRecord(record)));
            progress.worked(1);
        }
        return documents;
    }

    private static ReadDocument readRecord(JsonRecord record) throws AnnotationImportException {
        JsonNode object = record.object();
        CodePointText text = new CodePointText(text(record));
        List<ReadSpan> spans = new ArrayList<>();
        List<JsonNode> labels = record.optionalArray(object, "label", "the record");
        for (int i = 0; i < labels.size(); i++) {
            spans.add(labelSpan(record, text, labels.get(i), i));
        }
        Map<String, ReadSpan> entities = new HashMap<>();
        List<JsonNode> entityNodes = record.optionalArray(object, "entities", "the record");
        for (int i = 0; i < entityNodes.size(); i++) {
            ReadSpan entity = entity(record, text, entityNodes.get(i), i);
            if (entities.put(entity.key(), entity) != null) {
                throw record.problem("entity " + i + ": id " + entity.key() + " is used twice");
            }
            spans.add(entity);
        }
        List<ReadLink> links = new ArrayList<>();
        List<JsonNode> relationNodes = record.optionalArray(object, "relations", "the record");
        for (int i = 0; i < relationNodes.size(); i++) {
            links.add(relation(record, entities, relationNodes.get(i), i));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        JsonNode meta = record.optionalObject(object, "meta", "the record");
        if (meta != null) {
            JsonRecord.collectMetadata(meta, metadata, List.of());
        }
        JsonRecord.collectMetadata(object, metadata, RECORD_KEYS);
        // "label": [] (or "entities": []) says "nothing here"; a record without either carries only its text.
        boolean annotated = object.has("label") || object.has("entities");
        return new ReadDocument(record.optionalId(object, "id", "the record"), text.text(), spans, links, metadata,
                record.file(), annotated);
    }

    private static String text(JsonRecord record) throws AnnotationImportException {
        JsonNode object = record.object();
        String field = object.has("text") || !object.has("data") ? "text" : "data";
        if (!object.hasNonNull(field)) {
            List<String> keys = new ArrayList<>();
            object.fieldNames().forEachRemaining(keys::add);
            throw record.problem("the record has no \"text\" (its keys: " + String.join(", ", keys)
                    + "); doccano's renamed text and label columns are not supported: name them \"text\" and \"label\"");
        }
        return record.requiredString(object, field, "the record");
    }

    /** A {@code label} entry: {@code [start, end, "LABEL"]} or {@code {"start_offset", "end_offset", "label"}}. */
    private static ReadSpan labelSpan(JsonRecord record, CodePointText text, JsonNode entry, int index)
            throws AnnotationImportException {
        String where = "label " + index;
        String key = "label-" + index;
        if (entry.isObject()) {
            return objectSpan(record, text, entry, where, key);
        }
        if (!entry.isArray() || entry.size() != 3 || !entry.get(2).isTextual()) {
            throw record.problem(where + " is " + (entry.isTextual() ? "\"" + entry.textValue() + "\"" : entry.toString())
                    + ", not [start, end, \"LABEL\"] (text classification labels are not spans)");
        }
        int start = record.intValue(entry.get(0), where + ": start");
        int end = record.intValue(entry.get(1), where + ": end");
        int[] range = text.toUtf16(record, where, start, end, null);
        return new ReadSpan(key, entry.get(2).textValue(), range[0], range[1], Map.of(), null, record.line());
    }

    private static ReadSpan entity(JsonRecord record, CodePointText text, JsonNode entry, int index)
            throws AnnotationImportException {
        String where = "entity " + index;
        if (!entry.isObject()) {
            throw record.problem(where + " is " + JsonRecord.kind(entry) + ", not an object");
        }
        String id = record.optionalId(entry, "id", where);
        return objectSpan(record, text, entry, where, id != null ? id : "entity-" + index);
    }

    private static ReadSpan objectSpan(JsonRecord record, CodePointText text, JsonNode entry, String where, String key)
            throws AnnotationImportException {
        int start = record.requiredInt(entry, "start_offset", where);
        int end = record.requiredInt(entry, "end_offset", where);
        String label = record.requiredString(entry, "label", where);
        int[] range = text.toUtf16(record, where, start, end, null);
        return new ReadSpan(key, label, range[0], range[1], Map.of(), null, record.line());
    }

    private static ReadLink relation(JsonRecord record, Map<String, ReadSpan> entities, JsonNode entry, int index)
            throws AnnotationImportException {
        String where = "relation " + index;
        if (!entry.isObject()) {
            throw record.problem(where + " is " + JsonRecord.kind(entry) + ", not an object");
        }
        String from = record.optionalId(entry, "from_id", where);
        String to = record.optionalId(entry, "to_id", where);
        for (String[] end : new String[][] { { "from_id", from }, { "to_id", to } }) {
            if (end[1] == null) {
                throw record.problem(where + " has no \"" + end[0] + "\"");
            }
            if (!entities.containsKey(end[1])) {
                throw record.problem(where + ": " + end[0] + " " + end[1] + " is not the id of an entity of the record");
            }
        }
        return new ReadLink(record.requiredString(entry, "type", where), from, to, record.line());
    }
}
