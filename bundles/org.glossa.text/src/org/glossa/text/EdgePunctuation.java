package org.glossa.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.BidiPairedBracketType;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.UnicodeSet;

/**
 * The punctuation a snapped span leaves out at its edges, as NER guidelines (OntoNotes, CoNLL) do: sentence and
 * clause marks and dashes never begin or end a name; brackets and quotation marks only belong to a span that has
 * both the opening one at its start and the matching closing one at its end ("(Reuters)", a quotation with its
 * marks). Symbols such as {@code $ % # @ &} are not in these sets: "$5" and "5%" keep them.
 */
final class EdgePunctuation {
    /** Sentence and clause marks, ellipses and dashes, Latin and CJK (full-width and ideographic forms). */
    private static final UnicodeSet CUT = new UnicodeSet(
            "[.,;:!?\\u2026\\u2025\\u203C\\u2047-\\u2049\\u3002\\u3001\\uFF0C\\uFF0E\\uFF1A\\uFF1B\\uFF01\\uFF1F\\uFF61\\uFF64"
                    + "\\-\\u2010-\\u2015\\u2212\\u30FB]").freeze();
    /** Brackets and quotation marks that open: Ps and Pi, and the straight quotes, which open or close. */
    private static final UnicodeSet OPENERS = new UnicodeSet("[[:Ps:][:Pi:]\"'\\uFF02\\uFF07]").freeze();
    /** Brackets and quotation marks that close, and the straight quotes. */
    private static final UnicodeSet CLOSERS = new UnicodeSet("[[:Pe:][:Pf:]\"'\\uFF02\\uFF07\\u2019\\u201D]").freeze();
    /** Quotation marks whose pairs Unicode's bracket pairs do not name: opening mark, then its closing marks. */
    private static final String[][] QUOTE_PAIRS = { { "\u201C", "\u201D" }, { "\u2018", "\u2019" }, { "\u00AB", "\u00BB" },
            { "\u00BB", "\u00AB" }, { "\u2039", "\u203A" }, { "\u203A", "\u2039" }, { "\u201E", "\u201C\u201D" },
            { "\u201A", "\u2018\u2019" }, { "\"", "\"" }, { "'", "'" }, { "\uFF02", "\uFF02" }, { "\uFF07", "\uFF07" } };

    private EdgePunctuation() {
    }

    /** A mark that never begins or ends a snapped span (except a kept abbreviation dot or a name's "!"). */
    static boolean isCut(int codePoint) {
        return CUT.contains(codePoint);
    }

    static boolean isOpener(int codePoint) {
        return OPENERS.contains(codePoint);
    }

    static boolean isCloser(int codePoint) {
        return CLOSERS.contains(codePoint);
    }

    /** Whether {@code close} closes what {@code open} opened: brackets by Unicode's pairs, quotes by the usual pairs. */
    static boolean pairs(int open, int close) {
        if (!isOpener(open) || !isCloser(close)) {
            return false;
        }
        if (UCharacter.getIntPropertyValue(open, UProperty.BIDI_PAIRED_BRACKET_TYPE) == BidiPairedBracketType.OPEN) {
            return UCharacter.getBidiPairedBracket(open) == close;
        }
        String opening = new String(Character.toChars(open));
        String closing = new String(Character.toChars(close));
        for (String[] pair : QUOTE_PAIRS) {
            if (pair[0].equals(opening) && pair[1].contains(closing)) {
                return true;
            }
        }
        return false;
    }
}
