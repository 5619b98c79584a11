package org.glossa.agreement.report;

import java.util.Locale;

/**
 * Text measuring for SVG layout without fonts or AWT: a width estimate good enough to size label columns, and
 * truncation by code point so that no emoji or Hangul syllable is cut in half.
 */
final class SvgText {

    private static final String ELLIPSIS = "\u2026";

    private SvgText() {
    }

    static double width(String s, double fontSize) {
        double w = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += fontSize * advance(cp);
        }
        return w;
    }

    /** Rough advance in ems: wide for CJK, Hangul and emoji, narrow for thin Latin letters. */
    private static double advance(int cp) {
        if (cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) || cp >= 0x1F000)) {
            return 1.05;
        }
        if ("iljtfI.,:;'|!".indexOf(cp) >= 0) {
            return 0.3;
        }
        if (Character.isUpperCase(cp) || cp == 'm' || cp == 'w' || cp == 'M' || cp == 'W') {
            return 0.7;
        }
        return 0.56;
    }

    /** SVG drops line breaks inside text ("two\nlines" would read "twolines"), so they become spaces first. */
    static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ");
    }

    /** {@code s}, cut with an ellipsis so its estimated width stays within {@code maxWidth}. */
    static String fit(String text, double fontSize, double maxWidth) {
        String s = oneLine(text);
        if (width(s, fontSize) <= maxWidth) {
            return s;
        }
        double budget = maxWidth - width(ELLIPSIS, fontSize);
        StringBuilder out = new StringBuilder();
        double w = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            double a = fontSize * advance(cp);
            if (w + a > budget) {
                break;
            }
            out.appendCodePoint(cp);
            w += a;
            i += Character.charCount(cp);
        }
        return out.toString().stripTrailing() + ELLIPSIS;
    }

    /** A coordinate: at most one decimal, Locale.ROOT, no "-0". */
    static String n(double v) {
        double r = Math.round(v * 10) / 10.0;
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        return String.format(Locale.ROOT, "%.1f", r);
    }
}
