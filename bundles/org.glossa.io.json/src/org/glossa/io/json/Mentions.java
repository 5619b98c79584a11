package org.glossa.io.json;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportDocument;
import org.glossa.core.format.ExportException;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;
import org.glossa.model.query.Spans;
import org.glossa.text.CodePoints;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes the spans of the attribution formats (quotes, claims) and the spans they link to: each as its span id,
 * verified text and code point offsets into the document body. A linked span outside the body (a speaker named in
 * a byline) keeps its text but gets null offsets, since the records' offsets count from the body.
 */
final class Mentions {
    /** The Entity attribute that holds a person's or organisation's normalised name. */
    static final String CANONICAL = "canonical";

    private final ExportContext context;
    private final ExportDocument document;
    private final ExcerptOffsets offsets;
    private final AttributionCounts counts;

    Mentions(ExportContext context, ExportDocument document, AttributionCounts counts) {
        this.context = context;
        this.document = document;
        this.offsets = new ExcerptOffsets(document.text(), CodePoints.of(document.text()), document.body());
        this.counts = counts;
    }

    /** The document fields and the record's own span: {@code document, split, span, text, start, end}. */
    void writeRecordStart(JsonGenerator json, SpanAnnotation span) throws IOException, ExportException {
        json.writeStringField("document", document.id());
        json.writeStringField("split", document.split());
        writeSpan(json, span);
        context.report().carried(document, span);
    }

    /** {@code span, text, start, end} of a span. */
    void writeSpan(JsonGenerator json, SpanAnnotation span) throws IOException, ExportException {
        // inside the body the text is what the offsets give; outside, there is nothing to slice
        String text = offsets.contains(span) ? offsets.slice(span) : document.coveredText(span);
        context.verify(document, span, text);
        json.writeStringField("span", span.getId());
        json.writeStringField("text", text);
        if (offsets.contains(span)) {
            json.writeNumberField("start", offsets.start(span));
            json.writeNumberField("end", offsets.end(span));
        } else {
            json.writeNullField("start");
            json.writeNullField("end");
            counts.outsideBody++;
        }
    }

    /** A speaker-like mention: {@code span, text, start, end, label, canonical}. */
    void writeEntity(JsonGenerator json, SpanAnnotation entity) throws IOException, ExportException {
        json.writeStartObject();
        writeSpan(json, entity);
        json.writeStringField("label", entity.getLabel());
        json.writeStringField(CANONICAL, canonical(entity));
        json.writeEndObject();
    }

    /** The entity's {@code canonical} attribute, else the text it covers. */
    String canonical(SpanAnnotation entity) {
        String canonical = entity.getAttributes().get(CANONICAL);
        return canonical != null && !canonical.isBlank() ? canonical : document.coveredText(entity);
    }

    /**
     * The targets of all the span's links of this type (a quote's speakers), in document order: the order the
     * links were made in says nothing, and document order keeps exports of the same annotations identical.
     */
    List<SpanAnnotation> targets(SpanAnnotation source, String type) {
        return source.getLinks().stream().filter(l -> type.equals(l.getType()) && l.getTarget() != null)
                .map(Link::getTarget).distinct().sorted(Spans.DOCUMENT_ORDER.thenComparing(SpanAnnotation::getId)).toList();
    }

    /** Writes {@code field: [entity, ...]} for the span's targets of the link type; returns how many. */
    int writeEntities(JsonGenerator json, String field, SpanAnnotation source, String type) throws IOException, ExportException {
        List<SpanAnnotation> targets = targets(source, type);
        json.writeArrayFieldStart(field);
        for (SpanAnnotation target : targets) {
            writeEntity(json, target);
        }
        json.writeEndArray();
        return targets.size();
    }

    /** The target of the span's first link of this type, or null; more than one such link is counted. */
    SpanAnnotation target(SpanAnnotation source, String type) {
        List<Link> links = source.getLinks().stream().filter(l -> type.equals(l.getType()) && l.getTarget() != null).toList();
        if (links.size() > 1) {
            counts.extraLinks += links.size() - 1;
        }
        return links.isEmpty() ? null : links.get(0).getTarget();
    }

    /**
     * The span's attribute values with the schema's defaults filled in: the layer's attributes in schema order,
     * then any others by name.
     */
    Map<String, String> attributes(SpanAnnotation span) {
        Map<String, String> values = new LinkedHashMap<>();
        SchemaQuery.layer(context.schema(), span.getLayer()).ifPresent(layer -> {
            for (AttributeDefinition definition : layer.getAttributes()) {
                String value = span.getAttributes().get(definition.getName());
                values.put(definition.getName(), value != null ? value : definition.getDefaultValue());
            }
        });
        new TreeMap<>(span.getAttributes().map()).forEach(values::putIfAbsent);
        return values;
    }

    static void writeAttributes(JsonGenerator json, Map<String, String> attributes) throws IOException {
        json.writeObjectFieldStart("attributes");
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            json.writeStringField(attribute.getKey(), attribute.getValue());
        }
        json.writeEndObject();
    }

    /** What the attribution formats tell the user after writing. */
    static final class AttributionCounts {
        int records;
        int withoutTarget;
        int outsideBody;
        int extraLinks;
        int otherSpans;
    }
}
