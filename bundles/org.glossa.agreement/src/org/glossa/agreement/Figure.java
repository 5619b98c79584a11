package org.glossa.agreement;

import java.util.Objects;

/**
 * One agreement figure: a number, or undefined with the reason why. Undefined figures are never shown as a number
 * that looks like a result (no NaN, no 0); reports print the reason instead.
 */
public record Figure(Double value, String reason) {

    public Figure {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("a figure has either a value or a reason");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite figure: " + value);
        }
    }

    public static Figure of(double value) {
        return new Figure(value, null);
    }

    public static Figure undefined(String reason) {
        return new Figure(null, Objects.requireNonNull(reason));
    }

    public boolean isDefined() {
        return value != null;
    }

    /** The value; only for defined figures. */
    public double doubleValue() {
        if (value == null) {
            throw new IllegalStateException("undefined figure: " + reason);
        }
        return value;
    }

    @Override
    public String toString() {
        return value != null ? String.format(java.util.Locale.ROOT, "%.4f", value) : "undefined (" + reason + ")";
    }
}
