package org.glossa.agreement.unitizing;

import org.glossa.agreement.Figure;

/**
 * Unitizing alpha of one study: per category the observed and expected disagreement, the alpha and the number of units
 * (after merging), plus the alpha pooled over categories. Immutable.
 */
public final class UnitizingResult {

    /** Reason: nobody marked a unit of the category. */
    public static final String NO_UNITS = "no units of this label";
    /** Reason: D_E = 0, which happens only when every rater marks every character as a unit of its own. */
    public static final String NO_EXPECTED_DISAGREEMENT =
            "expected disagreement is 0: every annotator marked every character as a one-character unit of this label";
    /** Reason for the pooled figure: no category has D_E > 0. */
    public static final String NOTHING_TO_POOL = "no label has units";

    private final double[] observed;
    private final double[] expected;
    private final int[] units;
    private final Figure[] alphas;
    private final Figure pooled;

    UnitizingResult(double[] observed, double[] expected, int[] units) {
        this.observed = observed.clone();
        this.expected = expected.clone();
        this.units = units.clone();
        this.alphas = new Figure[units.length];
        double observedSum = 0;
        double expectedSum = 0;
        for (int c = 0; c < units.length; c++) {
            if (units[c] == 0) {
                alphas[c] = Figure.undefined(NO_UNITS);
            } else if (expected[c] == 0) {
                alphas[c] = Figure.undefined(NO_EXPECTED_DISAGREEMENT);
            } else {
                alphas[c] = Figure.of(1 - observed[c] / expected[c]);
                // Disagreements are pooled, not alphas averaged, so that long units weigh more.
                observedSum += observed[c];
                expectedSum += expected[c];
            }
        }
        this.pooled = expectedSum > 0 ? Figure.of(1 - observedSum / expectedSum) : Figure.undefined(NOTHING_TO_POOL);
    }

    /** Number of categories of the study. */
    public int categoryCount() {
        return units.length;
    }

    /** α_c, or undefined when category c has no units or no expected disagreement. */
    public Figure category(int c) {
        return alphas[checked(c)];
    }

    /** D_O,c; 0 when category c has no units. */
    public double observedDisagreement(int c) {
        return observed[checked(c)];
    }

    /** D_E,c; 0 when category c has no units. */
    public double expectedDisagreement(int c) {
        return expected[checked(c)];
    }

    /** Units of category c over all raters, after merging each rater's overlapping units. */
    public int units(int c) {
        return units[checked(c)];
    }

    /** α_u = 1 − Σ D_O,c / Σ D_E,c over the categories with D_E,c > 0; undefined if there are none. */
    public Figure pooled() {
        return pooled;
    }

    private int checked(int c) {
        if (c < 0 || c >= units.length) {
            throw new IllegalArgumentException("category " + c + " out of range [0, " + units.length + ")");
        }
        return c;
    }
}
