package org.glossa.io.json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
import org.glossa.text.TextRegion;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Span JSONL in the spaCy/Prodigy style, one record per document (or per sentence):
 *
 * <pre>
 * {"text": BODY, "spans": [{"start", "end", "label", "layer", "text", "attributes"?, "note"?}],
 *  "links": [{"from", "to", "type"}], "meta": {"id", "title", "split", "body_begin", "sentence"?, "sentence_begin"?}}
 * </pre>
 *
 * The record's text is the document's body (or one sentence of it), so training data holds no page boilerplate;
 * offsets are Unicode code points into that text, end exclusive, and {@code meta.body_begin} (and
 * {@code sentence_begin}) give where it starts in the document's whole text, in code points. {@code links} refer to
 * spans by their index in {@code spans} (quote → speaker, claim → claimant, quote → cue); a link whose target is
 * not in the record (its layer is not exported, or it lies in another sentence) is counted in a note. Sentences
 * come from the export's tokenization, merged where a span (a quote of several sentences) crosses them.
 * <p>
 * Reading takes such records back, {@code meta} and {@code links} optional, {@code text} of a span checked when
 * given: {@code meta.id} is the document id ({@code ID.sN} for sentence N of a per-sentence file), the span's label
 * its type, {@code attributes} and {@code note} kept, the other {@code meta} fields document metadata. A folder
 * gives its {@code .jsonl} files.
 */
public final class SpansJsonlFormat implements FormatSupport {
    public static final String ID = "spans-jsonl";
    static final String PER = "per";

    private static final List<String> RECORD_KEYS = List.of("text", "spans", "links", "meta");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Span JSONL (spaCy/Prodigy style)";
    }

    @Override
    public String description() {
        return "one JSON object per document (or sentence) per line: body text, spans with code point offsets, links, meta";
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
        return Map.of(PER, "document (default): one record per document body; sentence: one record per sentence");
    }

    @Override
    public String offsetConvention() {
        return "Unicode code points, end exclusive, into the record's \"text\": the document body (per=document) or one "
                + "sentence (per=sentence); meta.body_begin and meta.sentence_begin give that text's start in the "
                + "document's whole text, also in code points";
    }

    // ---------------------------------------------------------------------------------------------- export

    @Override
    public void write(ExportContext context, IProgressMonitor monitor) throws IOException, ExportException {
        boolean perSentence = switch (context.option(PER, "document")) {
            case "document" -> false;
            case "sentence" -> true;
            default -> throw new ExportException(
                    "option per must be 'document' or 'sentence', not '" + context.option(PER, "") + "'");
        };
        SubMonitor progress = SubMonitor.convert(monitor, "Writing " + ID, context.documentCount());
        LinkCounter links = new LinkCounter();
        try (SplitFiles files = SplitFiles.open(context)) {
            // Code points (and sentences) are found for several documents at once while the one before is written.
            context.forEachDocumentConcurrently(document -> prepare(context, document, perSentence), (document, prepared) -> {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                JsonlWriter out = files.of(document.split());
                if (perSentence) {
                    writeSentences(context, document, prepared, out, links);
                } else {
                    Record record = new Record(document, document.body(), document.spans(), -1);
                    record.write(context, prepared.codePoints(), out, links);
                }
                progress.worked(1);
            });
        }
        links.report(context);
    }

    /** What a document's records are cut from: its code points and, per sentence, its sentences. */
    private record Prepared(CodePoints codePoints, List<TextRegion> sentences) {
    }

    private static Prepared prepare(ExportContext context, ExportDocument document, boolean perSentence) {
        List<TextRegion> sentences = perSentence ? SentenceRegions.keepingSpansWhole(context.tokenization()
                .sentences(document.id(), document.text(), document.body(), List.of()), document.spans()) : null;
        return new Prepared(CodePoints.of(document.text()), sentences);
    }

    private static void writeSentences(ExportContext context, ExportDocument document, Prepared prepared,
            JsonlWriter out, LinkCounter links) throws IOException, ExportException {
        List<TextRegion> sentences = prepared.sentences();
        CodePoints codePoints = prepared.codePoints();
        int next = 0; // spans and sentences are both in text order
        for (int index = 0; index < sentences.size(); index++) {
            TextRegion sentence = sentences.get(index);
            List<SpanAnnotation> inside = new ArrayList<>();
            while (next < document.spans().size() && document.spans().get(next).getBegin() < sentence.end()) {
                SpanAnnotation span = document.spans().get(next++);
                if (span.getBegin() >= sentence.begin() && span.getEnd() <= sentence.end()) {
                    inside.add(span);
                } else {
                    context.report().notCarried(document, span, ID + ": lies outside every sentence");
                }
            }
            new Record(document, sentence, inside, index).write(context, codePoints, out, links);
        }
        while (next < document.spans().size()) {
            context.report().notCarried(document, document.spans().get(next++), ID + ": lies outside every sentence");
        }
    }

    /** One output record: an excerpt of a document (its body or a sentence) with the spans inside it. */
    private record Record(ExportDocument document, TextRegion excerpt, List<SpanAnnotation> spans, int sentence) {

        void write(ExportContext context, CodePoints codePoints, JsonlWriter out, LinkCounter links)
                throws IOException, ExportException {
            ExcerptOffsets offsets = new ExcerptOffsets(document.text(), codePoints, excerpt);
            JsonGenerator json = out.generator();
            json.writeStartObject();
            json.writeStringField("text", offsets.text());
            json.writeArrayFieldStart("spans");
            for (SpanAnnotation span : spans) {
                String exported = offsets.slice(span);
                context.verify(document, span, exported);
                json.writeStartObject();
                json.writeNumberField("start", offsets.start(span));
                json.writeNumberField("end", offsets.end(span));
                json.writeStringField("label", span.getLabel());
                json.writeStringField("layer", span.getLayer());
                json.writeStringField("text", exported);
                if (!span.getAttributes().isEmpty()) {
                    json.writeObjectFieldStart("attributes");
                    // sorted, so that the same annotations always give the same bytes
                    for (Map.Entry<String, String> attribute : new TreeMap<>(span.getAttributes().map()).entrySet()) {
                        json.writeStringField(attribute.getKey(), attribute.getValue());
                    }
                    json.writeEndObject();
                }
                if (span.getNote() != null) {
                    json.writeStringField("note", span.getNote());
                }
                json.writeEndObject();
                context.report().carried(document, span);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("links");
            Map<SpanAnnotation, Integer> indexes = null; // made at the first link: most records have none
            for (int from = 0; from < spans.size(); from++) {
                for (Link link : spans.get(from).getLinks()) {
                    if (indexes == null) {
                        indexes = indexes(spans);
                    }
                    Integer target = indexes.get(link.getTarget());
                    if (target == null) {
                        links.missingTarget++;
                        continue;
                    }
                    json.writeStartObject();
                    json.writeNumberField("from", from);
                    json.writeNumberField("to", target);
                    json.writeStringField("type", link.getType());
                    json.writeEndObject();
                    links.written++;
                }
            }
            json.writeEndArray();
            json.writeObjectFieldStart("meta");
            json.writeStringField("id", document.id());
            json.writeStringField("title", document.document().getTitle());
            json.writeStringField("split", document.split());
            json.writeNumberField("body_begin", codePoints.toCodePoint(document.body().begin()));
            if (sentence >= 0) {
                json.writeNumberField("sentence", sentence);
                json.writeNumberField("sentence_begin", offsets.excerptStart());
            }
            json.writeEndObject();
            json.writeEndObject();
            out.endRecord();
        }

        /** Each span's index in the record. */
        private static Map<SpanAnnotation, Integer> indexes(List<SpanAnnotation> spans) {
            Map<SpanAnnotation, Integer> indexes = new IdentityHashMap<>(spans.size());
            for (int i = 0; i < spans.size(); i++) {
                indexes.put(spans.get(i), i);
            }
            return indexes;
        }
    }

    /** Links written, and links whose target is not in the same record (another layer, or another sentence). */
    private static final class LinkCounter {
        int written;
        int missingTarget;

        void report(ExportContext context) {
            if (missingTarget > 0) {
                context.report().note(ID + ": " + missingTarget + " of " + (written + missingTarget)
                        + " links not written because their target is not in the same record (its layer is not "
                        + "exported, or it lies in another sentence)");
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
        CodePointText text = new CodePointText(record.requiredString(object, "text", "the record"));
        List<JsonNode> spanNodes = record.optionalArray(object, "spans", "the record");
        List<ReadSpan> spans = new ArrayList<>(spanNodes.size());
        for (int i = 0; i < spanNodes.size(); i++) {
            spans.add(readSpan(record, text, spanNodes.get(i), i));
        }
        List<ReadLink> links = new ArrayList<>();
        List<JsonNode> linkNodes = record.optionalArray(object, "links", "the record");
        for (int i = 0; i < linkNodes.size(); i++) {
            JsonNode link = linkNodes.get(i);
            String where = "link " + i;
            if (!link.isObject()) {
                throw record.problem(where + " is " + JsonRecord.kind(link) + ", not an object");
            }
            int from = spanIndex(record, link, "from", where, spans.size());
            int to = spanIndex(record, link, "to", where, spans.size());
            links.add(new ReadLink(record.requiredString(link, "type", where), Integer.toString(from), Integer.toString(to),
                    record.line()));
        }
        JsonNode meta = record.optionalObject(object, "meta", "the record");
        Map<String, String> metadata = new LinkedHashMap<>();
        String id = null;
        if (meta != null) {
            id = record.optionalId(meta, "id", "meta");
            JsonRecord.collectMetadata(meta, metadata, List.of("id"));
            if (id != null && meta.hasNonNull("sentence")) {
                // a sentence is not the document: give it an id of its own
                id = id + ".s" + meta.get("sentence").asText();
            }
        }
        JsonRecord.collectMetadata(object, metadata, RECORD_KEYS);
        // "spans": [] says "nothing here"; a record without the key carries only its text.
        return new ReadDocument(id, text.text(), spans, links, metadata, record.file(), object.has("spans"));
    }

    private static ReadSpan readSpan(JsonRecord record, CodePointText text, JsonNode span, int index)
            throws AnnotationImportException {
        String where = "span " + index;
        if (!span.isObject()) {
            throw record.problem(where + " is " + JsonRecord.kind(span) + ", not an object");
        }
        int start = record.requiredInt(span, "start", where);
        int end = record.requiredInt(span, "end", where);
        String label = record.requiredString(span, "label", where);
        String spanText = span.hasNonNull("text") ? record.requiredString(span, "text", where) : null;
        int[] range = text.toUtf16(record, where, start, end, spanText);
        if (span.hasNonNull("layer")) {
            record.requiredString(span, "layer", where); // checked, but the import places spans by label
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        JsonNode attributeNode = record.optionalObject(span, "attributes", where);
        if (attributeNode != null) {
            for (Map.Entry<String, JsonNode> field : attributeNode.properties()) {
                if (!field.getValue().isTextual()) {
                    throw record.problem(where + ": attribute \"" + field.getKey() + "\" is "
                            + JsonRecord.kind(field.getValue()) + ", not a string");
                }
                attributes.put(field.getKey(), field.getValue().textValue());
            }
        }
        String note = span.hasNonNull("note") ? record.requiredString(span, "note", where) : null;
        return new ReadSpan(Integer.toString(index), label, range[0], range[1], attributes, note,
                record.line());
    }

    private static int spanIndex(JsonRecord record, JsonNode link, String field, String where, int spanCount)
            throws AnnotationImportException {
        int index = record.requiredInt(link, field, where);
        if (index < 0 || index >= spanCount) {
            throw record.problem(where + ": \"" + field + "\" " + index + " is not the index of a span (the record has "
                    + spanCount + ")");
        }
        return index;
    }
}
