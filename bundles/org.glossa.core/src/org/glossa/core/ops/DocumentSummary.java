package org.glossa.core.ops;

import java.util.Map;

/** One line of a corpus listing: a document's index entry and each annotator's status on it. */
public record DocumentSummary(String id, String title, int textLength, int bodyBegin, int bodyEnd, String date,
        String language, Map<String, String> statuses) {
}
