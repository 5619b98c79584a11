package org.glossa.agreement.report;

/**
 * One figure read from the report tree: a finite value, or undefined with the reason. Renderers print the reason
 * instead of a number so that an undefined figure never passes for a result (no NaN, no 0).
 */
record Measure(Double value, String reason) {

    Measure {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("a measure has either a value or a reason");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("not finite: " + value);
        }
    }

    static Measure of(double value) {
        return new Measure(value, null);
    }

    static Measure undefined(String reason) {
        return new Measure(null, reason == null || reason.isBlank() ? "no reason given" : reason);
    }

    boolean defined() {
        return value != null;
    }
}
