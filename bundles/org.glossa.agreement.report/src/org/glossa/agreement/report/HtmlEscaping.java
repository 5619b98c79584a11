package org.glossa.agreement.report;

/**
 * Escaping for XHTML-compatible HTML5. The output is pure ASCII: everything else becomes a numeric character
 * reference, so the file reads correctly whatever encoding the caller's Appendable writes, and a strict XML parser
 * accepts it. Characters that XML forbids (and C1 controls, which HTML remaps to Windows-1252) become U+FFFD.
 */
final class HtmlEscaping {

    private HtmlEscaping() {
    }

    static String text(String s) {
        return escape(s, false);
    }

    static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                // attribute values would normalise raw whitespace to spaces
                case '\t', '\n', '\r' -> out.append(attribute ? "&#" + cp + ";" : (char) cp);
                default -> {
                    if (!allowed(cp)) {
                        out.append("&#xFFFD;");
                    } else if (cp < 0x80) {
                        out.append((char) cp);
                    } else {
                        out.append("&#x").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT))
                                .append(';');
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(int cp) {
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return false;
        }
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return false; // a lone surrogate: codePointAt did not find its pair
        }
        // noncharacters: U+FDD0..U+FDEF and U+xxFFFE/U+xxFFFF
        return !(cp >= 0xFDD0 && cp <= 0xFDEF) && (cp & 0xFFFE) != 0xFFFE;
    }
}
