package org.glossa.agreement.report;

import static org.glossa.agreement.report.HtmlEscaping.text;

import java.io.IOException;
import java.util.List;

import org.glossa.agreement.report.AgreementReport.LayerReport;

/**
 * Writes an agreement report as one self-contained HTML5 file: inline CSS and
 * SVG, no script, no external resource, printable on A4. The markup is XHTML-compatible (closed void elements,
 * escaped text, ASCII only) so it can also be read by an XML parser. Undefined figures show their reason, never a
 * number.
 */
public final class HtmlReportWriter {

    private HtmlReportWriter() {
    }

    public static void write(AgreementReport report, Appendable out) throws IOException {
        String title = ReportOverview.title(report);
        Numbering numbering = new Numbering();
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"color-scheme\" content=\"light\"/>\n")
                .append("<meta name=\"generator\" content=\"Glossa\"/>\n")
                .append("<title>").append(text(title)).append("</title>\n")
                .append("<style>\n").append(HtmlStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n");

        sb.append("<header>\n<h1>").append(text(title)).append("</h1>\n");
        HtmlTables.facts(sb, ReportOverview.facts(report));
        sb.append("</header>\n");

        sb.append("<section class=\"notes\">\n<h2>Notes</h2>\n<ol>\n");
        for (String note : AgreementReport.NOTES) {
            sb.append("<li>").append(text(note)).append("</li>\n");
        }
        sb.append("</ol>\n</section>\n");

        List<LayerReport> layers = report.layers();
        List<String> names = layers.stream().map(LayerReport::layer).toList();
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
        for (int i = 0; i < names.size(); i++) {
            HtmlLayerSection.render(sb, numbering, i + 1, names.get(i), layers.get(i), report.annotators());
        }

        String generated = report.generated() == null ? null : report.generated().toString();
        sb.append("<footer>").append(text("Agreement report written by Glossa"
                + (generated == null ? "." : " from figures computed " + generated + ".")))
                .append("</footer>\n</main>\n</body>\n</html>\n");
        out.append(sb);
    }
}
