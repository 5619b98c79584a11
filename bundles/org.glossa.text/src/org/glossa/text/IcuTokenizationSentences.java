package org.glossa.text;

import java.util.Arrays;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.UnicodeSet;

/**
 * Sentence breaks between tokens, from ICU's sentence break iterator run over the <em>token sequence</em>
 * rather than the raw text: the tokens are joined the way typeset text joins them (punctuation attached to
 * the word before it, a line break where the text has one, otherwise one space). The result depends only on
 * the tokens and the line breaks between them, never on how much space the text had between two tokens, so
 * a token file whose text is rebuilt by joining tokens with spaces and sentences with line breaks splits into
 * the same sentences again.
 * <p>
 * Not thread-safe: one per {@link IcuTokenization#sentences} call.
 */
final class IcuTokenizationSentences {
    /** . ! ? 。 and the like (Sentence_Break ATerm and STerm). */
    private static final UnicodeSet TERMINALS = new UnicodeSet("[[:Sentence_Break=ATerm:][:Sentence_Break=STerm:]]").freeze();
    /** , : ; - and the like. */
    private static final UnicodeSet CONTINUING = new UnicodeSet("[:Sentence_Break=SContinue:]").freeze();
    /** Quotation marks and brackets. */
    private static final UnicodeSet CLOSE = new UnicodeSet("[:Sentence_Break=Close:]").freeze();

    private final BreakIterator sentences;

    IcuTokenizationSentences(BreakIterator prototype) {
        this.sentences = (BreakIterator) prototype.clone();
    }

    /** {@code breakBefore[i]}: a sentence starts at token {@code i} (always true for token 0). */
    boolean[] breaks(String text, IcuTokenizationTokens tokens) {
        int count = tokens.size();
        boolean[] breakBefore = new boolean[count];
        if (count == 0) {
            return breakBefore;
        }
        int[] joinedStart = new int[count];
        StringBuilder joined = new StringBuilder(tokens.end(count - 1) - tokens.begin(0) + count);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                appendSeparator(text, tokens, i, joined);
            }
            joinedStart[i] = joined.length();
            joined.append(text, tokens.begin(i), tokens.end(i));
        }
        breakBefore[0] = true;
        sentences.setText(joined.toString());
        for (int boundary = sentences.next(); boundary != BreakIterator.DONE; boundary = sentences.next()) {
            int token = Arrays.binarySearch(joinedStart, boundary);
            // a boundary inside a token (rare: ICU keeps e.g. "Seoul.Next" as one word) is ignored
            if (token > 0 && !continuesAfterInitialism(text, tokens, token)) {
                breakBefore[token] = true;
            }
        }
        return breakBefore;
    }

    /**
     * ICU's English suppressions keep "Mr. Kim" together but break "the U.S. State Department" and
     * "Korea-U.S. talks"; news text has far more initialisms inside sentences than at their end, so a sentence
     * does not end after one (unless a line break follows).
     */
    private static boolean continuesAfterInitialism(String text, IcuTokenizationTokens tokens, int token) {
        int previousBegin = tokens.begin(token - 1);
        int previousEnd = tokens.end(token - 1);
        return text.charAt(previousEnd - 1) == '.' && IcuTokenizationWords.isInitialism(text, previousBegin, previousEnd - 1)
                && !containsLineBreak(text, previousEnd, tokens.begin(token));
    }

    private static void appendSeparator(String text, IcuTokenizationTokens tokens, int i, StringBuilder joined) {
        if (containsLineBreak(text, tokens.end(i - 1), tokens.begin(i))) {
            joined.append('\n');
        } else if (!attachesToPrevious(text, tokens, i)) {
            joined.append(' ');
        }
    }

    /** Whether a token is punctuation that typeset text writes right after the token before it. */
    private static boolean attachesToPrevious(String text, IcuTokenizationTokens tokens, int i) {
        int first = text.codePointAt(tokens.begin(i));
        if (TERMINALS.contains(first) || CONTINUING.contains(first)) {
            return true; // . ! ? 。 , : ; -
        }
        if (!CLOSE.contains(first)) {
            return false;
        }
        int type = Character.getType(first);
        if (type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION) {
            return false; // ( [ “ ‘ open what follows
        }
        if (type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION) {
            return true; // ) ] ” ’ close what precedes
        }
        // " and ' can open or close: after a sentence terminal they close the sentence
        return TERMINALS.contains(text.codePointBefore(tokens.end(i - 1)));
    }

    /** Line breaks as Unicode (and Python's {@code str.splitlines}) count them. */
    static boolean containsLineBreak(String text, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (isLineBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u001C' || c == '\u001D' || c == '\u001E'
                || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
