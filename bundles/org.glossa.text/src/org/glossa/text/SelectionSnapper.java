package org.glossa.text;

import java.util.Objects;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Turns a rough mouse selection into a clean span range: no whitespace at the edges, no half of a surrogate
 * pair, and optionally whole words. Words are those of ICU's word break iterator (root locale), which knows
 * Hangul eojeol (space-separated), Chinese and Japanese words (by dictionary), emoji sequences and
 * apostrophes inside English words.
 * <p>
 * Create one per text: building the iterator is the expensive part. Not thread-safe.
 */
public final class SelectionSnapper {
    private final String text;
    private final BreakIterator words;

    public SelectionSnapper(String text) {
        this.text = Objects.requireNonNull(text, "text");
        this.words = wordsOf(text);
    }

    /** ICU's word break iterator with the root locale's rules, on {@code text}: the words of snapping and stepping. */
    static BreakIterator wordsOf(String text) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
        words.setText(text);
        return words;
    }

    /**
     * Trims whitespace at both edges; with {@code toWords}, moves each edge outwards to the boundary of the word it
     * falls into (an edge already between words stays, so whitespace and punctuation outside the selection are
     * never added).
     *
     * @return the snapped region, or an empty region at {@code begin} when nothing but whitespace was selected
     */
    public TextRegion snap(int begin, int end, boolean toWords) {
        if (begin < 0 || end < begin || end > text.length()) {
            throw new IllegalArgumentException("selection [" + begin + ", " + end + ") is not inside the text of length "
                    + text.length());
        }
        int snappedBegin = trimStart(outsideSurrogatePair(begin, -1), end);
        int snappedEnd = trimEnd(snappedBegin, outsideSurrogatePair(end, +1));
        if (snappedBegin == snappedEnd) {
            return new TextRegion(begin, begin);
        }
        if (toWords) {
            if (!words.isBoundary(snappedBegin)) {
                snappedBegin = words.preceding(snappedBegin);
            }
            if (!words.isBoundary(snappedEnd)) {
                snappedEnd = words.following(snappedEnd);
            }
            // a word segment never starts or ends with whitespace, except around stray combining marks
            snappedBegin = trimStart(snappedBegin, snappedEnd);
            snappedEnd = trimEnd(snappedBegin, snappedEnd);
        }
        return new TextRegion(snappedBegin, snappedEnd);
    }

    /** Moves an offset that falls between a high and a low surrogate one unit in {@code direction}. */
    private int outsideSurrogatePair(int offset, int direction) {
        if (offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset))) {
            return offset + direction;
        }
        return offset;
    }

    private int trimStart(int begin, int end) {
        while (begin < end) {
            int codePoint = text.codePointAt(begin);
            if (!isBlank(codePoint)) {
                break;
            }
            begin += Character.charCount(codePoint);
        }
        return Math.min(begin, end);
    }

    private int trimEnd(int begin, int end) {
        while (end > begin) {
            int codePoint = text.codePointBefore(end);
            if (!isBlank(codePoint)) {
                break;
            }
            end -= Character.charCount(codePoint);
        }
        return Math.max(begin, end);
    }

    /** Whitespace including no-break and ideographic spaces, and the invisible zero-width space and BOM. */
    static boolean isBlank(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == '\u200B'
                || codePoint == '\uFEFF';
    }
}
