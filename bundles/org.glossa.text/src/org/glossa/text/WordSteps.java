package org.glossa.text;

import java.util.Objects;

/**
 * Moves a span edge by one word, as the editor's keyboard span growing and shrinking does: over blanks, then over
 * one word of {@link SelectionSnapper}'s notion ({@link SnapWords}). So "U.S." and a hyphenated name ("Yung-ho")
 * are one step, a span's end stops before a possessive ("Calloway" then "Calloway's", where snapping would put it)
 * while its start never does, a hyphen in other compounds ("well-known") or any other punctuation mark is a step
 * of its own, Korean steps by eojeol, Chinese without spaces by dictionary word, and an emoji sequence is never
 * split.
 * <p>
 * Each method returns the edge unchanged when there is no word to step over. Create one per text; not thread-safe.
 */
public final class WordSteps {
    private final String text;
    private final SnapWords words;

    public WordSteps(String text) {
        this.text = Objects.requireNonNull(text, "text");
        this.words = new SnapWords(text);
    }

    /**
     * Grows a span's end: past the blanks after {@code end}, to the end of the next word, or first to the start
     * of its possessive.
     */
    public int nextWordEnd(int end) {
        int from = skipBlanksForward(checked(end), text.length());
        if (from >= text.length()) {
            return end;
        }
        int wordEnd = words.following(from);
        int possessive = words.possessiveStart(words.startAtOrBefore(from), wordEnd);
        return possessive > from ? possessive : wordEnd;
    }

    /**
     * Shrinks a span's end: off a possessive, or to the start of the word before {@code end} and back over blanks,
     * but never to {@code begin} or before it (a span keeps at least one word).
     */
    public int previousWordEnd(int end, int begin) {
        if (checked(end) <= checked(begin)) {
            return end;
        }
        int wordStart = words.preceding(end);
        int possessive = words.possessiveStart(wordStart, end);
        if (possessive > begin) {
            return possessive;
        }
        int to = skipBlanksBack(wordStart, begin);
        return to > begin ? to : end;
    }

    /**
     * Shrinks a span's start: past the word at {@code begin}, then past blanks, but never to {@code end} or after
     * it (a span keeps at least one word).
     */
    public int nextWordStart(int begin, int end) {
        if (checked(begin) >= checked(end)) {
            return begin;
        }
        int from = skipBlanksForward(words.following(begin), end);
        return from < end ? from : begin;
    }

    /** Grows a span's start: back over the blanks before {@code begin}, to the start of the previous word. */
    public int previousWordStart(int begin) {
        int to = skipBlanksBack(checked(begin), 0);
        return to > 0 ? words.preceding(to) : begin;
    }

    private int skipBlanksForward(int from, int limit) {
        int offset = from;
        while (offset < limit && SelectionSnapper.isBlank(text.codePointAt(offset))) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return offset;
    }

    private int skipBlanksBack(int from, int limit) {
        int offset = from;
        while (offset > limit && SelectionSnapper.isBlank(text.codePointBefore(offset))) {
            offset -= Character.charCount(text.codePointBefore(offset));
        }
        return offset;
    }

    private int checked(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " is not inside the text of length " + text.length());
        }
        return offset;
    }
}
