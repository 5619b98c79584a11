package org.glossa.agreement.report;

import static org.glossa.agreement.report.MarkdownEscaping.inline;

import java.io.IOException;
import java.util.List;

import org.glossa.agreement.report.AgreementReport.LayerReport;
import org.glossa.agreement.report.AgreementReport.PairReport;

/**
 * Writes an agreement report as GitHub-flavoured Markdown: the tables of the HTML report without its charts.
 * Undefined figures read "undefined (reason)".
 */
public final class MarkdownReportWriter {

    private MarkdownReportWriter() {
    }

    public static void write(AgreementReport report, Appendable out) throws IOException {
        Numbering numbering = new Numbering();
        StringBuilder sb = new StringBuilder(32 * 1024);
        sb.append("# ").append(inline(ReportOverview.title(report))).append("\n\n");
        facts(sb, ReportOverview.facts(report));

        List<String> notes = AgreementReport.NOTES;
        sb.append("## Notes\n\n");
        for (int i = 0; i < notes.size(); i++) {
            sb.append(i + 1).append(". ").append(inline(notes.get(i))).append('\n');
        }
        sb.append('\n');

        int index = 0;
        for (LayerReport layer : report.layers()) {
            layer(sb, numbering, ++index, layer.layer(), layer);
        }
        if (index == 0) {
            sb.append("*The report has no layers.*\n");
        }
        out.append(sb);
    }

    private static void layer(StringBuilder sb, Numbering numbering, int index, String name, LayerReport layer) {
        sb.append("## ").append(index).append(" Layer ").append(inline(name)).append("\n\n");
        facts(sb, LayerTables.overview(layer));
        MarkdownTables.render(sb, numbering, LayerTables.headline(name, layer));

        sb.append("### Labels\n\n");
        MarkdownTables.render(sb, numbering, LayerTables.perLabel(name, layer));

        sb.append("### Annotator pairs\n\n");
        Table pairwise = LayerTables.pairwise(name, layer);
        if (pairwise == null) {
            sb.append("*No pairwise figures for this layer.*\n\n");
        } else {
            MarkdownTables.render(sb, numbering, pairwise);
            List<String> labels = LayerTables.labels(layer);
            for (PairReport pair : layer.pairs()) {
                sb.append("#### Pair ").append(inline(PairTables.title(pair))).append("\n\n");
                renderIfPresent(sb, numbering, PairTables.f1Summary(pair));
                renderIfPresent(sb, numbering, PairTables.labelF1(pair, labels));
                renderIfPresent(sb, numbering, PairTables.confusion(pair));
                renderIfPresent(sb, numbering, PairTables.attribution(pair));
            }
        }

        sb.append("### Documents\n\n");
        Table documents = LayerTables.documents(name, layer);
        if (documents == null) {
            sb.append("*No per-document figures for this layer.*\n\n");
        } else {
            MarkdownTables.render(sb, numbering, documents);
        }
    }

    private static void facts(StringBuilder sb, List<Fact> facts) {
        for (Fact f : facts) {
            sb.append("- **").append(inline(f.name())).append(":** ").append(inline(f.value())).append('\n');
        }
        sb.append('\n');
    }

    private static void renderIfPresent(StringBuilder sb, Numbering numbering, Table table) {
        if (table != null) {
            MarkdownTables.render(sb, numbering, table);
        }
    }
}
