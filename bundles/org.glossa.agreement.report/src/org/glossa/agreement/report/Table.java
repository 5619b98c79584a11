package org.glossa.agreement.report;

import java.util.List;

/**
 * A captioned table of {@link Cell}s. {@code style} is a short CSS hook for the HTML writer (e.g. "confusion");
 * {@code note} is an optional sentence printed under the table.
 */
record Table(String style, String caption, List<String> columns, List<List<Cell>> rows, String note) {

    Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            // both writers rely on rectangular tables (Markdown would silently shift columns)
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "row has " + row.size() + " cells, table " + caption + " has " + columns.size() + " columns");
            }
        }
    }

    /**
     * Whether column {@code i} holds numbers (right-aligned); decided by its first non-missing cell. A column with
     * nothing reported is a figure column whose figures are all missing, so it is numeric too.
     */
    boolean numericColumn(int i) {
        for (List<Cell> row : rows) {
            Cell c = row.get(i);
            if (c.kind() != Cell.Kind.MISSING) {
                return c.numeric();
            }
        }
        return true;
    }
}
