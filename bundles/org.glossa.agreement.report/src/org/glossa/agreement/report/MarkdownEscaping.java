package org.glossa.agreement.report;

/**
 * Escaping of report strings for GitHub-flavoured Markdown. Everything that could start markup inside a line
 * (emphasis, code, links, raw HTML, entities, table pipes, strikethrough) is backslash-escaped; so are the
 * characters that would open a block at the start of a list item. Line breaks become {@code <br>} so that one
 * string stays in one table cell or list item.
 */
final class MarkdownEscaping {

    private static final String ALWAYS = "\\`*_[]<>|~&#";
    private static final String AT_START = "-+=";

    private MarkdownEscaping() {
    }

    static String inline(String s) {
        if (s == null) {
            return "";
        }
        String text = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(text.length() + 8);
        int leadingDigits = 0;
        boolean atStart = true;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                out.append("<br>");
                atStart = true;
                leadingDigits = 0;
                continue;
            }
            if (cp == '\t') {
                cp = ' ';
            } else if (cp < 0x20 || cp == 0x7F) {
                cp = 0xFFFD;
            }
            if (ALWAYS.indexOf(cp) >= 0 || (atStart && leadingDigits == 0 && AT_START.indexOf(cp) >= 0)) {
                out.append('\\');
            } else if ((cp == '.' || cp == ')') && atStart && leadingDigits > 0) {
                out.append('\\'); // "1." at the start would open an ordered list
            }
            out.appendCodePoint(cp);
            if (cp >= '0' && cp <= '9' && atStart) {
                leadingDigits++;
            } else {
                atStart = atStart && cp == ' ' && leadingDigits == 0;
            }
        }
        return out.toString();
    }
}
