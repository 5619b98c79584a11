package org.glossa.agreement.coding;

import org.glossa.agreement.Figure;

/**
 * Coding agreement measures as defined in Glossa's AGREEMENT.md, with the values of DKPro Agreement's
 * {@code PercentageAgreement}, {@code CohenKappaAgreement}, {@code ScottPiAgreement}, {@code FleissKappaAgreement} and
 * {@code KrippendorffAlphaAgreement} with a nominal distance.
 * <p>
 * The kappa family (percentage, Cohen, Scott, Fleiss) uses only the items that every compared rater labelled; alpha
 * uses every item with at least two values among the compared raters. Each measure is one pass over the items that
 * fills integer count arrays; the final ratio is formed from exact integer sums, so there is one rounding at the end
 * rather than one per item.
 */
public final class CodingMeasures {

    /** Reason: the kappa family found no item that all compared raters labelled. */
    public static final String NO_COMPLETE_ITEMS = "no item labelled by all compared annotators";
    /** Reason: A_E = 1, so the kappa is 0/0. */
    public static final String ONE_LABEL = "only one label in use";
    /** Reason: alpha found no item with two values to pair. */
    public static final String FEWER_THAN_TWO_VALUES = "fewer than two values: no item labelled by at least two"
            + " compared annotators";
    /** Reason: alpha's D_E = 0 because the paired values all carry one label. */
    public static final String NO_VARIATION = "no variation: only one label in use";

    private CodingMeasures() {
    }

    /** Mean share of agreeing rater pairs per complete item: A_O. */
    public static CodingFigure percentageAgreement(CodingStudy s, int... raters) {
        Counts k = Counts.ofCompleteItems(s, checkedRaters(s, raters));
        if (k.items == 0) {
            return k.figure(Figure.undefined(NO_COMPLETE_ITEMS));
        }
        int n = raters.length;
        return k.figure(Figure.of(k.agreeingPairs / ((double) k.items * n * (n - 1))));
    }

    /** Cohen's kappa of raters a and b: A_E = Σ_k (c_ak / N)(c_bk / N). */
    public static CodingFigure cohenKappa(CodingStudy s, int a, int b) {
        Counts k = Counts.ofCompleteItems(s, checkedRaters(s, a, b));
        if (k.items == 0) {
            return k.figure(Figure.undefined(NO_COMPLETE_ITEMS));
        }
        long n = k.items;
        long chance = 0; // N² · A_E
        for (int c = 0; c < s.categoryCount(); c++) {
            chance += (long) k.byRater[0][c] * k.byRater[1][c];
        }
        // κ = (A_O − A_E) / (1 − A_E) with A_O = agree / N, multiplied through by N².
        double agree = k.agreeingPairs / 2; // one agreeing ordered pair in each direction
        return k.figure(kappa(agree * n - chance, (double) n * n - chance));
    }

    /** Scott's pi of raters a and b: A_E = Σ_k ((c_ak + c_bk) / 2N)². */
    public static CodingFigure scottPi(CodingStudy s, int a, int b) {
        Counts k = Counts.ofCompleteItems(s, checkedRaters(s, a, b));
        if (k.items == 0) {
            return k.figure(Figure.undefined(NO_COMPLETE_ITEMS));
        }
        long n = k.items;
        long chance = k.squaredTotals(); // 4N² · A_E
        double agree = k.agreeingPairs / 2;
        return k.figure(kappa(4.0 * n * agree - chance, 4.0 * n * n - chance));
    }

    /** Fleiss' kappa of the given raters: p_k = Σ_i n_ik / (N·n), A_E = Σ_k p_k². */
    public static CodingFigure fleissKappa(CodingStudy s, int... raters) {
        Counts k = Counts.ofCompleteItems(s, checkedRaters(s, raters));
        if (k.items == 0) {
            return k.figure(Figure.undefined(NO_COMPLETE_ITEMS));
        }
        int n = raters.length;
        double t = (double) k.items * n; // ratings in all
        long chance = k.squaredTotals(); // T² · A_E
        // A_O = S / (T(n−1)), A_E = Q / T², so κ = (S·T − Q(n−1)) / ((T² − Q)(n−1)).
        return k.figure(kappa(k.agreeingPairs * t - (double) chance * (n - 1), (t * t - chance) * (n - 1)));
    }

    /**
     * Krippendorff's alpha with the nominal distance over all items; items with fewer than two values among the given
     * raters cannot be paired and are left out.
     */
    public static CodingFigure krippendorffAlphaNominal(CodingStudy s, int... raters) {
        checkedRaters(s, raters);
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

    /** κ from numerator and denominator both scaled to exact integers; a zero denominator means A_E = 1. */
    private static Figure kappa(double numerator, double denominator) {
        return denominator == 0 ? Figure.undefined(ONE_LABEL) : Figure.of(numerator / denominator);
    }

    private static int[] checkedRaters(CodingStudy s, int... raters) {
        if (raters == null || raters.length < 2) {
            throw new IllegalArgumentException("at least 2 raters must be compared");
        }
        boolean[] seen = new boolean[s.raterCount()];
        for (int r : raters) {
            if (r < 0 || r >= s.raterCount()) {
                throw new IllegalArgumentException("rater " + r + " out of range [0, " + s.raterCount() + ")");
            }
            if (seen[r]) {
                throw new IllegalArgumentException("rater " + r + " given twice");
            }
            seen[r] = true;
        }
        return raters;
    }

    /** Counts over the items that all given raters labelled. */
    private static final class Counts {
        final int[][] byRater; // [position in raters][category]: c_rk
        final int itemsInStudy;
        int items; // N
        long agreeingPairs; // S = Σ_i Σ_k n_ik(n_ik − 1), ordered pairs of raters that agree

        private Counts(int raterCount, int categoryCount, int itemsInStudy) {
            this.byRater = new int[raterCount][categoryCount];
            this.itemsInStudy = itemsInStudy;
        }

        static Counts ofCompleteItems(CodingStudy s, int[] raters) {
            Counts k = new Counts(raters.length, s.categoryCount(), s.itemCount());
            int[] itemCounts = new int[s.categoryCount()];
            items: for (int i = 0, n = s.itemCount(); i < n; i++) {
                for (int r : raters) {
                    if (s.valueAt(i, r) == CodingStudy.MISSING) {
                        continue items;
                    }
                }
                k.items++;
                for (int p = 0; p < raters.length; p++) {
                    int v = s.valueAt(i, raters[p]);
                    k.byRater[p][v]++;
                    k.agreeingPairs += 2L * itemCounts[v]++; // n(n−1) grows by 2n per added value
                }
                for (int r : raters) {
                    itemCounts[s.valueAt(i, r)] = 0;
                }
            }
            return k;
        }

        /** Σ_k t_k² with t_k the number of ratings with category k over all compared raters. */
        long squaredTotals() {
            long sum = 0;
            for (int c = 0; c < byRater[0].length; c++) {
                long t = 0;
                for (int[] counts : byRater) {
                    t += counts[c];
                }
                sum += t * t;
            }
            return sum;
        }

        CodingFigure figure(Figure figure) {
            return new CodingFigure(figure, items, itemsInStudy - items);
        }
    }
}
