package org.glossa.text;

import java.util.Locale;
import java.util.Set;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * The words of snapping and of word steps: ICU's word break iterator (root locale: Hangul eojeol, Chinese and
 * Japanese by dictionary, emoji sequences and grapheme clusters whole, "O'Neill" and "China's" one word), with two
 * of its boundaries glued: an abbreviation and its period ("U.S." where ICU gives "U.S" "."), and a hyphenated
 * name ({@link HyphenNames}: "Yung-ho", "al-Assad"). A possessive ('s, ’s) is not a word of its own, but a word's
 * end can stop before it ({@link #possessiveStart}).
 * <p>
 * Everything is decided locally around an offset, so a long text costs nothing until it is asked. Not
 * thread-safe.
 */
final class SnapWords {
    private static final BreakIterator WORDS = BreakIterator.getWordInstance(ULocale.ROOT);
    /** Words before 's that make a contraction ("it's" = it is), not a possessive. */
    private static final Set<String> CONTRACTED = Set.of("it", "he", "she", "that", "what", "who", "there", "here",
            "where", "how", "when", "why", "let");

    private final String text;
    private final BreakIterator segments;
    private final Abbreviations abbreviations = new Abbreviations();

    SnapWords(String text) {
        this.text = text;
        synchronized (WORDS) { // clones share ICU's immutable rule data; the prototype itself is not thread-safe
            this.segments = (BreakIterator) WORDS.clone();
        }
        segments.setText(text);
    }

    String text() {
        return text;
    }

    /** Whether a word may start or end at {@code offset}. */
    boolean isBoundary(int offset) {
        return segments.isBoundary(offset) && !isGlued(offset);
    }

    /** The start of the word that {@code offset} falls into, or {@code offset} if it lies between words. */
    int startAtOrBefore(int offset) {
        int start = offset;
        while (start > 0 && !isBoundary(start)) {
            start = segments.preceding(start);
        }
        return start;
    }

    /** The end of the word that {@code offset} falls into, or {@code offset} if it lies between words. */
    int endAtOrAfter(int offset) {
        int end = offset;
        while (end < text.length() && !isBoundary(end)) {
            end = segments.following(end);
        }
        return end;
    }

    /** The first boundary after {@code offset} (the text's length at its end). */
    int following(int offset) {
        return offset >= text.length() ? text.length() : endAtOrAfter(segments.following(offset));
    }

    /** The last boundary before {@code offset} (0 at the text's start). */
    int preceding(int offset) {
        return offset <= 0 ? 0 : startAtOrBefore(segments.preceding(offset));
    }

    /** The end of ICU's own segment at {@code offset}, without glueing (Korean eojeol, for particles). */
    int segmentEnd(int offset) {
        return segments.isBoundary(offset) ? offset : segments.following(offset);
    }

    /**
     * Where a possessive at the end of {@code text[begin, end)} starts ("China|'s", "Calloway|’s", "U.S.|'s"), or -1;
     * never for a contraction ("it's", "Let’s") or for a word that would be left empty.
     */
    int possessiveStart(int begin, int end) {
        int apostrophe = end - 2;
        if (apostrophe <= begin || Character.toLowerCase(text.charAt(end - 1)) != 's' || !isApostrophe(text.charAt(apostrophe))) {
            return -1;
        }
        char before = text.charAt(apostrophe - 1);
        if (!Character.isLetterOrDigit(before) && before != '.') {
            return -1;
        }
        int stem = apostrophe;
        while (stem > begin && Character.isLetter(text.charAt(stem - 1))) {
            stem--;
        }
        return CONTRACTED.contains(text.substring(stem, apostrophe).toLowerCase(Locale.ROOT)) ? -1 : apostrophe;
    }

    /** Whether the period at {@code offset} belongs to the abbreviation before it ("U.S.", "Inc."). */
    boolean isAbbreviationPeriod(int offset) {
        if (offset <= 0 || offset >= text.length() || text.charAt(offset) != '.' || !segments.isBoundary(offset)) {
            return false;
        }
        return abbreviations.keepsPeriod(text, segments.preceding(offset), offset);
    }

    /** An ICU boundary inside one of our words: before an abbreviation's period, or at a name's hyphen. */
    private boolean isGlued(int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return false;
        }
        char at = text.charAt(offset);
        if (at == '.') {
            return isAbbreviationPeriod(offset);
        }
        if (HyphenNames.isHyphen(at)) {
            return joinsAtHyphen(offset);
        }
        return HyphenNames.isHyphen(text.charAt(offset - 1)) && joinsAtHyphen(offset - 1);
    }

    private boolean joinsAtHyphen(int hyphen) {
        if (hyphen <= 0 || hyphen + 1 >= text.length() || !Character.isLetter(text.charAt(hyphen - 1))
                || !Character.isLetter(text.charAt(hyphen + 1)) || !segments.isBoundary(hyphen)
                || !segments.isBoundary(hyphen + 1)) {
            return false;
        }
        String left = text.substring(segments.preceding(hyphen), hyphen);
        String right = text.substring(hyphen + 1, segments.following(hyphen + 1));
        return HyphenNames.joins(left, right);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\uFF07';
    }
}
