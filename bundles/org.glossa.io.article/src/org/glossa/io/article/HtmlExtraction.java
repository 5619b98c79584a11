package org.glossa.io.article;

import java.util.Map;

import org.glossa.text.TextRegion;

/**
 * What {@link HtmlTextExtractor} got out of a page.
 *
 * @param text     the visible text, laid out in lines and paragraphs
 * @param seed     where the page's {@code <article>} (or {@code <main>}) lies in {@code text}, or null
 * @param title    og:title, else {@code <title>}, else the first h1; null when the page has none
 * @param headline the first h1 (inside the seed when there is one), used to find the headline line; or null
 * @param date     the publication date as ISO yyyy-MM-dd, or null
 * @param language the {@code <html lang>} tag, or null
 * @param metadata description, site name and canonical URL when the page gives them
 */
record HtmlExtraction(String text, TextRegion seed, String title, String headline, String date, String language,
        Map<String, String> metadata) {
}
