package org.glossa.io.conll;

import java.nio.file.Path;
import java.util.Arrays;

import org.glossa.core.format.AnnotationImportException;

/**
 * The column layout of a token file, taken from its first token line (the first line that is not blank, not
 * {@code -DOCSTART-} and does not start with {@code #}).
 *
 * @param tabs        columns separated by one TAB (else by one or more spaces)
 * @param columns     how many columns every token line has
 * @param tokenColumn where the token is
 * @param tagColumns  where the tags are: the last column, or both tag columns of GermEval 2014
 * @param firstLine   the line the layout was taken from, for messages
 * @param pipes       spaCy's sentence-per-line IOB layout: one sentence per line, tokens {@code word|POS|TAG} or
 *                    {@code word|TAG} separated by spaces
 */
record ConllLayout(boolean tabs, int columns, int tokenColumn, int[] tagColumns, int firstLine, boolean pipes) {

    /** Whether a line comes before the first token line and is skipped by {@link #detect}. */
    static boolean precedesTokens(String line) {
        String stripped = line.stripTrailing();
        return stripped.isBlank() || stripped.startsWith("-DOCSTART-") || stripped.startsWith("#");
    }

    /** The layout of a file from its first token line (one that {@link #precedesTokens} does not skip). */
    static ConllLayout detect(Path file, String firstTokenLine, int lineNumber) throws AnnotationImportException {
        String line = firstTokenLine.stripTrailing();
        boolean tabs = line.indexOf('\t') >= 0;
        String[] fields = split(line, tabs);
        if (!tabs && Arrays.stream(fields).allMatch(ConllLayout::isPipedToken)) {
            return new ConllLayout(false, 0, 0, new int[] { 0 }, lineNumber, true);
        }
        if (fields.length < 2) {
            throw new AnnotationImportException(file, lineNumber,
                    "one column: a token line needs the token and its tag, separated by a TAB or spaces");
        }
        if (tabs && fields.length == 4 && fields[0].equals("1") && TagDecoder.isTag(fields[2]) && TagDecoder.isTag(fields[3])) {
            return new ConllLayout(true, 4, 1, new int[] { 2, 3 }, lineNumber, false); // GermEval 2014
        }
        return new ConllLayout(tabs, fields.length, 0, new int[] { fields.length - 1 }, lineNumber, false);
    }

    /** {@code word|POS|TAG} or {@code word|TAG}: a token of spaCy's sentence-per-line IOB files. */
    private static boolean isPipedToken(String field) {
        int bar = field.lastIndexOf('|');
        return bar > 0 && TagDecoder.isTag(field.substring(bar + 1));
    }

    /** The token and its tag of a {@link #pipes} token. */
    static String[] pipedToken(String field, Path file, int line) throws AnnotationImportException {
        int first = field.indexOf('|');
        int last = field.lastIndexOf('|');
        if (first <= 0) {
            throw new AnnotationImportException(file, line, "\"" + field + "\" is not word|TAG or word|POS|TAG");
        }
        return new String[] { field.substring(0, first), field.substring(last + 1) };
    }

    String[] split(String line) {
        return split(line, tabs);
    }

    private static String[] split(String line, boolean tabs) {
        return tabs ? line.split("\t", -1) : line.strip().split(" +");
    }

    /** Whether the fields are a token line of this layout (used to tell {@code #} comments from a "#" token). */
    boolean fits(String[] fields) {
        if (fields.length != columns) {
            return false;
        }
        for (int column : tagColumns) {
            if (!TagDecoder.isTag(fields[column])) {
                return false;
            }
        }
        return true;
    }

    void check(String[] fields, Path file, int line) throws AnnotationImportException {
        if (fields.length != columns) {
            throw new AnnotationImportException(file, line, fields.length + " column" + (fields.length == 1 ? "" : "s")
                    + " where the file's first token line (line " + firstLine + ") has " + columns
                    + (tabs ? " (TAB-separated)" : " (space-separated)"));
        }
        if (fields[tokenColumn].isEmpty()) {
            throw new AnnotationImportException(file, line, "empty token column");
        }
    }

    String[] tags(String[] fields) {
        String[] tags = new String[tagColumns.length];
        for (int c = 0; c < tagColumns.length; c++) {
            tags[c] = fields[tagColumns[c]];
        }
        return tags;
    }
}
