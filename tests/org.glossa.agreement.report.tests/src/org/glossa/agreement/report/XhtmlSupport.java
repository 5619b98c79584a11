package org.glossa.agreement.report;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Renders a report and reads it back with the JDK's strict XML parser. */
final class XhtmlSupport {

    private XhtmlSupport() {
    }

    static String html(AgreementReport report) {
        StringBuilder sb = new StringBuilder();
        try {
            HtmlReportWriter.write(report, sb);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return sb.toString();
    }

    static String markdown(AgreementReport report) {
        StringBuilder sb = new StringBuilder();
        try {
            MarkdownReportWriter.write(report, sb);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return sb.toString();
    }

    /** Fails on any well-formedness error. */
    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(xml)));
    }

    static List<Element> elements(Element root, String localName) {
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    static List<Element> elements(Document doc, String localName) {
        return elements(doc.getDocumentElement(), localName);
    }

    static boolean hasClass(Element e, String cssClass) {
        return Arrays.asList(e.getAttribute("class").trim().split("\\s+")).contains(cssClass);
    }

    static List<Element> withClass(List<Element> elements, String cssClass) {
        return elements.stream().filter(e -> hasClass(e, cssClass)).toList();
    }
}
