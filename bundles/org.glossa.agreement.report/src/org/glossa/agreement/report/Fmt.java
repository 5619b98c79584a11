package org.glossa.agreement.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting shared by both writers: figures with 3 decimals, counts as integers, Locale.ROOT always. */
final class Fmt {

    static final String DASH = "\u2014";
    static final String TIMES = "\u00d7";

    private Fmt() {
    }

    static String fixed(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        // -0.0004 rounds to "-0.000", which reads like a negative result
        return text.equals("-0.000") ? "0.000" : text;
    }

    /** Three significant digits for values below 0.1, else {@link #fixed}; never scientific notation. */
    static String significant(double value) {
        if (value == 0 || Math.abs(value) >= 0.1) {
            return fixed(value);
        }
        return new BigDecimal(value).round(new MathContext(3)).toPlainString();
    }

    /** A count; a non-integral number (should not happen) keeps its decimals rather than being truncated. */
    static String count(Number n) {
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

    /** The HTML wording; the Markdown writer uses {@link #undefinedParenthesised}. */
    static String undefinedDashed(String reason) {
        return "undefined " + DASH + " " + reason;
    }

    static String undefinedParenthesised(String reason) {
        return "undefined (" + reason + ")";
    }

    static String pair(String a, String b) {
        return a + " " + TIMES + " " + b;
    }
}
