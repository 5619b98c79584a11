package org.glossa.io.article;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.glossa.text.TextRegion;

/**
 * One article as read from a file: its normalised text and what the importer found out about it.
 *
 * @param suggestedId the file's base name without extension
 * @param title       the headline; the suggested id when no headline was found
 * @param text        the decoded text with line endings normalised to {@code \n}; for HTML the extracted text
 * @param body        the article proper inside {@code text} (menus, bylines, related-article lists outside)
 * @param source      the file path as it was given to the reader
 * @param format      {@code "text"} or {@code "html"}
 * @param charset     the charset the bytes were decoded with, e.g. {@code UTF-8}, {@code windows-1252}
 * @param language    a BCP 47 language tag, or {@code null} when not known
 * @param date        the publication date as ISO-8601 {@code yyyy-MM-dd}, or {@code null}
 * @param contentHash lowercase hex SHA-256 of {@code text} encoded as UTF-8
 * @param metadata    further facts, in insertion order: at least {@code sourceFile} and {@code bytes}
 */
public record ImportedArticle(String suggestedId, String title, String text, TextRegion body,
        String source, String format, String charset, String language,
        String date, String contentHash, Map<String, String> metadata) {

    public static final String FORMAT_TEXT = "text";
    public static final String FORMAT_HTML = "html";

    public ImportedArticle {
        Objects.requireNonNull(suggestedId, "suggestedId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(body, "body");
        if (body.end() > text.length()) {
            throw new IllegalArgumentException("body " + body + " exceeds text length " + text.length());
        }
        // Keep the caller's order (it is shown to users) but make the map immutable.
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** The text of the body region. */
    public String bodyText() {
        return body.coveredText(text);
    }
}
