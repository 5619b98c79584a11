package org.glossa.io.article;

/**
 * Options for {@link ArticleReader#read}.
 *
 * @param wholeText when {@code true} the body region is the whole text instead of the detected article body
 */
public record ImportOptions(boolean wholeText) {

    /** Body detection on. */
    public static ImportOptions defaults() {
        return new ImportOptions(false);
    }
}
