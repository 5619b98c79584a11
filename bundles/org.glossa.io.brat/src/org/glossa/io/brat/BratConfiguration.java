package org.glossa.io.brat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glossa.model.AnnotationSchema;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.AttributeKind;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.LinkType;

/**
 * brat's {@code annotation.conf} and {@code visual.conf} for the exported layers and labels, so that the
 * export folder opens in brat as it is: every label an entity type, every link type a relation from the
 * labels of its layer to the labels of its target layers, overlapping spans allowed where the layer allows
 * them, choice attributes with their values and boolean attributes as binary ones (free-text and number
 * attributes are written as {@code #} lines and need no declaration); labels drawn in the schema's colours.
 */
final class BratConfiguration {
    private final List<Layer> layers = new ArrayList<>();
    private final Set<String> labels;

    /** @param labels the selected labels; empty means all labels of the layers */
    BratConfiguration(AnnotationSchema schema, List<String> layerNames, Set<String> labels) {
        for (Layer layer : schema.getLayers()) {
            if (layerNames.contains(layer.getName())) {
                layers.add(layer);
            }
        }
        this.labels = labels;
    }

    String annotationConf() {
        StringBuilder conf = new StringBuilder("# brat configuration written by Glossa from the project's schema\n\n[entities]\n\n");
        for (Layer layer : layers) {
            for (String label : labelsOf(layer)) {
                conf.append(label).append('\n');
            }
        }
        conf.append("\n[relations]\n\n");
        relations().forEach((name, arguments) -> conf.append(name).append("\tArg1:").append(String.join("|", arguments.get(0)))
                .append(", Arg2:").append(String.join("|", arguments.get(1))).append('\n'));
        if (layers.stream().anyMatch(Layer::isAllowOverlap)) {
            conf.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
        }
        conf.append("\n[events]\n\n[attributes]\n\n");
        attributes().forEach((name, declaration) -> {
            conf.append(name).append("\tArg:").append(String.join("|", declaration.types()));
            if (!declaration.values().isEmpty()) {
                conf.append(", Value:").append(String.join("|", declaration.values()));
            }
            conf.append('\n');
        });
        return conf.toString();
    }

    String visualConf() {
        StringBuilder conf = new StringBuilder("# brat display settings written by Glossa from the project's schema\n\n[labels]\n\n");
        for (Layer layer : layers) {
            for (Label label : selectedLabels(layer)) {
                String description = label.getDescription();
                boolean usable = description != null && !description.isBlank() && description.indexOf('|') < 0
                        && !BratLines.hasLineBreak(description);
                conf.append(label.getName());
                if (usable) {
                    conf.append(" | ").append(description.strip()).append(" | ").append(label.getName());
                }
                conf.append('\n');
            }
        }
        conf.append("\n[drawing]\n\nSPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken\n"
                + "ARC_DEFAULT\tcolor:black, arrowHead:triangle-5\n");
        for (Layer layer : layers) {
            for (Label label : selectedLabels(layer)) {
                if (label.getColor() != null) {
                    conf.append(label.getName()).append("\tbgColor:").append(label.getColor()).append('\n');
                }
            }
        }
        return conf.toString();
    }

    private List<Label> selectedLabels(Layer layer) {
        return layer.getLabels().stream().filter(l -> labels.isEmpty() || labels.contains(l.getName())).toList();
    }

    private List<String> labelsOf(Layer layer) {
        return selectedLabels(layer).stream().map(Label::getName).toList();
    }

    /** Relation name → [Arg1 types, Arg2 types]; link types of the same name in several layers are merged. */
    private Map<String, List<Set<String>>> relations() {
        Map<String, List<Set<String>>> relations = new LinkedHashMap<>();
        for (Layer layer : layers) {
            for (LinkType linkType : layer.getLinkTypes()) {
                Set<String> targets = new LinkedHashSet<>();
                for (Layer target : linkType.getTargetLayers()) {
                    if (layers.contains(target)) {
                        targets.addAll(labelsOf(target));
                    }
                }
                List<String> sources = labelsOf(layer);
                if (targets.isEmpty() || sources.isEmpty()) {
                    continue; // no R line can be written for it
                }
                List<Set<String>> arguments = relations.computeIfAbsent(linkType.getName(),
                        n -> List.of(new LinkedHashSet<>(), new LinkedHashSet<>()));
                arguments.get(0).addAll(sources);
                arguments.get(1).addAll(targets);
            }
        }
        return relations;
    }

    private record AttributeDeclaration(Set<String> types, Set<String> values) {
    }

    /** Attribute name → the labels it applies to and its values; only choice and boolean attributes. */
    private Map<String, AttributeDeclaration> attributes() {
        Map<String, AttributeDeclaration> attributes = new LinkedHashMap<>();
        for (Layer layer : layers) {
            for (AttributeDefinition definition : layer.getAttributes()) {
                if (definition.getKind() != AttributeKind.CHOICE && definition.getKind() != AttributeKind.BOOLEAN) {
                    continue;
                }
                List<String> types = labelsOf(layer);
                if (types.isEmpty()) {
                    continue;
                }
                AttributeDeclaration declaration = attributes.computeIfAbsent(definition.getName(),
                        n -> new AttributeDeclaration(new LinkedHashSet<>(), new LinkedHashSet<>()));
                declaration.types().addAll(types);
                if (definition.getKind() == AttributeKind.CHOICE) {
                    definition.getChoices().stream().filter(v -> !v.isEmpty() && v.chars().noneMatch(Character::isWhitespace))
                            .forEach(declaration.values()::add);
                }
            }
        }
        return attributes;
    }
}
