package org.glossa.text;

/**
 * Trims what a snapped span leaves out at its edges, repeatedly until nothing changes: white space; sentence and
 * clause marks and dashes ({@link EdgePunctuation#isCut}) except an abbreviation's period ("U.S.") and a "!" or
 * "?" right after a capitalised word that the selection itself ended with ("Yahoo!"); a possessive ('s, ’s) at the
 * end; and a bracket or quotation mark at either edge unless the span starts with the opening one and ends with
 * its closing one ("(Reuters)" and a quotation with its marks stay as they are).
 */
final class SpanEdges {
    private final SnapWords words;
    private final String text;

    SpanEdges(SnapWords words) {
        this.words = words;
        this.text = words.text();
    }

    /**
     * @param selectedEnd where the selection itself ended (after trimming white space): a "!" or "?" just before
     *                    it was chosen, not picked up
     * @return the trimmed region; empty when nothing but left-out marks was there
     */
    TextRegion trim(int begin, int end, int selectedEnd) {
        int b = begin;
        int e = end;
        while (b < e) {
            int first = text.codePointAt(b);
            int last = text.codePointBefore(e);
            int possessive = words.possessiveStart(b, e);
            if (SelectionSnapper.isBlank(last) || EdgePunctuation.isCut(last) && !keepsFinalMark(b, e, selectedEnd)) {
                e -= Character.charCount(last);
            } else if (possessive > b) {
                e = possessive;
            } else if (SelectionSnapper.isBlank(first) || EdgePunctuation.isCut(first)) {
                b += Character.charCount(first);
            } else if (EdgePunctuation.pairs(first, last) && e - b > Character.charCount(first)) {
                break; // "(Reuters)", a quotation with both its marks
            } else if (EdgePunctuation.isCloser(last)) {
                e -= Character.charCount(last);
            } else if (EdgePunctuation.isOpener(first)) {
                b += Character.charCount(first);
            } else {
                break;
            }
        }
        return new TextRegion(b, Math.max(b, e));
    }

    private boolean keepsFinalMark(int begin, int end, int selectedEnd) {
        int mark = end - 1;
        char c = text.charAt(mark);
        if (c == '.') {
            return words.isAbbreviationPeriod(mark);
        }
        if ((c == '!' || c == '?') && end == selectedEnd && mark > begin && Character.isLetter(text.charAt(mark - 1))) {
            int wordStart = mark;
            while (wordStart > begin && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            return Character.isUpperCase(text.charAt(wordStart));
        }
        return false;
    }
}
