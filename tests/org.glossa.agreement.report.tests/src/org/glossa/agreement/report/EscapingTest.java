package org.glossa.agreement.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EscapingTest {

    @Test
    void htmlTextAndAttributes() {
        assertEquals("a &lt;b&gt; &amp; \"c\" 'd'", HtmlEscaping.text("a <b> & \"c\" 'd'"));
        assertEquals("&quot;x&quot; &#39;y&#39; &#10;", HtmlEscaping.attr("\"x\" 'y' \n"));
        assertEquals("&#xD55C;&#x1F600;", HtmlEscaping.text("\ud55c\ud83d\ude00"));
        // XML-forbidden characters, lone surrogates and C1 controls cannot reach the output
        assertEquals("&#xFFFD;&#xFFFD;&#xFFFD;&#xFFFD;", HtmlEscaping.text("\u0000\ud83d\u0085\uffff"));
        assertEquals("", HtmlEscaping.text(null));
    }

    @Test
    void markdownInline() {
        assertEquals("a\\|b", MarkdownEscaping.inline("a|b"));
        assertEquals("x<br>y<br>z", MarkdownEscaping.inline("x\r\ny\rz"));
        assertEquals("\\*\\_\\`\\[\\]\\<\\>\\&\\#\\~\\\\", MarkdownEscaping.inline("*_`[]<>&#~\\"));
        assertEquals("\\- item", MarkdownEscaping.inline("- item"));
        assertEquals("12\\. item", MarkdownEscaping.inline("12. item"));
        assertEquals("a-b 1. c", MarkdownEscaping.inline("a-b 1. c"));
        assertEquals("2026-11-24", MarkdownEscaping.inline("2026-11-24"));
    }

    @Test
    void numbers() {
        assertEquals("0.812", FigureFormat.fixed(0.8123));
        assertEquals("0.000", FigureFormat.fixed(-0.0001));
        assertEquals("-1.700", FigureFormat.fixed(-1.7));
        assertEquals("0.95", FigureFormat.fixed(0.949, 2));
        assertEquals("0.00", FigureFormat.fixed(-0.004, 2));
        assertEquals("-0.01", FigureFormat.fixed(-0.005, 2));
        assertEquals("0.00120", FigureFormat.significant(0.0012));
        assertEquals("0.000", FigureFormat.significant(0.0));
        assertEquals("0.250", FigureFormat.significant(0.25));
        assertEquals("8123", FigureFormat.count(8123));
        assertEquals("8123", FigureFormat.count(8123.0));
        assertEquals("12345678901", FigureFormat.count(12345678901L));
    }

    @Test
    void svgTextIsCutWholeCodePoints() {
        String cut = SvgText.fit("\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00", 12, 40);
        assertEquals(0, cut.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF).count(), "no lone surrogate");
        assertEquals('\u2026', cut.charAt(cut.length() - 1));
    }
}
