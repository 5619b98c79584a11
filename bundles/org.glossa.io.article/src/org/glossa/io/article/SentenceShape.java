package org.glossa.io.article;

import java.util.regex.Pattern;

/** Whether a line ends the way a sentence of running text does. */
final class SentenceShape {

    /** A short credit after the last sentence: "... violations. (Yonhap)". */
    private static final Pattern TRAILING_CREDIT = Pattern.compile("\\s*\\([^()]{1,40}\\)$");
    private static final String CLOSERS = "\"'”’»)]」』】";
    private static final String TERMINATORS = ".!?。！？";

    private SentenceShape() {
    }

    static boolean endsLikeSentence(String stripped) {
        String text = stripped;
        String withoutCredit = TRAILING_CREDIT.matcher(text).replaceFirst("");
        if (!withoutCredit.isEmpty()) {
            text = withoutCredit;
        }
        int end = text.length();
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        text = text.substring(0, end);
        // A trailing ellipsis marks a truncated teaser, not the end of a paragraph.
        if (text.endsWith("...") || text.endsWith("…")) {
            return false;
        }
        char last = text.charAt(end - 1);
        return TERMINATORS.indexOf(last) >= 0 || (last == ':' && end >= 40);
    }
}
