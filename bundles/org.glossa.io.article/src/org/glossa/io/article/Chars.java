package org.glossa.io.article;

/** Character classes the heuristics share; whitespace here includes NBSP and zero-width characters. */
final class Chars {

    private Chars() {
    }

    static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || codePoint == '\u200B' || codePoint == '\uFEFF';
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    /** Strips whitespace in the wide sense above from both ends. */
    static String strip(String text) {
        int begin = 0;
        int end = text.length();
        while (begin < end && isSpace(text.codePointAt(begin))) {
            begin += Character.charCount(text.codePointAt(begin));
        }
        while (end > begin && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(begin, end);
    }

    /** Offset just after the last non-space character before {@code end}, but not before {@code begin}. */
    static int trimEnd(String text, int begin, int end) {
        while (end > begin && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return end;
    }

    /** Offset of the first non-space character at or after {@code begin}, but not after {@code end}. */
    static int trimStart(String text, int begin, int end) {
        while (begin < end && isSpace(text.codePointAt(begin))) {
            begin += Character.charCount(text.codePointAt(begin));
        }
        return begin;
    }

    /** Letters and digits only, lower-cased: for comparing a headline with its repetitions. */
    static String comparisonKey(String text) {
        StringBuilder key = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(key::appendCodePoint);
        return key.toString();
    }
}
