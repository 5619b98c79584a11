package org.glossa.core.edit;

import org.glossa.model.Document;

/**
 * A place in a document's text, found by {@link FindOccurrencesOperation}.
 *
 * @param context about 60 characters around the occurrence, including it, with line breaks as spaces
 */
public record Occurrence(Document document, int begin, int end, String context) {
}
