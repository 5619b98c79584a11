package org.glossa.io.article;

import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The facts a page states about itself in its head and markup. */
record HtmlMetadata(String ogTitle, String documentTitle, String date, String language, String description,
        String siteName, String url) {

    /** Publication date sources, most specific first. */
    private static final String[] DATE_SOURCES = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "time[datetime]", "meta[name=date]", "meta[name=pubdate]",
        "meta[name=dc.date]", "meta[name=DC.date.issued]"
    };

    static HtmlMetadata read(Document page) {
        String language = page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang").strip();
        return new HtmlMetadata(
                content(page, "meta[property=og:title], meta[name=og:title]"),
                page.title(),
                publicationDate(page),
                language == null || language.isEmpty() ? null : language.replace('_', '-'),
                content(page, "meta[name=description]"),
                content(page, "meta[property=og:site_name]"),
                Optional.ofNullable(page.selectFirst("link[rel=canonical][href]")).map(link -> link.attr("href"))
                        .orElse(content(page, "meta[property=og:url]")));
    }

    private static String publicationDate(Document page) {
        for (String source : DATE_SOURCES) {
            for (Element element : page.select(source)) {
                String value = element.hasAttr("content") ? element.attr("content") : element.attr("datetime");
                Optional<String> iso = DateDetector.findIso(value);
                if (iso.isPresent()) {
                    return iso.get();
                }
            }
        }
        return null;
    }

    private static String content(Document page, String selector) {
        Element element = page.selectFirst(selector);
        if (element == null) {
            return null;
        }
        String value = element.attr("content").strip();
        return value.isEmpty() ? null : value;
    }
}
