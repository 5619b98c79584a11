package org.glossa.agreement.krippendorffalpha;

import org.glossa.agreement.Figure;
import org.glossa.agreement.coding.CodingFigure;
import org.glossa.agreement.coding.CodingStudy;
import org.glossa.agreement.coding.CompleteItems;

/**
 * Krippendorff's alpha with the nominal distance (DKPro's {@code KrippendorffAlphaAgreement} with
 * {@code NominalDistanceFunction}): uses every item with at least two values among the compared raters.
 */
public final class KrippendorffAlphaNominal {
    /** Reason: alpha found no item with two values to pair. */
    public static final String FEWER_THAN_TWO_VALUES = "fewer than two values: no item labelled by at least two"
            + " compared annotators";
    /** Reason: alpha's D_E = 0 because the paired values all carry one label. */
    public static final String NO_VARIATION = "no variation: only one label in use";

    private KrippendorffAlphaNominal() {
    }

    /**
     * Krippendorff's alpha with the nominal distance over all items; items with fewer than two values among the given
     * raters cannot be paired and are left out.
     */
    public static CodingFigure of(CodingStudy s, int... raters) {
        CompleteItems.checkRaters(s, raters);
        int categories = s.categoryCount();
        long[] totals = new long[categories]; // n_a
        long[] disagreeingBySize = new long[raters.length + 1]; // Σ (m² − Σ_a n_ia²) over items with m values
        int[] itemCounts = new int[categories];
        int used = 0;
        long values = 0; // n
        for (int i = 0, items = s.itemCount(); i < items; i++) {
            int m = 0;
            long sameOrdered = 0; // Σ_a n_ia², built up as Σ (2·n_ia + 1) per added value
            for (int r : raters) {
                int v = s.valueAt(i, r);
                if (v != CodingStudy.MISSING) {
                    sameOrdered += 2L * itemCounts[v]++ + 1;
                    m++;
                }
            }
            if (m >= 2) {
                used++;
                values += m;
                disagreeingBySize[m] += (long) m * m - sameOrdered;
            }
            for (int r : raters) { // reset only what this item touched
                int v = s.valueAt(i, r);
                if (v != CodingStudy.MISSING) {
                    if (m >= 2) {
                        totals[v]++;
                    }
                    itemCounts[v] = 0;
                }
            }
        }
        int leftOut = s.itemCount() - used;
        if (used == 0) {
            return new CodingFigure(Figure.undefined(FEWER_THAN_TWO_VALUES), used, leftOut);
        }
        // Each item adds 1/(m−1) per ordered pair of different values: n·D_O = Σ_m disagreeing_m / (m−1).
        double observed = 0;
        for (int m = 2; m < disagreeingBySize.length; m++) {
            observed += disagreeingBySize[m] / (double) (m - 1);
        }
        double expected = (double) values * values; // n(n−1)·D_E = n² − Σ_a n_a²
        for (long t : totals) {
            expected -= (double) t * t;
        }
        if (expected == 0) {
            return new CodingFigure(Figure.undefined(NO_VARIATION), used, leftOut);
        }
        // α = 1 − D_O / D_E = 1 − (n−1) · n·D_O / (n(n−1)·D_E)
        return new CodingFigure(Figure.of(1 - (values - 1) * observed / expected), used, leftOut);
    }
}
