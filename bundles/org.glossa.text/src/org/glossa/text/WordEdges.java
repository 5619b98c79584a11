package org.glossa.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Decides whether a stretch of text is a whole word: at each edge, either a letter or digit does not continue
 * on both sides ("Ines" in "Ines's"), or ICU's word break iterator sees a word boundary there (Chinese words
 * by dictionary, so "北京" can be a whole word inside unbroken Han text).
 */
public final class WordEdges {
    private final BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
    private String text;
    private boolean textSet;

    /** Starts on another text; the iterator reads it only if a letter-to-letter edge needs deciding. */
    public void reset(String newText) {
        this.text = newText;
        this.textSet = false;
    }

    public boolean isWholeWord(int begin, int end) {
        return isEdge(begin) && isEdge(end);
    }

    private boolean isEdge(int offset) {
        if (offset == 0 || offset == text.length()) {
            return true;
        }
        if (!isWordPart(text.codePointBefore(offset)) || !isWordPart(text.codePointAt(offset))) {
            return true;
        }
        if (!textSet) {
            words.setText(text);
            textSet = true;
        }
        return words.isBoundary(offset);
    }

    private static boolean isWordPart(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
