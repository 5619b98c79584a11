package org.glossa.ui.editor;

/** Moving a span edge by one word: over white space, then over the word (or one punctuation mark). */
final class WordSteps {
    private WordSteps() {
    }

    static int nextWordEnd(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return skipToken(text, i, +1);
    }

    static int previousWordEnd(String text, int end, int begin) {
        int i = end;
        i = skipTokenBack(text, i);
        while (i > begin && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > begin ? i : end;
    }

    static int nextWordStart(String text, int begin, int end) {
        int i = skipToken(text, begin, +1);
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < end ? i : begin;
    }

    static int previousWordStart(String text, int begin) {
        int i = begin;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return skipTokenBack(text, i);
    }

    private static int skipToken(String text, int from, int direction) {
        int i = from;
        if (i < text.length() && !Character.isLetterOrDigit(text.codePointAt(i))) {
            return i + Character.charCount(text.codePointAt(i));
        }
        while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static int skipTokenBack(String text, int from) {
        int i = from;
        if (i > 0 && !Character.isLetterOrDigit(text.codePointBefore(i))) {
            return i - Character.charCount(text.codePointBefore(i));
        }
        while (i > 0 && Character.isLetterOrDigit(text.codePointBefore(i))) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        return i;
    }
}
