package org.glossa.agreement.unitizing;

import java.util.Arrays;

/**
 * Krippendorff's (1995) unitizing alpha, per category and pooled, as defined in Glossa's AGREEMENT.md and computed by
 * DKPro Agreement's {@code KrippendorffAlphaUnitizingAgreement}.
 * <p>
 * Each category is computed on its own (units of other categories are invisible). Each rater's units of a category,
 * after merging overlaps, together with the gaps between them partition the continuum [0, L). Then
 * <ul>
 * <li>D_O = 2 / (R(R−1)L²) · Σ over rater pairs Σ over intersecting segment pairs δ, where unit–unit pairs give
 * (b1−b2)² + (e1−e2)², a unit lying entirely inside a gap gives its length², anything else 0;</li>
 * <li>D_E = (2/L) · Σ_u [(N−1)(2l³−3l²+l)/3 + l² Σ_{gaps g ≥ l} (g−l+1)] / [RL(RL−1) − Σ_u l(l−1)].</li>
 * </ul>
 * The cost is O(n log n) in the number of units n and independent of L: D_O is a two-pointer sweep over the units of
 * each rater pair, D_E a binary search in the sorted gap lengths with prefix sums.
 */
public final class UnitizingAlpha {

    private UnitizingAlpha() {
    }

    public static UnitizingResult compute(UnitizingStudy study) {
        int raterCount = study.raterCount();
        int categoryCount = study.categoryCount();
        MergedUnits merged = MergedUnits.of(study);

        double[] observed = new double[categoryCount];
        double[] expected = new double[categoryCount];
        int[] units = new int[categoryCount];
        for (int c = 0; c < categoryCount; c++) {
            units[c] = merged.count(c);
            if (units[c] > 0) {
                observed[c] = observedDisagreement(merged, c, raterCount, study.continuumLength());
                expected[c] = expectedDisagreement(merged, c, raterCount, study.continuumLength());
            }
        }
        return new UnitizingResult(observed, expected, units);
    }

    /** D_O for category c; only called when c has units, so L >= 1. */
    private static double observedDisagreement(MergedUnits m, int c, int raterCount, long length) {
        double sum = 0;
        for (int p = 0; p < raterCount; p++) {
            for (int q = p + 1; q < raterCount; q++) {
                sum += pairDisagreement(m, m.from(c, p), m.to(c, p), m.from(c, q), m.to(c, q));
            }
        }
        return 2.0 * sum / ((double) raterCount * (raterCount - 1) * ((double) length * length));
    }

    /**
     * Σ δ over the intersecting segments of two raters, whose units are [from, to) in the merged arrays. Gap–gap pairs
     * add nothing, and a unit lies entirely inside a gap of the other rater exactly when it intersects none of the other
     * rater's units; so it is enough to walk the two unit lists and remember whether the current unit of each side has
     * met a unit of the other side.
     */
    private static double pairDisagreement(MergedUnits m, int p, int pEnd, int q, int qEnd) {
        long[] b = m.begins;
        long[] e = m.ends;
        double sum = 0;
        boolean pHit = false;
        boolean qHit = false;
        while (p < pEnd && q < qEnd) {
            if (e[p] <= b[q]) { // p's unit ends before q's starts: it is done
                if (!pHit) {
                    sum += square(e[p] - b[p]);
                }
                p++;
                pHit = false;
            } else if (e[q] <= b[p]) {
                if (!qHit) {
                    sum += square(e[q] - b[q]);
                }
                q++;
                qHit = false;
            } else { // they share at least one character
                sum += square(b[p] - b[q]) + square(e[p] - e[q]);
                pHit = true;
                qHit = true;
                long pe = e[p];
                long qe = e[q];
                // The unit that ends first cannot meet any later unit of the other side.
                if (pe <= qe) {
                    p++;
                    pHit = false;
                }
                if (qe <= pe) {
                    q++;
                    qHit = false;
                }
            }
        }
        for (; p < pEnd; p++, pHit = false) {
            if (!pHit) {
                sum += square(e[p] - b[p]);
            }
        }
        for (; q < qEnd; q++, qHit = false) {
            if (!qHit) {
                sum += square(e[q] - b[q]);
            }
        }
        return sum;
    }

    /** D_E for category c; only called when c has units, so L >= 1. */
    private static double expectedDisagreement(MergedUnits m, int c, int raterCount, long length) {
        long[] b = m.begins;
        long[] e = m.ends;
        int unitCount = m.count(c);

        // All raters' gaps of this category, sorted, with prefix sums for the sums over gaps g >= l.
        long[] gaps = new long[unitCount + raterCount];
        int gapCount = 0;
        for (int r = 0; r < raterCount; r++) {
            long pos = 0;
            for (int u = m.from(c, r), end = m.to(c, r); u < end; u++) {
                if (b[u] > pos) {
                    gaps[gapCount++] = b[u] - pos;
                }
                pos = e[u];
            }
            if (length > pos) {
                gaps[gapCount++] = length - pos;
            }
        }
        Arrays.sort(gaps, 0, gapCount);
        long[] prefix = new long[gapCount + 1];
        for (int g = 0; g < gapCount; g++) {
            prefix[g + 1] = prefix[g] + gaps[g];
        }

        // (2l³−3l²+l)/3 = l(l−1)(2l−1)/3 is summed first and multiplied by (N−1) once, to round less.
        double cubicSum = 0;
        double gapSum = 0;
        double selfPairs = 0; // Σ l(l−1)
        for (int u = m.from(c, 0), end = m.to(c, raterCount - 1); u < end; u++) {
            long l = e[u] - b[u];
            double ld = l;
            cubicSum += ld * (ld - 1) * (2 * ld - 1) / 3.0;
            selfPairs += ld * (ld - 1);
            int first = lowerBound(gaps, gapCount, l);
            long fitting = gapCount - first;
            if (fitting > 0) {
                // Σ_{g ≥ l} (g − l + 1): the number of places a unit of length l fits into those gaps.
                long places = (prefix[gapCount] - prefix[first]) - (l - 1) * fitting;
                gapSum += ld * ld * places;
            }
        }
        double numerator = (unitCount - 1.0) * cubicSum + gapSum;
        double rl = (double) raterCount * length;
        return numerator * (2.0 / length) / (rl * (rl - 1) - selfPairs);
    }

    /** First index in sorted a[0, n) whose value is >= key. */
    private static int lowerBound(long[] a, int n, long key) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double square(long x) {
        // In double, not long: squares of differences beyond ~3·10⁹ would overflow a long.
        double d = x;
        return d * d;
    }

    /**
     * The study's units grouped by (category, rater), each group sorted and with overlapping units merged into their
     * union. Group k = category · R + rater occupies [start[k], start[k + 1]) of begins/ends.
     */
    private static final class MergedUnits {
        final long[] begins;
        final long[] ends;
        final int[] start;
        final int raterCount;

        private MergedUnits(long[] begins, long[] ends, int[] start, int raterCount) {
            this.begins = begins;
            this.ends = ends;
            this.start = start;
            this.raterCount = raterCount;
        }

        int from(int category, int rater) {
            return start[category * raterCount + rater];
        }

        int to(int category, int rater) {
            return start[category * raterCount + rater + 1];
        }

        int count(int category) {
            return to(category, raterCount - 1) - from(category, 0);
        }

        static MergedUnits of(UnitizingStudy study) {
            int raterCount = study.raterCount();
            int groups = study.categoryCount() * raterCount;
            int n = study.unitCount();

            // Counting sort of the units into their groups.
            int[] offset = new int[groups + 1];
            for (int u = 0; u < n; u++) {
                offset[group(study, u, raterCount) + 1]++;
            }
            for (int k = 0; k < groups; k++) {
                offset[k + 1] += offset[k];
            }
            long[] begins = new long[n];
            long[] ends = new long[n];
            int[] fill = Arrays.copyOf(offset, groups);
            for (int u = 0; u < n; u++) {
                int slot = fill[group(study, u, raterCount)]++;
                begins[slot] = study.begin(u);
                ends[slot] = study.begin(u) + study.length(u);
            }

            long[] mergedBegins = new long[n];
            long[] mergedEnds = new long[n];
            int[] start = new int[groups + 1];
            int written = 0;
            for (int k = 0; k < groups; k++) {
                start[k] = written;
                written = merge(begins, ends, offset[k], offset[k + 1], mergedBegins, mergedEnds, written);
            }
            start[groups] = written;
            return new MergedUnits(mergedBegins, mergedEnds, start, raterCount);
        }

        private static int group(UnitizingStudy study, int unit, int raterCount) {
            return study.category(unit) * raterCount + study.rater(unit);
        }

        /**
         * Writes the union components of the units [from, to) to out, starting at index w; returns the new w. Begins
         * and ends are sorted separately (a union does not care which end belongs to which begin) and swept with a
         * count of open units. At equal positions ends go first, so units that merely touch stay separate.
         */
        private static int merge(long[] begins, long[] ends, int from, int to, long[] outBegins, long[] outEnds,
                int w) {
            Arrays.sort(begins, from, to);
            Arrays.sort(ends, from, to);
            int open = 0;
            long unionBegin = 0;
            for (int i = from, j = from; j < to;) {
                if (i < to && begins[i] < ends[j]) {
                    if (open++ == 0) {
                        unionBegin = begins[i];
                    }
                    i++;
                } else {
                    if (--open == 0) {
                        outBegins[w] = unionBegin;
                        outEnds[w] = ends[j];
                        w++;
                    }
                    j++;
                }
            }
            return w;
        }
    }
}
