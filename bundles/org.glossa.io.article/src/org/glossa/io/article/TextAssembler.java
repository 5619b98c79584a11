package org.glossa.io.article;

/**
 * Builds plain text from an HTML page the way a browser lays it out: runs of HTML whitespace inside text become
 * one space, block boundaries become a line break or a blank line, and breaks never pile up or lead the text.
 */
final class TextAssembler {

    private static final int NONE = 0;
    private static final int LINE = 1;
    private static final int PARAGRAPH = 2;

    private final StringBuilder out = new StringBuilder();
    private int pendingBreak = NONE;
    private boolean pendingSpace;
    private boolean markPending;
    private int mark = -1;

    /** Text from an ordinary element: whitespace collapsed. */
    void text(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isHtmlWhitespace(c)) {
                pendingSpace = true;
            } else {
                flushPending();
                out.append(c);
            }
        }
    }

    /** Text from {@code <pre>}: kept as it is. */
    void preformatted(String raw) {
        if (!raw.isEmpty()) {
            flushPending();
            out.append(raw);
        }
    }

    /** Table cells and the like: a separating space unless a break is due anyway. */
    void space() {
        pendingSpace = true;
    }

    void lineBreak() {
        pendingBreak = Math.max(pendingBreak, LINE);
    }

    void paragraphBreak() {
        pendingBreak = PARAGRAPH;
    }

    /** {@code <br>}: one ends the line, two in a row end the paragraph. */
    void hardBreak() {
        pendingBreak = pendingBreak >= LINE ? PARAGRAPH : LINE;
    }

    /** Remember where the next text will start (the first character of a seed element). */
    void markNextText() {
        markPending = true;
        mark = -1;
    }

    /** Where the text after {@link #markNextText()} started, or -1 if none has come yet. */
    int mark() {
        return mark;
    }

    int length() {
        return out.length();
    }

    String text() {
        return out.toString();
    }

    private void flushPending() {
        if (!out.isEmpty()) {
            if (pendingBreak == PARAGRAPH) {
                out.append("\n\n");
            } else if (pendingBreak == LINE) {
                out.append('\n');
            } else if (pendingSpace) {
                out.append(' ');
            }
        }
        pendingBreak = NONE;
        pendingSpace = false;
        if (markPending) {
            mark = out.length();
            markPending = false;
        }
    }

    private static boolean isHtmlWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
