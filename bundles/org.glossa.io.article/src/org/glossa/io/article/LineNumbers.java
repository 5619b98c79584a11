package org.glossa.io.article;

/** 1-based line numbers for messages; CRLF, lone CR and LF each end a line. */
final class LineNumbers {

    private LineNumbers() {
    }

    /** The line that the character at {@code offset} of {@code text} is on. */
    static int lineAt(CharSequence text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
