package org.glossa.core.ops;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.glossa.core.format.ReadDocument;
import org.glossa.core.format.ReadDocument.ReadLink;
import org.glossa.core.format.ReadDocument.ReadSpan;
import org.glossa.core.ops.ImportAnnotationsIssues.Location;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.AttributeKind;
import org.glossa.model.Layer;
import org.glossa.model.LinkType;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;
import org.glossa.model.query.Spans;
import org.glossa.model.validation.AttributeValues;

/**
 * Writes checked read documents into an annotation set: spans by the {@link ImportAnnotationsMapping}, their
 * attributes and notes, and links. The import runs it twice with the same decisions: on copies, collecting
 * issues, and then on the project's sets.
 */
final class ImportAnnotationsWriter {
    static final class Counts {
        int spans;
        int links;
        int alreadyPresent;
    }

    private final AnnotationSchema schema;
    private final ImportAnnotationsMapping mapping;
    private final String annotator;
    private final AttributeMapping attributes;

    /** @param defaultLayer the layer of types that do not name a layer */
    ImportAnnotationsWriter(AnnotationSchema schema, String defaultLayer, String annotator, AttributeMapping attributes) {
        this.schema = schema;
        this.mapping = new ImportAnnotationsMapping(schema, SchemaQuery.layer(schema, defaultLayer).orElseThrow());
        this.annotator = annotator;
        this.attributes = attributes;
    }

    /**
     * Adds a target's spans and links to a set; a span (or link) the set already has is not added twice. A new set
     * of a document the files annotate moves to in progress, even without spans.
     *
     * @param origins receives the file and line of each span added, by span id, for messages
     */
    Counts write(AnnotationSet set, ImportAnnotationsTarget target, ImportAnnotationsIssues issues,
            Map<String, Location> origins) {
        Map<String, SpanAnnotation> present = new HashMap<>();
        for (SpanAnnotation span : set.getSpans()) {
            present.putIfAbsent(identity(span.getLayer(), span.getLabel(), span.getBegin(), span.getEnd()), span);
        }
        Counts counts = new Counts();
        for (ReadDocument read : target.reads()) {
            Map<String, SpanAnnotation> byKey = new HashMap<>();
            for (ReadSpan readSpan : read.spans()) {
                ImportAnnotationsMapping.Placement placement = mapping.place(readSpan.type()).orElseThrow();
                String layer = placement.layer().getName();
                String identity = identity(layer, placement.label(), readSpan.begin(), readSpan.end());
                SpanAnnotation existing = present.get(identity);
                if (existing != null) {
                    byKey.put(readSpan.key(), existing);
                    counts.alreadyPresent++;
                    continue;
                }
                SpanAnnotation span = Spans.add(set, layer, placement.label(), readSpan.begin(), readSpan.end(),
                        annotator, Origin.IMPORTED);
                setAttributes(span, placement.layer(), readSpan, read.file(), issues);
                if (readSpan.note() != null && !readSpan.note().isBlank()) {
                    span.setNote(readSpan.note());
                }
                present.put(identity, span);
                byKey.put(readSpan.key(), span);
                origins.put(span.getId(), new Location(read.file(), readSpan.line()));
                counts.spans++;
            }
            for (ReadLink link : read.links()) {
                addLink(byKey.get(link.from()), byKey.get(link.to()), link, read.file(), issues, counts);
            }
        }
        if (target.annotated() && set.getStatus() == AnnotationStatus.NEW) {
            // As when an annotator makes the first span; a document the file marks with no spans gets its set too
            // ("nothing to mark here"), and the new status is what makes the store write it.
            set.setStatus(AnnotationStatus.IN_PROGRESS);
        }
        return counts;
    }

    private void setAttributes(SpanAnnotation span, Layer layer, ReadSpan readSpan, Path file,
            ImportAnnotationsIssues issues) {
        if (readSpan.attributes() == null) {
            return;
        }
        Map<String, String> givenBy = new HashMap<>(); // schema attribute → the file's name that gave it
        readSpan.attributes().forEach((name, value) -> {
            int line = readSpan.attributeLine(name);
            Optional<String> mapped = attributes.mappedName(name);
            String schemaName = mapped.orElse(name);
            Optional<AttributeDefinition> definition = ImportAnnotationsMapping.attribute(layer, schemaName);
            if (definition.isEmpty()) {
                issues.warnOrError(file, line, unknownAttribute(name, mapped, layer));
                return;
            }
            AttributeDefinition attribute = definition.get();
            String previous = givenBy.putIfAbsent(attribute.getName(), name);
            if (previous != null) {
                issues.error(file, line, "attributes '" + previous + "' and '" + name + "' of one span both give '"
                        + attribute.getName() + "'");
                return;
            }
            String mappedValue = attributes.value(attribute.getName(), value);
            // A binary attribute (brat "A1 Negation T3") carries no value: it is set.
            String checked = mappedValue == null && attribute.getKind() == AttributeKind.BOOLEAN ? "true" : mappedValue;
            if (checked == null) {
                return;
            }
            if (!AttributeValues.isValid(attribute, checked)) {
                // Skipping it would leave the schema's default in exports: wrong training data, so it stops the import.
                issues.error(file, line, "value '" + checked + "' of attribute '" + name + "' is not valid for attribute '"
                        + attribute.getName() + "' of layer " + layer.getName() + " (" + AttributeValues.describe(attribute)
                        + "); map it to one with --map-value " + attribute.getName() + ":" + checked + "=VALUE");
                return;
            }
            span.getAttributes().put(attribute.getName(), checked);
        });
    }

    /** Says what was skipped and, when the layer has attributes, how to read the name as one of them. */
    private static String unknownAttribute(String name, Optional<String> mapped, Layer layer) {
        if (mapped.isPresent()) {
            return "attribute '" + name + "' (mapped to '" + mapped.get() + "') is not defined in layer " + layer.getName()
                    + "; its values were skipped";
        }
        String message = "attribute '" + name + "' is not defined in layer " + layer.getName() + "; its values were skipped";
        if (layer.getAttributes().isEmpty()) {
            return message;
        }
        List<String> names = layer.getAttributes().stream().map(AttributeDefinition::getName).toList();
        return message + " (if it is another name for one of " + String.join(", ", names) + ", import with --map-attribute "
                + name + "=" + (names.size() == 1 ? names.get(0) : "NAME") + ")";
    }

    private void addLink(SpanAnnotation from, SpanAnnotation to, ReadLink link,
            Path file, ImportAnnotationsIssues issues, Counts counts) {
        Layer fromLayer = SchemaQuery.layer(schema, from.getLayer()).orElseThrow();
        Layer toLayer = SchemaQuery.layer(schema, to.getLayer()).orElseThrow();
        SpanAnnotation source = from;
        SpanAnnotation target = to;
        Optional<LinkType> type = ImportAnnotationsMapping.linkType(fromLayer, link.type())
                .filter(t -> ImportAnnotationsMapping.allowsTarget(t, to.getLayer()));
        if (type.isEmpty()) {
            // Some tools write the relation from the speaker to the quote.
            type = ImportAnnotationsMapping.linkType(toLayer, link.type())
                    .filter(t -> ImportAnnotationsMapping.allowsTarget(t, from.getLayer()));
            if (type.isEmpty()) {
                issues.warnOrError(file, link.line(), "relation '" + link.type() + "' from " + fromLayer.getName()
                        + " to " + toLayer.getName() + " is not a link type of the schema ("
                        + describeLinks(fromLayer) + "); skipped");
                return;
            }
            source = to;
            target = from;
            issues.warn(file, link.line(), "relation '" + link.type() + "' from " + fromLayer.getName() + " to "
                    + toLayer.getName() + " was taken as the link '" + type.get().getName() + "' of the "
                    + toLayer.getName());
        }
        String name = type.get().getName();
        SpanAnnotation linkTarget = target;
        if (source.getLinks().stream().anyMatch(l -> name.equals(l.getType()) && l.getTarget() == linkTarget)) {
            counts.alreadyPresent++;
            return;
        }
        if (!type.get().isMultiple() && source.getLinks().stream().anyMatch(l -> name.equals(l.getType()))) {
            // The project's schema is the user's: it is not changed behind their back, but they are told how.
            issues.warnOrError(file, link.line(), "a " + source.getLayer() + " span has a second '" + name
                    + "' link but the project's schema allows one; the second was skipped. To keep them all (a quote"
                    + " several people made), allow several in the schema: Schema > Edit Schema..., select the link '"
                    + name + "' of " + source.getLayer() + ", press 'One or several links', and import again");
            return;
        }
        Spans.link(source, name, target);
        counts.links++;
    }

    private static String describeLinks(Layer layer) {
        if (layer.getLinkTypes().isEmpty()) {
            return layer.getName() + " has no links";
        }
        return "links of " + layer.getName() + ": " + String.join(", ", layer.getLinkTypes().stream()
                .map(t -> t.getName() + " → " + String.join("/", t.getTargetLayers().stream().map(Layer::getName).toList()))
                .toList());
    }

    private static String identity(String layer, String label, int begin, int end) {
        return layer + '\u0000' + label + '\u0000' + begin + '\u0000' + end;
    }

}
