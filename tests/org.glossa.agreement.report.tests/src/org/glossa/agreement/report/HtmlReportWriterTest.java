package org.glossa.agreement.report;

import static org.glossa.agreement.report.XhtmlSupport.elements;
import static org.glossa.agreement.report.XhtmlSupport.hasClass;
import static org.glossa.agreement.report.XhtmlSupport.html;
import static org.glossa.agreement.report.XhtmlSupport.parse;
import static org.glossa.agreement.report.XhtmlSupport.withClass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HtmlReportWriterTest {

    private static final String SVG_XMLNS = "xmlns=\"http://www.w3.org/2000/svg\"";

    @Test
    void demoReportIsWellFormedXhtml() throws Exception {
        Document doc = parse(html(ReportFixtures.demo()));
        assertEquals("html", doc.getDocumentElement().getLocalName());
        assertEquals(1, elements(doc, "style").size());
        assertTrue(elements(doc, "script").isEmpty());
        String title = elements(doc, "title").getFirst().getTextContent();
        assertTrue(title.contains("demo"), title);
    }

    @Test
    void hostileReportIsWellFormedAndAscii() throws Exception {
        String html = html(ReportFixtures.hostile());
        parse(html);
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            assertTrue(c < 0x80 && (c >= 0x20 || c == '\n'), "non-ASCII or control character at " + i);
        }
    }

    @Test
    void noExternalReferences() {
        for (AgreementReport report : List.of(ReportFixtures.demo(), ReportFixtures.hostile())) {
            String html = html(report);
            String withoutNamespace = html.replace(SVG_XMLNS, "");
            assertFalse(withoutNamespace.contains("http"), "http");
            assertFalse(withoutNamespace.contains("//"), "//");
            assertFalse(html.contains("src="), "src=");
            assertFalse(html.contains("@import"), "@import");
            assertFalse(html.toLowerCase().contains("<script"), "script");
            assertFalse(html.toLowerCase().contains("<link"), "link");
            Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
            while (href.find()) {
                assertTrue(href.group(1).startsWith("#"), href.group());
            }
            Matcher url = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
            while (url.find()) {
                assertTrue(url.group(1).startsWith("#"), url.group());
            }
        }
    }

    @Test
    void hostileNamesAreEscapedAndKept() throws Exception {
        String html = html(ReportFixtures.hostile());
        Document doc = parse(html);
        // markup in names stays text: no element came out of a label or annotator name
        assertTrue(elements(doc, "b").isEmpty());
        assertTrue(elements(doc, "script").isEmpty());
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains(ReportFixtures.HOSTILE_LAYER));
        for (String label : ReportFixtures.HOSTILE_LABELS) {
            assertTrue(text.contains(label), label);
        }
        for (String annotator : ReportFixtures.HOSTILE_ANNOTATORS) {
            assertTrue(text.contains(annotator), annotator);
        }
        assertTrue(text.contains("p<&>\"'"));
        assertTrue(text.contains("d<1>&amp;"), "no double unescaping");
    }

    @Test
    void undefinedFiguresShowTheirReasonAndNeverNaN() throws Exception {
        String html = html(ReportFixtures.hostile());
        assertFalse(html.contains("NaN"));
        String text = parse(html).getDocumentElement().getTextContent();
        assertTrue(text.contains("undefined \u2014 only one label in use"), "Fleiss");
        assertTrue(text.contains("undefined \u2014 not a finite number"), "NaN disagreement");
        assertTrue(text.contains("undefined \u2014 nobody used <this> label & \"that\" one"), "label reason");
        assertTrue(text.contains("only one label <in> use"), "pair reason");
        assertTrue(text.contains("undefined \u2014 no units | none"), "document reason");

        String demo = parse(html(ReportFixtures.demo())).getDocumentElement().getTextContent();
        assertTrue(demo.contains("undefined \u2014 no variation: only one label in use"));
        assertTrue(demo.contains("undefined \u2014 no units in this document"));
        assertFalse(html(ReportFixtures.demo()).contains("NaN"));
    }

    @Test
    void headlineUndefinedIsNotZero() throws Exception {
        Document doc = parse(html(ReportFixtures.demo()));
        Element quoteHeadline = withClass(elements(doc, "table"), "headline").get(1);
        Element fleissRow = elements(quoteHeadline, "tr").stream()
                .filter(tr -> tr.getTextContent().startsWith("Fleiss")).findFirst().orElseThrow();
        String value = elements(fleissRow, "td").getFirst().getTextContent();
        assertEquals("undefined \u2014 only one label in use", value);
        assertEquals("3", elements(fleissRow, "td").get(1).getTextContent());
        assertEquals("4", elements(fleissRow, "td").get(2).getTextContent());
    }

    @Test
    void figuresHaveThreeDecimalsAndCountsAreIntegers() throws Exception {
        String text = parse(html(ReportFixtures.demo())).getDocumentElement().getTextContent();
        assertTrue(text.contains("0.812"), "0.8123 rounded");
        assertFalse(text.contains("0.8123"));
        assertTrue(text.contains("8123"), "continuum length as an integer");
        assertFalse(text.contains("8123.0"));
    }

    @Test
    void oneBarPerLabel() throws Exception {
        Document doc = parse(html(ReportFixtures.hostile()));
        List<Element> charts = withClass(elements(doc, "svg"), "bars");
        assertEquals(1, charts.size());
        List<Element> bars = withClass(elements(charts.getFirst(), "rect"), "bar");
        assertEquals(ReportFixtures.HOSTILE_LABELS.size(), bars.size());
        // the two undefined labels are drawn as undefined bars
        assertEquals(2, withClass(bars, "undefined").size());
        // negative alpha: the axis starts at -1 and the value below -1 is clamped and marked
        List<String> ticks = elements(charts.getFirst(), "text").stream().map(Element::getTextContent).toList();
        assertTrue(ticks.contains("-1"), ticks.toString());
        assertEquals(1, withClass(elements(charts.getFirst(), "rect"), "clamp").size());
        assertTrue(ticks.contains("-1.700"), "true value printed beside a clamped bar");

        Document demo = parse(html(ReportFixtures.demo()));
        List<Element> demoCharts = withClass(elements(demo, "svg"), "bars");
        assertEquals(2, demoCharts.size());
        assertEquals(4, withClass(elements(demoCharts.get(0), "rect"), "bar").size());
        assertEquals(1, withClass(elements(demoCharts.get(1), "rect"), "bar").size());
        List<String> demoTicks = elements(demoCharts.get(0), "text").stream().map(Element::getTextContent).toList();
        assertFalse(demoTicks.contains("-1"), "no negative axis without negative alpha");
    }

    @Test
    void heatMapsAreNByN() throws Exception {
        Document doc = parse(html(ReportFixtures.hostile()));
        List<Element> maps = withClass(elements(doc, "svg"), "heatmap");
        assertEquals(3, maps.size(), "Cohen, F1 exact, F1 overlap");
        int n = ReportFixtures.HOSTILE_ANNOTATORS.size();
        for (Element map : maps) {
            List<Element> cells = withClass(elements(map, "rect"), "cell");
            assertEquals(n * n, cells.size());
            assertEquals(n, withClass(cells, "diagonal").size());
        }
        List<Element> cohen = withClass(elements(maps.getFirst(), "rect"), "cell");
        assertEquals(2, withClass(cohen, "undefined").size(), "one undefined pair, both triangles");
        assertEquals(4, withClass(cohen, "missing").size(), "two pairs not in the report");
        List<String> cellTexts = elements(maps.getFirst(), "text").stream().map(Element::getTextContent).toList();
        assertTrue(cellTexts.contains("0.950"));
        assertTrue(cellTexts.contains("-0.200"));
        assertTrue(cellTexts.contains("undef."));
        // the reason of the undefined cell is printed under the map
        Element figure = (Element) maps.getFirst().getParentNode();
        assertTrue(figure.getTextContent().contains("only one label <in> use"));
    }

    @Test
    void pairSectionsHaveConfusionAndAttribution() throws Exception {
        Document doc = parse(html(ReportFixtures.demo()));
        List<Element> tables = elements(doc, "table");
        List<Element> confusion = withClass(tables, "confusion");
        assertEquals(4, confusion.size(), "three Entity pairs, one Quote pair");
        // diagonal of real labels only: PER ORG GPE LOC, not none x none
        assertEquals(4, elements(confusion.getFirst(), "td").stream().filter(td -> hasClass(td, "diag")).count());
        List<Element> attribution = withClass(tables, "attribution");
        assertEquals(1, attribution.size(), "only the Quote layer has link types");
        String text = attribution.getFirst().getTextContent();
        assertTrue(text.contains("speaker") && text.contains("cue"));
        assertEquals(1, withClass(tables, "documents").size(), "Entity has documents, Quote none");
    }

    @Test
    void meanLabelF1IsComputedFromPairs() throws Exception {
        Document doc = parse(html(ReportFixtures.demo()));
        Element labels = withClass(elements(doc, "table"), "labels").getFirst();
        Element per = elements(labels, "tr").stream().filter(tr -> tr.getTextContent().startsWith("PER"))
                .findFirst().orElseThrow();
        assertTrue(per.getTextContent().contains("0.9003 pairs"), per.getTextContent());
        Element loc = elements(labels, "tr").stream().filter(tr -> tr.getTextContent().startsWith("LOC"))
                .findFirst().orElseThrow();
        assertTrue(loc.getTextContent().contains("undefined \u2014 no spans in either annotation"));
    }

    @Test
    void emptyAndBareReportsStillRender() throws Exception {
        Document empty = parse(html(ReportFixtures.empty()));
        assertTrue(empty.getDocumentElement().getTextContent().contains("The report has no layers."));
        Document bare = parse(html(ReportFixtures.bareLayer()));
        String text = bare.getDocumentElement().getTextContent();
        assertTrue(text.contains("This layer reports no labels."), text);
        assertTrue(text.contains("No pairwise figures for this layer."), text);
        assertTrue(text.contains("No per-document figures for this layer."), text);
        assertEquals("Inter-annotator agreement report", elements(bare, "title").getFirst().getTextContent());
    }
}
