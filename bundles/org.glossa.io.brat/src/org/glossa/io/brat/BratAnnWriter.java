package org.glossa.io.brat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportDocument;
import org.glossa.core.format.ExportException;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.AttributeKind;
import org.glossa.model.Layer;
import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;
import org.glossa.text.CodePoints;

/**
 * One document's {@code .ann} file:
 * <ul>
 * <li>{@code T} lines, in document order: {@code T1<TAB>LABEL START END<TAB>text}, offsets in code points; a
 * span that crosses line breaks is written as fragments between them ({@code START END;START END}) with the
 * fragment texts joined by single spaces, as brat does;</li>
 * <li>then per span its choice and boolean attributes as {@code A} lines ({@code A1<TAB>type T3 direct},
 * {@code A2<TAB>flag T3} for true; false is brat's absent binary attribute), its other attributes (free text,
 * numbers) as {@code #} lines typed with the attribute name ({@code #1<TAB>canonical T3<TAB>Kim Yung-ho}), and its
 * note as {@code #2<TAB>AnnotatorNotes T3<TAB>note};</li>
 * <li>then the links as {@code R} lines named after the link type: {@code R1<TAB>speaker Arg1:T3 Arg2:T5}, Arg1
 * the span that has the link (quote, claim), Arg2 its target (speaker, claimant, cue).</li>
 * </ul>
 * Not thread-safe: one per export.
 */
final class BratAnnWriter {
    private static final int EXAMPLES = 3;
    private static final String NOTES = "AnnotatorNotes";

    private final ExportContext context;
    private int linksWithoutTarget;
    private final List<String> linkExamples = new ArrayList<>();
    private int valuesOnOneLine;

    BratAnnWriter(ExportContext context) {
        this.context = context;
    }

    String write(ExportDocument document) throws ExportException {
        String text = document.text();
        CodePoints codePoints = CodePoints.of(text);
        Map<SpanAnnotation, String> ids = new IdentityHashMap<>();
        StringBuilder ann = new StringBuilder();
        for (SpanAnnotation span : document.spans()) {
            List<int[]> fragments = BratLines.fragments(text, span.getBegin(), span.getEnd());
            if (fragments.isEmpty()) {
                context.report().notCarried(document, span, "covers only line breaks: brat has no text to show");
                continue;
            }
            if (fragments.get(0)[0] != span.getBegin() || fragments.get(fragments.size() - 1)[1] != span.getEnd()) {
                context.report().notCarried(document, span, "begins or ends with a line break, which brat's fragments cannot hold");
                continue;
            }
            String id = "T" + (ids.size() + 1);
            ids.put(span, id);
            ann.append(id).append('\t').append(name(span.getLabel(), "label", document)).append(' ')
                    .append(offsets(document, span, fragments, codePoints)).append('\t')
                    .append(referenceText(text, fragments)).append('\n');
            context.report().carried(document, span);
        }
        int attributeNumber = 0;
        int noteNumber = 0;
        for (SpanAnnotation span : document.spans()) {
            String id = ids.get(span);
            if (id == null) {
                continue;
            }
            for (Map.Entry<String, String> attribute : attributesInSchemaOrder(span)) {
                String name = name(attribute.getKey(), "attribute", document);
                String value = attribute.getValue();
                Optional<AttributeDefinition> definition = definition(span, attribute.getKey());
                AttributeKind kind = definition.map(AttributeDefinition::getKind).orElse(AttributeKind.TEXT);
                if (kind == AttributeKind.BOOLEAN && ("true".equals(value) || "false".equals(value))) {
                    if ("true".equals(value)) {
                        ann.append('A').append(++attributeNumber).append('\t').append(name).append(' ').append(id).append('\n');
                    }
                } else if (kind == AttributeKind.CHOICE && value != null && !value.isEmpty() && value.chars().noneMatch(Character::isWhitespace)) {
                    ann.append('A').append(++attributeNumber).append('\t').append(name).append(' ').append(id).append(' ')
                            .append(value).append('\n');
                } else if (value != null) {
                    ann.append('#').append(++noteNumber).append('\t').append(name).append(' ').append(id).append('\t')
                            .append(oneLine(value)).append('\n');
                }
            }
            if (span.getNote() != null && !span.getNote().isEmpty()) {
                ann.append('#').append(++noteNumber).append('\t').append(NOTES).append(' ').append(id).append('\t')
                        .append(oneLine(span.getNote())).append('\n');
            }
        }
        int relationNumber = 0;
        for (SpanAnnotation span : document.spans()) {
            String id = ids.get(span);
            if (id == null) {
                continue;
            }
            for (Link link : span.getLinks()) {
                String target = link.getTarget() == null ? null : ids.get(link.getTarget());
                if (target == null) {
                    noteLinkWithoutTarget(document, span, link);
                    continue;
                }
                ann.append('R').append(++relationNumber).append('\t').append(name(link.getType(), "link type", document))
                        .append(" Arg1:").append(id).append(" Arg2:").append(target).append('\n');
            }
        }
        return ann.toString();
    }

    /** Tells the report what could not be written, once for the whole export. */
    void reportTotals() {
        if (linksWithoutTarget > 0) {
            context.report().note(linksWithoutTarget + " link" + (linksWithoutTarget == 1 ? " was" : "s were")
                    + " not written because the target span is not exported (its layer or label is not selected, or it lies"
                    + " outside the body): " + String.join(", ", linkExamples) + (linksWithoutTarget > linkExamples.size() ? ", ..." : ""));
        }
        if (valuesOnOneLine > 0) {
            context.report().note(valuesOnOneLine + " note or attribute value" + (valuesOnOneLine == 1 ? "" : "s")
                    + " contained line breaks, written as spaces: brat's .ann files hold one annotation per line");
        }
    }

    private String offsets(ExportDocument document, SpanAnnotation span, List<int[]> fragments, CodePoints codePoints)
            throws ExportException {
        String text = document.text();
        StringBuilder offsets = new StringBuilder();
        StringBuilder rebuilt = new StringBuilder();
        int previousEnd = -1;
        for (int[] fragment : fragments) {
            int begin = codePoints.toCodePoint(fragment[0]);
            int end = codePoints.toCodePoint(fragment[1]);
            if (!offsets.isEmpty()) {
                offsets.append(';');
                rebuilt.append(text, previousEnd, fragment[0]); // the line breaks between fragments
            }
            offsets.append(begin).append(' ').append(end);
            // what a reader of the code point offsets gets back
            rebuilt.append(text, codePoints.toUtf16(begin), codePoints.toUtf16(end));
            previousEnd = fragment[1];
        }
        context.verify(document, span, rebuilt.toString());
        return offsets.toString();
    }

    private static String referenceText(String text, List<int[]> fragments) {
        StringBuilder reference = new StringBuilder();
        for (int[] fragment : fragments) {
            if (!reference.isEmpty()) {
                reference.append(' ');
            }
            reference.append(text, fragment[0], fragment[1]);
        }
        return reference.toString();
    }

    private List<Map.Entry<String, String>> attributesInSchemaOrder(SpanAnnotation span) {
        Optional<Layer> layer = SchemaQuery.layer(context.schema(), span.getLayer());
        List<String> order = layer.map(l -> l.getAttributes().stream().map(AttributeDefinition::getName).toList()).orElse(List.of());
        List<Map.Entry<String, String>> attributes = new ArrayList<>(span.getAttributes());
        attributes.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> {
            int index = order.indexOf(e.getKey());
            return index < 0 ? Integer.MAX_VALUE : index;
        }).thenComparing(Map.Entry::getKey));
        return attributes;
    }

    private Optional<AttributeDefinition> definition(SpanAnnotation span, String name) {
        return SchemaQuery.layer(context.schema(), span.getLayer()).flatMap(layer -> SchemaQuery.attribute(layer, name));
    }

    /** A type, attribute or relation name: brat splits its lines at white space, so none may hold any. */
    private static String name(String name, String what, ExportDocument document) throws ExportException {
        if (name == null || name.isEmpty() || name.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw new ExportException("document " + document.id() + ": the " + what + " name \"" + name
                    + "\" is empty or contains white space, which brat's .ann lines cannot hold");
        }
        return name;
    }

    private String oneLine(String value) {
        if (BratLines.hasLineBreak(value)) {
            valuesOnOneLine++;
            return BratLines.oneLine(value);
        }
        return value;
    }

    private void noteLinkWithoutTarget(ExportDocument document, SpanAnnotation span, Link link) {
        linksWithoutTarget++;
        if (linkExamples.size() < EXAMPLES) {
            SpanAnnotation target = link.getTarget();
            linkExamples.add(document.id() + " " + span.getId() + " " + link.getType() + " → "
                    + (target == null ? "(none)" : target.getId() + " (" + target.getLayer() + " " + target.getLabel() + ")"));
        }
    }
}
