package org.glossa.agreement.report;

import static org.glossa.agreement.report.HtmlEscaping.text;

import java.util.List;

import org.glossa.agreement.Figure;

/** Writes {@link Table}s and {@link Fact} lists as HTML. */
final class HtmlTables {

    private HtmlTables() {
    }

    static void render(StringBuilder sb, Numbering numbering, Table table) {
        sb.append("<div class=\"table-wrap\">\n<table class=\"data ").append(HtmlEscaping.attr(table.style())).append("\">\n");
        sb.append("<caption><span class=\"no\">Table ").append(numbering.nextTable()).append(".</span> ")
                .append(text(table.caption())).append("</caption>\n<thead><tr>");
        for (int i = 0; i < table.columns().size(); i++) {
            sb.append(table.numericColumn(i) ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
                    .append(text(table.columns().get(i))).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : table.rows()) {
            sb.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                cell(sb, row.get(i), i == 0);
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n</div>\n");
        if (table.note() != null) {
            sb.append("<p class=\"table-note\">").append(text(table.note())).append("</p>\n");
        }
    }

    private static void cell(StringBuilder sb, Cell cell, boolean rowHeader) {
        String diag = cell.emphasis() ? " diag" : "";
        switch (cell.kind()) {
            case TEXT, NAME -> sb.append(rowHeader ? "<th scope=\"row\">" : "<td>").append(text(cell.text()))
                    .append(rowHeader ? "</th>" : "</td>");
            case COUNT -> sb.append("<td class=\"num").append(diag).append("\">").append(text(cell.text()))
                    .append("</td>");
            case MISSING -> sb.append("<td class=\"num missing").append(diag).append("\" title=\"not reported\">")
                    .append(text(cell.text())).append("</td>");
            case FIGURE -> figure(sb, cell, diag);
        }
    }

    private static void figure(StringBuilder sb, Cell cell, String diag) {
        Figure m = cell.figure();
        if (m.isDefined()) {
            sb.append("<td class=\"num").append(diag).append("\">").append(cell.number());
        } else {
            sb.append("<td class=\"num undef").append(diag).append("\"><span class=\"undef\">")
                    .append(text(FigureFormat.undefinedDashed(m.reason()))).append("</span>");
        }
        if (cell.detail() != null) {
            sb.append("<span class=\"detail\">").append(text(cell.detail())).append("</span>");
        }
        sb.append("</td>");
    }

    static void facts(StringBuilder sb, List<Fact> facts) {
        sb.append("<dl class=\"facts\">\n");
        for (Fact f : facts) {
            sb.append("<dt>").append(text(f.name())).append("</dt><dd>").append(text(f.value())).append("</dd>\n");
        }
        sb.append("</dl>\n");
    }
}
