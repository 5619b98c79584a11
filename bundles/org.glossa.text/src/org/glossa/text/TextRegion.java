package org.glossa.text;

/**
 * A stretch of an imported text in UTF-16 offsets, {@code begin} inclusive, {@code end} exclusive.
 */
public record TextRegion(int begin, int end) {

    public TextRegion {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("invalid region [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean isEmpty() {
        return begin == end;
    }

    /** The covered text of this region in {@code text}. */
    public String coveredText(String text) {
        return text.substring(begin, end);
    }
}
