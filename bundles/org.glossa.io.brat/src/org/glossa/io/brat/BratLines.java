package org.glossa.io.brat;

import java.util.ArrayList;
import java.util.List;

/**
 * brat's {@code .ann} files are line-oriented and read with Python, whose line splitting also breaks at
 * U+000B, U+000C, U+001C..U+001E, U+0085, U+2028 and U+2029: no reference text or note may hold any of them.
 */
final class BratLines {
    private BratLines() {
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u001C' || c == '\u001D' || c == '\u001E'
                || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isLineBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text on one line: each run of line breaks replaced by one space. */
    static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        boolean inBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                if (!inBreak) {
                    line.append(' ');
                }
                inBreak = true;
            } else {
                line.append(c);
                inBreak = false;
            }
        }
        return line.toString();
    }

    /**
     * The fragments of {@code text[begin, end)} between line breaks (UTF-16 offsets, begin and end pairs), as
     * brat's discontinuous spans write a span that crosses lines (FORMATS.md §0.5). One fragment when the span
     * has no line break; none when it has only line breaks; an empty span is one empty fragment.
     */
    static List<int[]> fragments(String text, int begin, int end) {
        List<int[]> fragments = new ArrayList<>();
        if (begin == end) {
            fragments.add(new int[] { begin, end });
            return fragments;
        }
        int start = -1;
        for (int i = begin; i < end; i++) {
            if (isLineBreak(text.charAt(i))) {
                if (start >= 0) {
                    fragments.add(new int[] { start, i });
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            fragments.add(new int[] { start, end });
        }
        return fragments;
    }
}
