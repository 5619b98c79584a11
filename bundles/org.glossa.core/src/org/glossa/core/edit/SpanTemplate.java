package org.glossa.core.edit;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A span to create together with its attributes, note and links, e.g. an annotator's version adopted into gold.
 * Links point at another template of the same request or at a span that is already in the target set.
 */
public record SpanTemplate(String layer, String label, int begin, int end, Map<String, String> attributes, String note,
        List<LinkTemplate> links, List<IncomingLink> incoming) {

    public SpanTemplate {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(label, "label");
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
        links = List.copyOf(links == null ? List.of() : links);
        incoming = List.copyOf(incoming == null ? List.of() : incoming);
    }

    public SpanTemplate(String layer, String label, int begin, int end, Map<String, String> attributes, String note,
            List<LinkTemplate> links) {
        this(layer, label, begin, end, attributes, note, links, List.of());
    }

    public SpanTemplate withLinks(List<LinkTemplate> newLinks) {
        return new SpanTemplate(layer, label, begin, end, attributes, note, newLinks, incoming);
    }

    public SpanTemplate withIncoming(List<IncomingLink> newIncoming) {
        return new SpanTemplate(layer, label, begin, end, attributes, note, links, newIncoming);
    }

    /** A link from a span already in the set to the new span (e.g. a gold quote's speaker link, moved to the new speaker). */
    public record IncomingLink(org.glossa.model.SpanAnnotation source, String type) {

        public IncomingLink {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(type, "type");
        }
    }

    /** A link of a template: to the template at {@code templateIndex} of the same request, or to {@code existing}. */
    public record LinkTemplate(String type, int templateIndex, org.glossa.model.SpanAnnotation existing) {

        public LinkTemplate {
            Objects.requireNonNull(type, "type");
            if ((templateIndex >= 0) == (existing != null)) {
                throw new IllegalArgumentException("a link template points at either a template or an existing span");
            }
        }

        public static LinkTemplate toTemplate(String type, int templateIndex) {
            return new LinkTemplate(type, templateIndex, null);
        }

        public static LinkTemplate toSpan(String type, org.glossa.model.SpanAnnotation existing) {
            return new LinkTemplate(type, -1, Objects.requireNonNull(existing, "existing"));
        }
    }
}
