package org.glossa.text;

import java.util.Arrays;

/**
 * Converts between the model's UTF-16 offsets and Unicode code point offsets (what Python tools, brat,
 * doccano, spaCy and Label Studio count). Both directions refuse an offset inside a surrogate pair. Built
 * once per text; each conversion is a binary search over the text's supplementary characters (emoji, rare
 * Han), so exporting many spans of a long text stays linear.
 */
public final class CodePoints {
    private final String text;
    /** UTF-16 offsets of the high surrogates of the text's supplementary characters, ascending. */
    private final int[] pairStarts;
    /** The code point offsets of the same characters. */
    private final int[] pairCodePoints;
    private final int codePointLength;

    private CodePoints(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i++;
            }
        }
        pairStarts = Arrays.copyOf(starts, count);
        pairCodePoints = new int[count];
        for (int k = 0; k < count; k++) {
            pairCodePoints[k] = pairStarts[k] - k;
        }
        codePointLength = text.length() - count;
    }

    public static CodePoints of(String text) {
        return new CodePoints(text);
    }

    public int codePointLength() {
        return codePointLength;
    }

    /** The code point offset of a UTF-16 offset (0..length). */
    public int toCodePoint(int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            throw new IllegalArgumentException("offset " + utf16 + " is outside the text of length " + text.length());
        }
        int pairsBefore = insertionPoint(pairStarts, utf16); // pairs starting before utf16
        if (pairsBefore > 0 && pairStarts[pairsBefore - 1] + 1 == utf16) {
            throw new IllegalArgumentException("offset " + utf16 + " is inside a surrogate pair");
        }
        return utf16 - pairsBefore;
    }

    /** The UTF-16 offset of a code point offset (0..number of code points). */
    public int toUtf16(int codePoint) {
        if (codePoint < 0 || codePoint > codePointLength) {
            throw new IllegalArgumentException("code point offset " + codePoint + " is outside the text of "
                    + codePointLength + " code points");
        }
        return codePoint + insertionPoint(pairCodePoints, codePoint);
    }

    /** How many values are smaller than the key. */
    private static int insertionPoint(int[] sorted, int key) {
        int found = Arrays.binarySearch(sorted, key);
        return found >= 0 ? found : -found - 1;
    }
}
