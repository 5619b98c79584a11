package org.glossa.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Decides whether a stretch of text is a whole word: at each edge, either a letter or digit does not continue
 * on both sides ("Ines" in "Ines's"), or ICU's word break iterator sees a word boundary there (Chinese words
 * by dictionary, so "北京" can be a whole word inside unbroken Han text); but never at the hyphen of a name that
 * snapping keeps whole ({@link HyphenNames}: "Yung" in "Yung-ho").
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
        if (insideHyphenatedName(offset)) {
            return false;
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

    /** At either side of the hyphen of a name that snapping keeps whole ("Kim Yung" is no whole word of "Kim Yung-ho"). */
    private boolean insideHyphenatedName(int offset) {
        int hyphen = HyphenNames.isHyphen(text.charAt(offset)) ? offset
                : HyphenNames.isHyphen(text.charAt(offset - 1)) ? offset - 1 : -1;
        if (hyphen <= 0 || hyphen + 1 >= text.length()) {
            return false;
        }
        int leftStart = hyphen;
        while (leftStart > 0 && Character.isLetter(text.charAt(leftStart - 1))) {
            leftStart--;
        }
        int rightEnd = hyphen + 1;
        while (rightEnd < text.length() && Character.isLetter(text.charAt(rightEnd))) {
            rightEnd++;
        }
        return HyphenNames.joins(text.substring(leftStart, hyphen), text.substring(hyphen + 1, rightEnd));
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
