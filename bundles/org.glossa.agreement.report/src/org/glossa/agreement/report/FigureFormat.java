package org.glossa.agreement.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Locale;

/**
 * How agreement figures read wherever they are shown (HTML and Markdown reports, the workbench's charts and tables):
 * figures with three decimals, counts as integers, undefined figures with their reason, always in
 * {@link Locale#ROOT} so that a report reads the same on every machine.
 */
public final class FigureFormat {

    /** Shown where nothing is reported. */
    public static final String DASH = "\u2014";
    /** Joins the two annotators of a pair. */
    public static final String TIMES = "\u00d7";

    private FigureFormat() {
    }

    /** Three decimals; a value that rounds to zero never shows a minus sign. */
    public static String fixed(double value) {
        return fixed(value, 3);
    }

    /** {@code decimals} decimals (fewer than three where room is short, as in a small chart cell), no "-0". */
    public static String fixed(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        // -0.0004 rounds to "-0.000", which reads like a negative result
        return text.startsWith("-") && text.chars().noneMatch(c -> c >= '1' && c <= '9') ? text.substring(1) : text;
    }

    /** Three significant digits for values below 0.1, else {@link #fixed}; never scientific notation. */
    public static String significant(double value) {
        if (value == 0 || Math.abs(value) >= 0.1) {
            return fixed(value);
        }
        return new BigDecimal(value).round(new MathContext(3)).toPlainString();
    }

    /** A count; a non-integral number (should not happen) keeps its decimals rather than being truncated. */
    public static String count(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            return n.toString();
        }
        if (n instanceof BigDecimal big) {
            return big.stripTrailingZeros().scale() <= 0 ? big.toBigInteger().toString() : fixed(big.doubleValue());
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            return "not a number";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return fixed(d);
    }

    /** "undefined — reason", the HTML report's wording; the Markdown report uses {@link #undefinedParenthesised}. */
    public static String undefinedDashed(String reason) {
        return "undefined " + DASH + " " + reason;
    }

    /** "undefined (reason)". */
    public static String undefinedParenthesised(String reason) {
        return "undefined (" + reason + ")";
    }

    /** "a × b". */
    public static String pair(String a, String b) {
        return a + " " + TIMES + " " + b;
    }
}
