package org.glossa.text;

import java.util.Arrays;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.UnicodeSet;

/**
 * Word tokens from ICU's word break iterator, without white space, and <em>stable</em>: every token, tokenized
 * on its own, is one token again. That is what makes a token file round-trip: a reader that rebuilds the text
 * by joining the tokens with spaces (CoNLL, doccano) and tokenizes it again gets the same tokens. ICU's
 * dictionary segmentation of Chinese, Japanese and South-East Asian scripts depends on the surrounding run,
 * so those tokens (and the pieces of tokens split at span edges) are re-segmented on their own until stable.
 * <p>
 * Not thread-safe: one per {@link IcuTokenization#sentences} call.
 */
final class IcuTokenizationWords {
    /** Unicode White_Space plus the information separators that Java and Python's {@code str.split} treat as such. */
    private static final UnicodeSet SEPARATORS = new UnicodeSet("[[:White_Space:]\\u001C-\\u001F]").freeze();
    /** What ICU segments with a dictionary: Chinese and Japanese, and the South-East Asian scripts. */
    private static final UnicodeSet DICTIONARY_SEGMENTED = new UnicodeSet(
            "[[:Script=Han:][:Script=Hiragana:][:Script=Katakana:][:Line_Break=Complex_Context:]]").freeze();

    private final BreakIterator words;
    private final BreakIterator isolated;

    IcuTokenizationWords(BreakIterator prototype) {
        this.words = (BreakIterator) prototype.clone();
        this.isolated = (BreakIterator) prototype.clone();
    }

    /** The tokens of {@code text[begin, end)}. */
    IcuTokenizationTokens tokenize(String text, int begin, int end) {
        IcuTokenizationTokens tokens = new IcuTokenizationTokens((end - begin) / 5); // about one token per five characters
        if (begin >= end) {
            return tokens;
        }
        words.setText(text.substring(begin, end));
        int start = words.first();
        for (int stop = words.next(); stop != BreakIterator.DONE; start = stop, stop = words.next()) {
            addVisibleRuns(text, begin + start, begin + stop, tokens);
        }
        return attachInitialismPeriods(text, tokens);
    }

    /**
     * ICU ends "U.S." before its last period when a space follows ("U.S" "."); the period belongs to the
     * initialism, as in CoNLL-2003's tokens, and {@link IcuTokenizationSentences} needs it there.
     */
    private static IcuTokenizationTokens attachInitialismPeriods(String text, IcuTokenizationTokens tokens) {
        IcuTokenizationTokens result = new IcuTokenizationTokens(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int begin = tokens.begin(i);
            int end = tokens.end(i);
            if (i + 1 < tokens.size() && tokens.begin(i + 1) == end && tokens.end(i + 1) == end + 1 && text.charAt(end) == '.'
                    && isInitialism(text, begin, end)) {
                result.add(begin, end + 1);
                i++;
            } else {
                result.add(begin, end);
            }
        }
        return result;
    }

    /** Letter groups of one or two letters joined by periods: "U.S", "e.g", "Ph.D", "a.m". */
    static boolean isInitialism(String text, int begin, int end) {
        int group = 0;
        int periods = 0;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (group == 0) {
                    return false;
                }
                periods++;
                group = 0;
            } else if (Character.isLetter(c) && ++group <= 2) {
                continue;
            } else {
                return false;
            }
        }
        return periods > 0 && group > 0;
    }

    /**
     * Adds a piece of text as tokens: split at white space (which ICU keeps as pieces of its own, but a piece
     * may also begin with a space that a combining mark attached to), pieces of only invisible format
     * characters dropped, each run made stable.
     */
    void addVisibleRuns(String text, int begin, int end, IcuTokenizationTokens tokens) {
        int runStart = -1;
        for (int i = begin; i < end;) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (isSeparator(codePoint)) {
                if (runStart >= 0) {
                    addStable(text, runStart, i, tokens);
                    runStart = -1;
                }
            } else if (runStart < 0) {
                runStart = i;
            }
            i = next;
        }
        if (runStart >= 0) {
            addStable(text, runStart, end, tokens);
        }
    }

    /** Adds a run without white space; re-segments it on its own when ICU's result could depend on context. */
    void addStable(String text, int begin, int end, IcuTokenizationTokens tokens) {
        if (isInvisible(text, begin, end)) {
            return;
        }
        if (!mayDependOnContext(text, begin, end)) {
            tokens.add(begin, end);
            return;
        }
        resegment(text, begin, end, tokens);
    }

    /** Segments a run on its own, recursively, until every piece is one token by itself. */
    void resegment(String text, int begin, int end, IcuTokenizationTokens tokens) {
        isolated.setText(text.substring(begin, end));
        int first = isolated.first();
        int second = isolated.next();
        if (second == BreakIterator.DONE || begin + second == end) {
            tokens.add(begin, end);
            return;
        }
        int[] cuts = collectBoundaries(first, second);
        for (int k = 0; k + 1 < cuts.length; k++) {
            int pieceBegin = begin + cuts[k];
            int pieceEnd = begin + cuts[k + 1];
            if (isInvisible(text, pieceBegin, pieceEnd)) {
                continue;
            }
            resegment(text, pieceBegin, pieceEnd, tokens);
        }
    }

    private int[] collectBoundaries(int first, int second) {
        int[] cuts = new int[8];
        cuts[0] = first;
        cuts[1] = second;
        int count = 2;
        for (int boundary = isolated.next(); boundary != BreakIterator.DONE; boundary = isolated.next()) {
            if (count == cuts.length) {
                cuts = Arrays.copyOf(cuts, count * 2);
            }
            cuts[count++] = boundary;
        }
        return Arrays.copyOf(cuts, count);
    }

    /** Runs of more than one character in a script that ICU segments with a dictionary. */
    private static boolean mayDependOnContext(String text, int begin, int end) {
        if (text.offsetByCodePoints(begin, 1) >= end) {
            return false;
        }
        for (int i = begin; i < end;) {
            int codePoint = text.codePointAt(i);
            if (isDictionarySegmented(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    private static boolean isDictionarySegmented(int codePoint) {
        return codePoint >= 0x0E00 && DICTIONARY_SEGMENTED.contains(codePoint); // below Thai: Latin, Cyrillic, Indic, ...
    }

    /**
     * White space for token purposes: Unicode White_Space plus what Java (and Python's {@code str.split}) treat
     * as white space, such as the information separators U+001C..U+001F. Token files separate columns by it.
     */
    static boolean isSeparator(int codePoint) {
        return SEPARATORS.contains(codePoint);
    }

    /** Only format characters (zero-width space, joiners, soft hyphen, BOM): nothing a reader could see. */
    private static boolean isInvisible(String text, int begin, int end) {
        for (int i = begin; i < end;) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type != Character.FORMAT) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
