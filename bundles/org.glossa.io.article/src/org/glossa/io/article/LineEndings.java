package org.glossa.io.article;

/**
 * Normalises CRLF and lone CR to LF. Offsets are defined on the normalised text, so every tool that opens the
 * document sees the same character positions whatever platform wrote the file.
 */
final class LineEndings {

    private LineEndings() {
    }

    static String normalize(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
