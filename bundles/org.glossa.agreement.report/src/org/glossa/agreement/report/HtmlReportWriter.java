package org.glossa.agreement.report;

import static org.glossa.agreement.report.HtmlEscaping.text;
import static org.glossa.agreement.report.TreeReader.map;
import static org.glossa.agreement.report.TreeReader.strings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes an agreement report tree (see the report's JSON format) as one self-contained HTML5 file: inline CSS and
 * SVG, no script, no external resource, printable on A4. The markup is XHTML-compatible (closed void elements,
 * escaped text, ASCII only) so it can also be read by an XML parser. Undefined figures show their reason, never a
 * number.
 */
public final class HtmlReportWriter {

    private HtmlReportWriter() {
    }

    public static void write(Map<String, Object> report, Appendable out) throws IOException {
        Map<String, Object> tree = TreeReader.map(report);
        String title = ReportOverview.title(tree);
        Numbering numbering = new Numbering();
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"color-scheme\" content=\"light\"/>\n")
                .append("<meta name=\"generator\" content=\"Glossa\"/>\n")
                .append("<title>").append(text(title)).append("</title>\n")
                .append("<style>\n").append(HtmlStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n");

        sb.append("<header>\n<h1>").append(text(title)).append("</h1>\n");
        HtmlTables.facts(sb, ReportOverview.facts(tree));
        sb.append("</header>\n");

        List<String> notes = strings(tree, "notes");
        if (!notes.isEmpty()) {
            sb.append("<section class=\"notes\">\n<h2>Notes</h2>\n<ol>\n");
            for (String note : notes) {
                sb.append("<li>").append(text(note)).append("</li>\n");
            }
            sb.append("</ol>\n</section>\n");
        }

        Map<String, Object> layers = map(tree, "layers");
        List<String> names = new ArrayList<>(layers.keySet());
        if (names.isEmpty()) {
            sb.append("<p class=\"empty\">The report has no layers.</p>\n");
        } else {
            sb.append("<nav class=\"toc\">\n<h2>Layers</h2>\n<ol>\n");
            for (int i = 0; i < names.size(); i++) {
                sb.append("<li><a href=\"#layer-").append(i + 1).append("\">").append(text(names.get(i)))
                        .append("</a></li>\n");
            }
            sb.append("</ol>\n</nav>\n");
        }
        List<String> annotators = strings(tree, "annotators");
        for (int i = 0; i < names.size(); i++) {
            HtmlLayerSection.render(sb, numbering, i + 1, names.get(i), map(layers.get(names.get(i))), annotators);
        }

        String generated = TreeReader.text(tree, "generated");
        sb.append("<footer>").append(text("Agreement report written by Glossa"
                + (generated == null ? "." : " from figures computed " + generated + ".")))
                .append("</footer>\n</main>\n</body>\n</html>\n");
        out.append(sb);
    }
}
