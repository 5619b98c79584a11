package org.glossa.agreement.report;

/** Running numbers for tables, figures and SVG ids, so captions read like a paper appendix and ids stay unique. */
final class Numbering {

    private int tables;
    private int figures;
    private int ids;

    int nextTable() {
        return ++tables;
    }

    int nextFigure() {
        return ++figures;
    }

    /** A document-unique id; never derived from user strings, which may not be valid ids. */
    String nextId(String prefix) {
        return prefix + (++ids);
    }
}
