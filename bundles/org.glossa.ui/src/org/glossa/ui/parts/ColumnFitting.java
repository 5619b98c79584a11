package org.glossa.ui.parts;

import java.util.Arrays;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Column widths of the agreement tables. */
final class ColumnFitting {

    private ColumnFitting() {
    }

    /**
     * Columns as wide as their contents when the table has the room; otherwise the columns with long contents give
     * way, down to the width of their header, so that every header stays readable. The first column names the row
     * (a pair, a label) and never gives way; a column empty in every row is hidden; what still does not fit scrolls
     * sideways.
     */
    static void fit(Table table) {
        TableColumn[] columns = table.getColumns();
        int[] natural = new int[columns.length];
        int[] least = new int[columns.length];
        GC gc = new GC(table);
        try {
            // measured here rather than by TableColumn.pack(), which GTK answers with the header's width while
            // the table sits in a hidden tab
            gc.setFont(table.getFont());
            for (int i = 0; i < columns.length; i++) {
                least[i] = gc.textExtent(columns[i].getText()).x + 20;
                int widest = 0;
                for (TableItem item : table.getItems()) {
                    widest = Math.max(widest, gc.textExtent(item.getText(i)).x);
                }
                natural[i] = Math.max(widest + 16, least[i]);
                if (widest == 0 && table.getItemCount() > 0) {
                    // nothing to show in it for this layer (attribution of a layer without links): hidden
                    natural[i] = 0;
                    least[i] = 0;
                } else if (i == 0) {
                    least[i] = natural[i];
                }
            }
        } finally {
            gc.dispose();
        }
        int available = table.getClientArea().width;
        int total = Arrays.stream(natural).sum();
        int excess = available > 0 ? total - available : 0;
        int giving = 0;
        for (int i = 0; i < columns.length; i++) {
            giving += natural[i] - least[i];
        }
        for (int i = 0; i < columns.length; i++) {
            int cut = excess <= 0 || giving == 0 ? 0
                    : (int) Math.ceil((double) (natural[i] - least[i]) * Math.min(excess, giving) / giving);
            columns[i].setWidth(natural[i] - cut);
        }
    }
}
