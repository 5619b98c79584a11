package org.glossa.agreement.report;

import org.glossa.agreement.Figure;

/**
 * One table cell, independent of the output format, so that the HTML and the Markdown report show the same
 * content. {@code detail} is a secondary line (items used, pairs averaged); {@code emphasis} marks e.g. the
 * diagonal of a confusion matrix; {@code significant} see {@link #smallFigure}.
 */
record Cell(Kind kind, String text, Figure figure, String detail, boolean emphasis, boolean significant) {

    enum Kind {
        /** Plain text written by the report (not a name). */
        TEXT,
        /** A user string naming the row: label, annotator, document, link type. */
        NAME,
        COUNT,
        FIGURE,
        /** Nothing reported, or not applicable. */
        MISSING
    }

    static Cell text(String text) {
        return new Cell(Kind.TEXT, text, null, null, false, false);
    }

    static Cell name(String name) {
        return new Cell(Kind.NAME, name == null ? "?" : name, null, null, false, false);
    }

    static Cell count(Number n) {
        return n == null ? missing() : new Cell(Kind.COUNT, FigureFormat.count(n), null, null, false, false);
    }

    static Cell figure(Figure m) {
        return figure(m, null);
    }

    static Cell figure(Figure m, String detail) {
        return new Cell(Kind.FIGURE, null, m, detail, false, false);
    }

    static Cell missing() {
        return new Cell(Kind.MISSING, FigureFormat.DASH, null, null, false, false);
    }

    /**
     * A figure that is typically tiny (a disagreement such as 0.0012): three significant digits instead of three
     * decimals, so that a small non-zero value does not print as 0.000.
     */
    static Cell smallFigure(Figure m) {
        return new Cell(Kind.FIGURE, null, m, null, false, true);
    }

    Cell emphasised() {
        return new Cell(kind, text, figure, detail, true, significant);
    }

    /** The number as printed; only for defined figures. */
    String number() {
        return significant ? FigureFormat.significant(figure.value()) : FigureFormat.fixed(figure.value());
    }

    boolean numeric() {
        return kind == Kind.COUNT || kind == Kind.FIGURE;
    }
}
