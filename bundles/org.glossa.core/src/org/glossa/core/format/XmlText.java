package org.glossa.core.format;

/**
 * Characters that XML 1.0 cannot hold (most control characters, unpaired surrogates, U+FFFE/U+FFFF): a label,
 * note or metadata value holding one makes the project's XMI unsavable, so importers check or clean such strings
 * before anything is changed.
 */
public final class XmlText {
    private XmlText() {
    }

    /** The first code point XML cannot hold, or -1 when there is none. */
    public static int firstInvalid(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!allowed(c)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** The text with every character XML cannot hold replaced by U+FFFD. */
    public static String clean(String text) {
        if (firstInvalid(text) < 0) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints().forEach(c -> cleaned.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return cleaned.toString();
    }

    /** "U+0001", for messages. */
    public static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
