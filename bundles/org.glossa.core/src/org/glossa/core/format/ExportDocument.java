package org.glossa.core.format;

import java.util.List;

import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.text.TextRegion;

/**
 * One document as an export sees it.
 *
 * @param document the project's document (id, title, metadata)
 * @param text     its whole text
 * @param body     the body region: only text and spans inside it are exported
 * @param spans    the selected source's spans of the selected layers and labels that lie inside the body, in
 *                 document order ({@link org.glossa.model.query.Spans#DOCUMENT_ORDER}); their links may point
 *                 at spans that are not in this list (other layers): formats look at the link's target
 * @param split    the split this document belongs to ({@code train}, {@code dev}, {@code test}, or {@code all})
 */
public record ExportDocument(Document document, String text, TextRegion body, List<SpanAnnotation> spans, String split) {
    public String id() {
        return document.getId();
    }

    public String coveredText(SpanAnnotation span) {
        return text.substring(span.getBegin(), span.getEnd());
    }
}
