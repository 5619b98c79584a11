package org.glossa.io.json;

import org.glossa.core.format.AnnotationImportException;
import org.glossa.text.CodePoints;

/**
 * An imported text whose spans are given in code points (doccano, span JSONL, Label Studio): converts each span
 * to the model's UTF-16 offsets and checks it on the way, so that a bad offset is reported with its file and line.
 */
final class CodePointText {
    private final String text;
    private final CodePoints codePoints;

    CodePointText(String text) {
        this.text = text;
        this.codePoints = CodePoints.of(text);
    }

    String text() {
        return text;
    }

    /**
     * The UTF-16 range {begin, end} of the code point range [start, end).
     *
     * @param expected the span's text as the file gives it, or null when it gives none
     * @param what     names the span in messages, e.g. "span 3"
     */
    int[] toUtf16(JsonRecord record, String what, int start, int end, String expected) throws AnnotationImportException {
        if (start < 0) {
            throw record.problem(what + ": start " + start + " is negative");
        }
        if (start >= end) {
            throw record.problem(what + ": start " + start + " is not before end " + end);
        }
        if (end > codePoints.codePointLength()) {
            throw record.problem(what + ": end " + end + " is past the end of the text (" + codePoints.codePointLength()
                    + " code points)");
        }
        int begin16 = codePoints.toUtf16(start);
        int end16 = codePoints.toUtf16(end);
        if (expected != null && !text.substring(begin16, end16).equals(expected)) {
            throw record.problem(what + ": its text \"" + abbreviate(expected) + "\" is not the text at code points ["
                    + start + ", " + end + "), \"" + abbreviate(text.substring(begin16, end16)) + "\""
                    + (countsUtf16(start, end, expected) ? " (it is at those UTF-16 offsets: the file counts UTF-16 units, "
                            + "as old versions of some tools did, not code points)" : ""));
        }
        return new int[] { begin16, end16 };
    }

    private boolean countsUtf16(int start, int end, String expected) {
        return end <= text.length() && text.substring(start, end).equals(expected);
    }

    private static String abbreviate(String s) {
        String oneLine = s.replace("\n", "\\n");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
