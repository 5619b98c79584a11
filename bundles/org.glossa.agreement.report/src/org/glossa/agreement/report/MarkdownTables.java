package org.glossa.agreement.report;

import static org.glossa.agreement.report.MarkdownEscaping.inline;

import java.util.List;

import org.glossa.agreement.Figure;

/** Writes {@link Table}s as GFM pipe tables, one line per row, every row with the header's column count. */
final class MarkdownTables {

    private MarkdownTables() {
    }

    static void render(StringBuilder sb, Numbering numbering, Table table) {
        sb.append("**Table ").append(numbering.nextTable()).append(".** ").append(inline(table.caption()))
                .append("\n\n|");
        for (String column : table.columns()) {
            sb.append(' ').append(inline(column)).append(" |");
        }
        sb.append("\n|");
        for (int i = 0; i < table.columns().size(); i++) {
            sb.append(table.numericColumn(i) ? " ---: |" : " --- |");
        }
        sb.append('\n');
        for (List<Cell> row : table.rows()) {
            sb.append('|');
            for (Cell cell : row) {
                sb.append(' ').append(cell(cell)).append(" |");
            }
            sb.append('\n');
        }
        sb.append('\n');
        if (table.note() != null) {
            sb.append('*').append(inline(table.note())).append("*\n\n");
        }
    }

    private static String cell(Cell cell) {
        String text = switch (cell.kind()) {
            case TEXT, NAME, COUNT, MISSING -> inline(cell.text());
            case FIGURE -> {
                Figure m = cell.figure();
                String value = m.isDefined() ? cell.number() : inline(FigureFormat.undefinedParenthesised(m.reason()));
                yield cell.detail() == null ? value : value + " \u00b7 " + inline(cell.detail());
            }
        };
        return cell.emphasis() ? "**" + text + "**" : text;
    }
}
