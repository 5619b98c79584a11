package org.glossa.io.article;

import java.util.ArrayList;
import java.util.List;

/** One line of a normalised text: {@code [begin, end)} without its {@code \n}. */
record Line(int begin, int end, String text) {

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int begin = 0;
        while (begin <= text.length()) {
            int newline = text.indexOf('\n', begin);
            int end = newline < 0 ? text.length() : newline;
            lines.add(new Line(begin, end, text.substring(begin, end)));
            if (newline < 0) {
                break;
            }
            begin = newline + 1;
        }
        return lines;
    }

    boolean isBlank() {
        return Chars.strip(text).isEmpty();
    }

    String stripped() {
        return Chars.strip(text);
    }
}
