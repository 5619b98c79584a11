package org.glossa.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.coding.ScottPiAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.glossa.agreement.Figure;
import org.glossa.agreement.coding.CodingStudy;
import org.glossa.agreement.unitizing.UnitizingAlpha;
import org.glossa.agreement.unitizing.UnitizingResult;
import org.glossa.agreement.unitizing.UnitizingStudy;

/**
 * Times Glossa's agreement arithmetic against DKPro Agreement 2.2.1 on one seeded, realistic study of each kind and
 * checks that both give the same figures (within 1e-9). Uses only Glossa's agreement API, DKPro and the JDK.
 * <p>
 * Unitizing: a continuum of 1,000,000 characters, 5,000 units from 3 raters in 4 labels; the raters mostly mark the
 * same regions with small boundary jitter, and sometimes miss one or add one. Coding: 20,000 items from 5 raters with
 * some missing values. Only the computation is timed, not building the studies. Each side is warmed up, then the
 * median of several runs is reported.
 * <p>
 * Exit status 1 if a figure differs by more than 1e-9 or the unitizing speed-up is below 20.
 */
public final class AgreementBenchmark {

    private static final double TOLERANCE = 1e-9;
    private static final double TARGET_SPEEDUP = 20;

    private static final long CONTINUUM = 1_000_000;
    private static final int UNIT_RATERS = 3;
    private static final int LABELS = 4;
    private static final int UNITS = 5_000;

    private static final int ITEMS = 20_000;
    private static final int CODING_RATERS = 5;
    private static final int CATEGORIES = 5;

    private int figures;
    private int mismatches;

    public static void main(String[] args) {
        AgreementBenchmark benchmark = new AgreementBenchmark();
        double speedup = benchmark.unitizing();
        benchmark.coding();
        System.out.printf(Locale.ROOT, "%nSummary: %d figures compared, %d mismatches; unitizing speed-up %.1fx"
                + " (target >= %.0fx): %s%n", benchmark.figures, benchmark.mismatches, speedup, TARGET_SPEEDUP,
                benchmark.mismatches == 0 && speedup >= TARGET_SPEEDUP ? "OK" : "FAILED");
        if (benchmark.mismatches > 0 || speedup < TARGET_SPEEDUP) {
            System.exit(1);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Unitizing

    private double unitizing() {
        List<long[]> units = unitizingStudy(new Random(20240611L)); // {rater, begin, length, label}
        UnitizingStudy ours = new UnitizingStudy(CONTINUUM, UNIT_RATERS, LABELS);
        UnitizingAnnotationStudy dkpro = new UnitizingAnnotationStudy(UNIT_RATERS, 0, CONTINUUM);
        for (long[] u : units) {
            ours.addUnit((int) u[0], u[1], u[2], (int) u[3]);
            dkpro.addUnit(u[1], u[2], (int) u[0], (int) u[3]);
        }
        System.out.printf(Locale.ROOT, "Unitizing alpha: continuum %,d chars, %d raters, %d labels, %,d units%n",
                CONTINUUM, UNIT_RATERS, LABELS, ours.unitCount());

        Timing<UnitizingResult> glossa = time(() -> UnitizingAlpha.compute(ours), 20, 101);
        Timing<double[]> reference = time(() -> {
            KrippendorffAlphaUnitizingAgreement alpha = new KrippendorffAlphaUnitizingAgreement(dkpro);
            double[] values = new double[LABELS + 1];
            for (int c = 0; c < LABELS; c++) {
                values[c] = alpha.calculateCategoryAgreement(c);
            }
            values[LABELS] = alpha.calculateAgreement();
            return values;
        }, 2, 5);
        double speedup = reference.medianMillis / glossa.medianMillis;
        printTimes("all labels + pooled", glossa, reference);

        UnitizingResult result = glossa.result;
        for (int c = 0; c < LABELS; c++) {
            compare("label " + c + " (" + result.units(c) + " units)", result.category(c), reference.result[c]);
        }
        compare("pooled", result.pooled(), reference.result[LABELS]);
        return speedup;
    }

    /**
     * Label 3 is long (quotes), the others short (names). Regions of one label never overlap, so neither do one
     * rater's units of that label and DKPro gets valid input; labels overlap each other freely.
     */
    private static List<long[]> unitizingStudy(Random random) {
        List<long[]> units = new ArrayList<>();
        long[] next = new long[LABELS]; // per label, where the next region may start
        int[] weights = { 40, 25, 20, 15 };
        while (units.size() < UNITS) {
            int label = pick(random, weights);
            long length = label == 3 ? 80 + random.nextInt(600) : 3 + random.nextInt(25);
            long begin = next[label] + 5 + random.nextInt(label == 3 ? 4000 : 2000);
            if (begin + length + 40 > CONTINUUM) {
                throw new IllegalStateException("continuum full: generate denser regions");
            }
            next[label] = begin + length + 10; // room for boundary jitter
            for (int r = 0; r < UNIT_RATERS && units.size() < UNITS; r++) {
                if (random.nextInt(100) < 7) {
                    continue; // missed
                }
                long b = begin;
                long e = begin + length;
                if (random.nextInt(100) < 30) { // boundary jitter of a few characters
                    b += random.nextInt(7) - 3;
                    e += random.nextInt(7) - 3;
                }
                if (e > b) {
                    units.add(new long[] { r, b, e - b, label });
                }
            }
            if (random.nextInt(100) < 4 && units.size() < UNITS) { // one rater's extra unit of its own
                long b = next[label];
                long len = 3 + random.nextInt(20);
                if (b + len + 10 < CONTINUUM) {
                    units.add(new long[] { random.nextInt(UNIT_RATERS), b, len, label });
                    next[label] = b + len + 10;
                }
            }
        }
        return units;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Coding

    private void coding() {
        int[][] values = codingValues(new Random(7L)); // [item][rater], MISSING for none
        CodingStudy ours = new CodingStudy(CODING_RATERS, CATEGORIES);
        for (int[] item : values) {
            ours.addItem(item);
        }
        int[] all = { 0, 1, 2, 3, 4 };
        int[][] pairs = new int[10][];
        for (int a = 0, k = 0; a < CODING_RATERS; a++) {
            for (int b = a + 1; b < CODING_RATERS; b++) {
                pairs[k++] = new int[] { a, b };
            }
        }
        // DKPro studies: complete items for the kappa family (Glossa's definition), all items for alpha.
        CodingAnnotationStudy completeAll = dkproStudy(values, all, true);
        CodingAnnotationStudy withMissing = dkproStudy(values, all, false);
        CodingAnnotationStudy[] completePairs = new CodingAnnotationStudy[pairs.length];
        for (int k = 0; k < pairs.length; k++) {
            completePairs[k] = dkproStudy(values, pairs[k], true);
        }
        System.out.printf(Locale.ROOT, "%nCoding: %,d items, %d raters, %d labels, %,d complete items;"
                + " percentage, Fleiss, Krippendorff over all raters, Cohen + Scott for %d pairs%n", ITEMS,
                CODING_RATERS, CATEGORIES, completeAll.getItemCount(), pairs.length);

        int n = 3 + 2 * pairs.length;
        Timing<Figure[]> glossa = time(() -> {
            Figure[] f = new Figure[n];
            f[0] = org.glossa.agreement.coding.PercentageAgreement.of(ours, all).figure();
            f[1] = org.glossa.agreement.fleisskappa.FleissKappa.of(ours, all).figure();
            f[2] = org.glossa.agreement.krippendorffalpha.KrippendorffAlphaNominal.of(ours, all).figure();
            for (int k = 0; k < pairs.length; k++) {
                f[3 + 2 * k] = org.glossa.agreement.cohenkappa.CohenKappa.of(ours, pairs[k][0], pairs[k][1]).figure();
                f[4 + 2 * k] = org.glossa.agreement.cohenkappa.ScottPi.of(ours, pairs[k][0], pairs[k][1]).figure();
            }
            return f;
        }, 20, 51);
        Timing<double[]> reference = time(() -> {
            double[] v = new double[n];
            v[0] = new PercentageAgreement(completeAll).calculateAgreement();
            v[1] = new FleissKappaAgreement(completeAll).calculateAgreement();
            v[2] = new KrippendorffAlphaAgreement(withMissing, new NominalDistanceFunction()).calculateAgreement();
            for (int k = 0; k < pairs.length; k++) {
                v[3 + 2 * k] = new CohenKappaAgreement(completePairs[k]).calculateAgreement();
                v[4 + 2 * k] = new ScottPiAgreement(completePairs[k]).calculateAgreement();
            }
            return v;
        }, 3, 9);
        printTimes("all 23 figures", glossa, reference);

        String[] names = new String[n];
        names[0] = "percentage (all)";
        names[1] = "Fleiss kappa (all)";
        names[2] = "Krippendorff alpha (all)";
        for (int k = 0; k < pairs.length; k++) {
            names[3 + 2 * k] = "Cohen kappa " + pairs[k][0] + "-" + pairs[k][1];
            names[4 + 2 * k] = "Scott pi " + pairs[k][0] + "-" + pairs[k][1];
        }
        for (int i = 0; i < n; i++) {
            compare(names[i], glossa.result[i], reference.result[i]);
        }
    }

    /** Five raters who mostly agree on a skewed label distribution, each missing about 6% of the items. */
    private static int[][] codingValues(Random random) {
        int[] weights = { 45, 25, 15, 10, 5 };
        int[][] values = new int[ITEMS][CODING_RATERS];
        for (int[] item : values) {
            int truth = pick(random, weights);
            for (int r = 0; r < CODING_RATERS; r++) {
                if (random.nextInt(100) < 6) {
                    item[r] = CodingStudy.MISSING;
                } else {
                    item[r] = random.nextInt(100) < 80 ? truth : pick(random, weights);
                }
            }
        }
        return values;
    }

    private static CodingAnnotationStudy dkproStudy(int[][] study, int[] raters, boolean completeOnly) {
        CodingAnnotationStudy result = new CodingAnnotationStudy(raters.length);
        items: for (int[] item : study) {
            Object[] values = new Object[raters.length];
            for (int p = 0; p < raters.length; p++) {
                int v = item[raters[p]];
                if (v == CodingStudy.MISSING && completeOnly) {
                    continue items;
                }
                values[p] = v == CodingStudy.MISSING ? null : v;
            }
            result.addItemAsArray(values);
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    private record Timing<T>(T result, double medianMillis, int runs) {
    }

    private static <T> Timing<T> time(Supplier<T> task, int warmups, int runs) {
        T result = null;
        for (int i = 0; i < warmups; i++) {
            result = task.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = task.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Timing<>(result, millis[runs / 2], runs);
    }

    private static void printTimes(String what, Timing<?> glossa, Timing<?> dkpro) {
        System.out.printf(Locale.ROOT, "  %s: Glossa %.3f ms, DKPro %.3f ms (medians of %d and %d runs), ratio %.1fx%n",
                what, glossa.medianMillis, dkpro.medianMillis, glossa.runs, dkpro.runs,
                dkpro.medianMillis / glossa.medianMillis);
    }

    private void compare(String what, Figure ours, double dkpro) {
        figures++;
        if (!ours.isDefined()) {
            mismatches++;
            System.out.printf(Locale.ROOT, "  %-26s Glossa %s, DKPro %.12f  MISMATCH%n", what, ours, dkpro);
            return;
        }
        double diff = Math.abs(ours.doubleValue() - dkpro);
        boolean ok = diff <= TOLERANCE; // false for NaN too
        if (!ok) {
            mismatches++;
        }
        System.out.printf(Locale.ROOT, "  %-26s Glossa %.12f  DKPro %.12f  |diff| %.1e  %s%n", what,
                ours.doubleValue(), dkpro, diff, ok ? "OK" : "MISMATCH");
    }

    private static int pick(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
