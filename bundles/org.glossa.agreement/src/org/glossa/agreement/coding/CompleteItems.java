package org.glossa.agreement.coding;

import java.util.function.Function;

import org.glossa.agreement.Figure;

/**
 * The counts that the kappa family (percentage agreement, Cohen, Scott, Fleiss) is formed from: only the items that
 * every compared rater labelled. One pass over the items fills integer count arrays, so each measure forms its ratio
 * from exact integer sums with one rounding at the end rather than one per item.
 */
public final class CompleteItems {
    /** Reason: the kappa family found no item that all compared raters labelled. */
    public static final String NO_COMPLETE_ITEMS = "no item labelled by all compared annotators";
    /** Reason: A_E = 1, so the kappa is 0/0. */
    public static final String ONE_LABEL = "only one label in use";

    private final int[][] byRater; // [position in raters][category]: c_rk
    private final int itemsInStudy;
    private int items; // N
    private long agreeingPairs; // S = Σ_i Σ_k n_ik(n_ik − 1), ordered pairs of raters that agree

    private CompleteItems(int raterCount, int categoryCount, int itemsInStudy) {
        this.byRater = new int[raterCount][categoryCount];
        this.itemsInStudy = itemsInStudy;
    }

    /** Counts the items that all of {@code raters} labelled (checked: at least two, in range, no repeats). */
    public static CompleteItems of(CodingStudy s, int... raters) {
        checkRaters(s, raters);
        CompleteItems k = new CompleteItems(raters.length, s.categoryCount(), s.itemCount());
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

    /** N: the items every compared rater labelled. */
    public int items() {
        return items;
    }

    /** S: ordered pairs of raters that agree, summed over the items. */
    public long agreeingPairs() {
        return agreeingPairs;
    }

    /** c_rk: how often the rater at {@code position} (in the compared raters) chose {@code category}. */
    public int count(int position, int category) {
        return byRater[position][category];
    }

    /** Σ_k t_k² with t_k the number of ratings with category k over all compared raters. */
    public long squaredTotals() {
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

    /** The figure with this count's items used and left out. */
    public CodingFigure figure(Figure figure) {
        return new CodingFigure(figure, items, itemsInStudy - items);
    }

    /**
     * Applies {@code measure} to the items that all of {@code raters} labelled; when there are none the figure is
     * undefined, with its reason, for every measure of the family alike.
     */
    public static CodingFigure measure(CodingStudy s, int[] raters, Function<CompleteItems, CodingFigure> measure) {
        CompleteItems k = of(s, raters);
        return k.items == 0 ? k.figure(Figure.undefined(NO_COMPLETE_ITEMS)) : measure.apply(k);
    }

    /** κ from numerator and denominator both scaled to exact integers; a zero denominator means A_E = 1. */
    public CodingFigure kappa(double numerator, double denominator) {
        return figure(denominator == 0 ? Figure.undefined(ONE_LABEL) : Figure.of(numerator / denominator));
    }

    /** At least two raters, each in range and given once. */
    public static void checkRaters(CodingStudy s, int... raters) {
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
    }
}
