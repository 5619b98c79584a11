package org.glossa.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.glossa.model.AnnotationSchema;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Annotator;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.Document;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.Link;
import org.glossa.model.LinkType;
import org.glossa.model.Project;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;

/**
 * The rules a project and its annotation sets must satisfy before they are saved: spans lie inside the text
 * with begin &lt; end, labels and attributes exist in the schema, links point at spans of an allowed layer in
 * the same set, and names are unique where files or look-ups depend on them.
 */
public final class ModelValidator {
    /** Names that become file names: no separators, no leading dot. */
    public static final Pattern FILE_SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}._-]{0,127}");
    public static final String GOLD = "gold";
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private ModelValidator() {
    }

    public static List<ModelProblem> validate(Project project) {
        List<ModelProblem> problems = new ArrayList<>();
        if (isBlank(project.getName())) {
            problems.add(new ModelProblem("project", "has no name"));
        }
        if (project.getSchema() == null) {
            problems.add(new ModelProblem("project", "has no annotation schema"));
        } else {
            validateSchema(project.getSchema(), problems);
        }
        Set<String> annotators = new HashSet<>();
        for (Annotator annotator : project.getAnnotators()) {
            String name = annotator.getName();
            if (name == null || !FILE_SAFE_NAME.matcher(name).matches() || GOLD.equals(name)) {
                problems.add(new ModelProblem("annotator '" + name + "'",
                        "name must be letters, digits, '.', '_' or '-' and not 'gold'"));
            } else if (!annotators.add(name)) {
                problems.add(new ModelProblem("annotator '" + name + "'", "is listed twice"));
            }
        }
        Set<String> ids = new HashSet<>();
        for (Document document : project.getDocuments()) {
            validateDocument(document, ids, problems);
        }
        return problems;
    }

    private static void validateDocument(Document document, Set<String> ids, List<ModelProblem> problems) {
        String id = document.getId();
        String where = "document '" + id + "'";
        if (id == null || !FILE_SAFE_NAME.matcher(id).matches()) {
            problems.add(new ModelProblem(where, "id must be letters, digits, '.', '_' or '-'"));
        } else if (!ids.add(id)) {
            problems.add(new ModelProblem(where, "id is used twice"));
        }
        int length = document.getText() != null ? document.getText().length() : document.getTextLength();
        if (document.getText() != null && document.getText().length() != document.getTextLength()) {
            problems.add(new ModelProblem(where, "text length " + document.getText().length()
                    + " differs from the recorded " + document.getTextLength()));
        }
        if (document.getBodyBegin() < 0 || document.getBodyBegin() > document.getBodyEnd()
                || document.getBodyEnd() > length) {
            problems.add(new ModelProblem(where, "body region [" + document.getBodyBegin() + ", "
                    + document.getBodyEnd() + ") is not inside the text of length " + length));
        }
    }

    private static void validateSchema(AnnotationSchema schema, List<ModelProblem> problems) {
        Set<String> layers = new HashSet<>();
        Map<String, String> hotKeys = new HashMap<>();
        for (Layer layer : schema.getLayers()) {
            String where = "layer '" + layer.getName() + "'";
            if (isBlank(layer.getName())) {
                problems.add(new ModelProblem("schema", "a layer has no name"));
            } else if (!layers.add(layer.getName())) {
                problems.add(new ModelProblem(where, "name is used twice"));
            }
            Set<String> labels = new HashSet<>();
            for (Label label : layer.getLabels()) {
                String labelWhere = where + " label '" + label.getName() + "'";
                if (isBlank(label.getName()) || label.getName().chars().anyMatch(Character::isWhitespace)) {
                    problems.add(new ModelProblem(labelWhere, "name must be non-empty and without spaces"));
                } else if (!labels.add(label.getName())) {
                    problems.add(new ModelProblem(labelWhere, "name is used twice in the layer"));
                }
                if (label.getColor() == null || !COLOR.matcher(label.getColor()).matches()) {
                    problems.add(new ModelProblem(labelWhere, "colour '" + label.getColor() + "' is not #rrggbb"));
                }
                if (!isBlank(label.getHotKey())) {
                    String key = label.getHotKey().toLowerCase();
                    String previous = hotKeys.putIfAbsent(key, layer.getName() + "." + label.getName());
                    if (previous != null) {
                        problems.add(new ModelProblem(labelWhere, "hot key '" + key + "' is already used by " + previous));
                    }
                }
            }
            for (LinkType linkType : layer.getLinkTypes()) {
                if (isBlank(linkType.getName()) || linkType.getTargetLayers().isEmpty()) {
                    problems.add(new ModelProblem(where + " link '" + linkType.getName() + "'",
                            "needs a name and at least one target layer"));
                }
            }
        }
    }

    /**
     * Validates one annotation set against the schema and its document.
     *
     * @param textLength the length of the document's text in UTF-16 units
     */
    public static List<ModelProblem> validate(AnnotationSet set, AnnotationSchema schema, int textLength) {
        List<ModelProblem> problems = new ArrayList<>();
        String setWhere = set.getDocumentId() + "/" + (set.isGold() ? GOLD : set.getAnnotator());
        Set<String> ids = new HashSet<>();
        Map<String, List<SpanAnnotation>> noOverlapLayers = new HashMap<>();
        for (SpanAnnotation span : set.getSpans()) {
            String where = setWhere + " span " + span.getId();
            if (isBlank(span.getId()) || !ids.add(span.getId())) {
                problems.add(new ModelProblem(where, "id is missing or used twice"));
            }
            if (span.getBegin() < 0 || span.getBegin() >= span.getEnd() || span.getEnd() > textLength) {
                problems.add(new ModelProblem(where, "offsets [" + span.getBegin() + ", " + span.getEnd()
                        + ") are not a non-empty range inside the text of length " + textLength));
            }
            Layer layer = SchemaQuery.layer(schema, span.getLayer()).orElse(null);
            if (layer == null) {
                problems.add(new ModelProblem(where, "layer '" + span.getLayer() + "' is not in the schema"));
                continue;
            }
            if (SchemaQuery.label(layer, span.getLabel()).isEmpty()) {
                problems.add(new ModelProblem(where, "label '" + span.getLabel() + "' is not in layer " + layer.getName()));
            }
            validateAttributes(span, layer, where, problems);
            validateLinks(span, layer, set, where, problems);
            if (!layer.isAllowOverlap()) {
                noOverlapLayers.computeIfAbsent(layer.getName(), k -> new ArrayList<>()).add(span);
            }
        }
        noOverlapLayers.forEach((layer, spans) -> validateNoOverlap(setWhere, layer, spans, problems));
        return problems;
    }

    /**
     * Validates one annotation set against the schema and its document's text: as
     * {@link #validate(AnnotationSet, AnnotationSchema, int)}, and no span begins or ends between the two halves of
     * a surrogate pair (such a span covers half a character, which no export can write).
     */
    public static List<ModelProblem> validate(AnnotationSet set, AnnotationSchema schema, CharSequence text) {
        List<ModelProblem> problems = validate(set, schema, text.length());
        String setWhere = set.getDocumentId() + "/" + (set.isGold() ? GOLD : set.getAnnotator());
        for (SpanAnnotation span : set.getSpans()) {
            int begin = span.getBegin();
            int end = span.getEnd();
            if (splitsSurrogatePair(text, begin) || splitsSurrogatePair(text, end)) {
                problems.add(new ModelProblem(setWhere + " span " + span.getId(), "offsets [" + begin + ", " + end
                        + ") split a surrogate pair (a character outside the Basic Multilingual Plane) at "
                        + (splitsSurrogatePair(text, begin) ? begin : end)));
            }
        }
        return problems;
    }

    /** Whether {@code offset} falls between a high and a low surrogate of {@code text}. */
    public static boolean splitsSurrogatePair(CharSequence text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    private static void validateAttributes(SpanAnnotation span, Layer layer, String where, List<ModelProblem> problems) {
        for (Map.Entry<String, String> value : span.getAttributes()) {
            AttributeDefinition definition = SchemaQuery.attribute(layer, value.getKey()).orElse(null);
            if (definition == null) {
                problems.add(new ModelProblem(where, "attribute '" + value.getKey() + "' is not defined in layer "
                        + layer.getName()));
            } else if (!AttributeValues.isValid(definition, value.getValue())) {
                problems.add(new ModelProblem(where, "value '" + value.getValue() + "' is not valid for attribute '"
                        + definition.getName() + "' (" + AttributeValues.describe(definition) + ")"));
            }
        }
    }

    private static void validateLinks(SpanAnnotation span, Layer layer, AnnotationSet set, String where,
            List<ModelProblem> problems) {
        Map<String, Integer> counts = new HashMap<>();
        for (Link link : span.getLinks()) {
            LinkType type = SchemaQuery.linkType(layer, link.getType()).orElse(null);
            SpanAnnotation target = link.getTarget();
            if (type == null) {
                problems.add(new ModelProblem(where, "link type '" + link.getType() + "' is not defined in layer "
                        + layer.getName()));
                continue;
            }
            counts.merge(type.getName(), 1, Integer::sum);
            if (target == null || target.eIsProxy() || target.getSet() != set) {
                problems.add(new ModelProblem(where, "link '" + link.getType()
                        + "' does not point at a span of the same annotation set"));
            } else if (type.getTargetLayers().stream().noneMatch(l -> l.getName().equals(target.getLayer()))) {
                problems.add(new ModelProblem(where, "link '" + link.getType() + "' points at span " + target.getId()
                        + " of layer " + target.getLayer() + ", which the link type does not allow"));
            }
        }
        counts.forEach((type, count) -> {
            boolean multiple = SchemaQuery.linkType(layer, type).map(LinkType::isMultiple).orElse(true);
            if (count > 1 && !multiple) {
                problems.add(new ModelProblem(where, "has " + count + " '" + type + "' links; the schema allows one"));
            }
        });
    }

    private static void validateNoOverlap(String setWhere, String layer, List<SpanAnnotation> spans,
            List<ModelProblem> problems) {
        List<SpanAnnotation> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> Integer.compare(a.getBegin(), b.getBegin()));
        for (int i = 1; i < sorted.size(); i++) {
            SpanAnnotation previous = sorted.get(i - 1);
            SpanAnnotation current = sorted.get(i);
            if (current.getBegin() < previous.getEnd()) {
                problems.add(new ModelProblem(setWhere + " span " + current.getId(), "overlaps span " + previous.getId()
                        + " but layer " + layer + " does not allow overlapping spans"));
            }
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
