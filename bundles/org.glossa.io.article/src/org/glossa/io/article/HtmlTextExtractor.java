package org.glossa.io.article;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.glossa.text.TextRegion;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Extracts the visible text of an HTML page with jsoup, laid out as a reader sees it, plus its metadata. */
final class HtmlTextExtractor {

    /** Never visible as text; select/textarea would only add option lists. */
    private static final String INVISIBLE = "script, style, noscript, template, svg, math, iframe, object, embed, "
            + "canvas, select, textarea, [hidden], [aria-hidden=true]";
    private static final Set<String> PARAGRAPH_BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "header", "footer", "nav",
            "main", "aside", "blockquote", "figure", "figcaption", "ul", "ol", "dl", "table", "form", "pre",
            "address", "hr", "details", "summary", "fieldset", "hgroup", "center", "body");
    private static final Set<String> LINE_BLOCKS = Set.of(
            "li", "dt", "dd", "tr", "caption", "legend", "option", "menuitem");
    private static final Set<String> CELLS = Set.of("td", "th");

    HtmlExtraction extract(String html) {
        Document page = Jsoup.parse(html);
        HtmlMetadata metadata = HtmlMetadata.read(page);
        page.select(INVISIBLE).remove();
        Element seedElement = seedElement(page);
        Layout layout = new Layout(seedElement);
        NodeTraversor.traverse(layout, page.body());

        Element h1 = seedElement != null && seedElement.selectFirst("h1") != null
                ? seedElement.selectFirst("h1") : page.selectFirst("h1");
        String headline = h1 == null ? null : h1.text();
        String title = firstNonBlank(metadata.ogTitle(), metadata.documentTitle(), headline);
        Map<String, String> extra = new LinkedHashMap<>();
        putIfPresent(extra, "description", metadata.description());
        putIfPresent(extra, "siteName", metadata.siteName());
        putIfPresent(extra, "url", metadata.url());
        return new HtmlExtraction(layout.assembler.text(), layout.seedRegion(), title, headline,
                metadata.date(), metadata.language(), extra);
    }

    /** The element that says "this is the article": the first {@code <article>}, else {@code <main>}. */
    private static Element seedElement(Document page) {
        Element article = page.selectFirst("article");
        if (article != null) {
            return article;
        }
        return page.selectFirst("main, [role=main]");
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }

    /** Walks the DOM and feeds the {@link TextAssembler}; records where the seed element's text lies. */
    private static final class Layout implements NodeVisitor {
        final TextAssembler assembler = new TextAssembler();
        private final Element seed;
        private int preDepth;
        private int seedBegin = -1;
        private int seedEnd = -1;

        Layout(Element seed) {
            this.seed = seed;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                if (preDepth > 0) {
                    assembler.preformatted(textNode.getWholeText());
                } else {
                    assembler.text(textNode.getWholeText());
                }
            } else if (node instanceof Element element) {
                if (element == seed) {
                    assembler.markNextText();
                }
                boundary(element);
                if (element.nameIs("pre")) {
                    preDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element.nameIs("pre")) {
                    preDepth--;
                }
                if (!element.nameIs("br")) { // a <br> breaks once, not on entry and exit
                    boundary(element);
                }
                if (element == seed) {
                    seedBegin = assembler.mark();
                    seedEnd = assembler.length();
                }
            }
        }

        private void boundary(Element element) {
            String name = element.normalName();
            if (name.equals("br")) {
                assembler.hardBreak();
            } else if (PARAGRAPH_BLOCKS.contains(name)) {
                assembler.paragraphBreak();
            } else if (LINE_BLOCKS.contains(name)) {
                assembler.lineBreak();
            } else if (CELLS.contains(name)) {
                assembler.space();
            }
        }

        TextRegion seedRegion() {
            return seedBegin >= 0 && seedEnd > seedBegin ? new TextRegion(seedBegin, seedEnd) : null;
        }
    }
}
