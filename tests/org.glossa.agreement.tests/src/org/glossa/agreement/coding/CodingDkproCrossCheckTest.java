package org.glossa.agreement.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.coding.ScottPiAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.glossa.agreement.cohenkappa.CohenKappa;
import org.glossa.agreement.cohenkappa.ScottPi;
import org.glossa.agreement.fleisskappa.FleissKappa;
import org.glossa.agreement.krippendorffalpha.KrippendorffAlphaNominal;
import org.glossa.agreement.study.DocumentSpans;
import org.glossa.agreement.study.LayerStudy;
import org.glossa.agreement.study.SpanSnapshot;
import org.glossa.agreement.study.StudyConversion;
import org.junit.jupiter.api.Test;

/**
 * Compares the coding measures with DKPro Agreement 2.2.1 on many seeded random studies. For the kappa family DKPro
 * gets the complete items only (that is Glossa's definition); for Krippendorff's alpha it gets all items with null for
 * missing values.
 */
class CodingDkproCrossCheckTest {

    private static final double TOLERANCE = 1e-9;

    private int compared;
    private int defined;
    /** Per measure: {compared, defined}. */
    private final java.util.Map<String, int[]> byMeasure = new java.util.TreeMap<>();

    @Test
    void randomStudiesMatchDkpro() {
        int studies = 500;
        for (int seed = 0; seed < studies; seed++) {
            Random random = new Random(7000 + seed);
            int raters = 2 + random.nextInt(4);
            int categories = random.nextInt(10) == 0 ? 1 : 2 + random.nextInt(4); // a single label now and then
            CodingStudy study = randomStudy(random, raters, categories);
            String what = "seed " + seed + " (R=" + raters + ", K=" + categories + ", N=" + study.itemCount() + ")";

            int[] all = range(raters);
            checkMultiRater(what + " all", study, all);
            for (int a = 0; a < raters; a++) {
                for (int b = a + 1; b < raters; b++) {
                    checkPair(what + " pair " + a + "," + b, study, a, b);
                    checkMultiRater(what + " pair " + a + "," + b, study, a, b);
                }
            }
            if (raters > 2) { // a subset in a shuffled order
                List<Integer> order = new ArrayList<>();
                for (int r = 0; r < raters; r++) {
                    order.add(r);
                }
                java.util.Collections.shuffle(order, random);
                int[] subset = order.subList(0, 2 + random.nextInt(raters - 1)).stream().mapToInt(i -> i).toArray();
                checkMultiRater(what + " subset", study, subset);
            }
        }
        System.out.println("coding cross-check: " + defined + " of " + compared + " figures defined and compared");
        byMeasure.forEach((m, c) -> System.out.println("  " + m + ": " + c[1] + " of " + c[0] + " defined"));
        // Not vacuous. Undefined figures come from single-label studies, tiny studies and high missing rates.
        assertTrue(compared > 5_000, compared + " comparisons");
        assertTrue(defined > compared / 2, defined + " of " + compared + " figures defined");
        byMeasure.forEach((m, c) -> assertTrue(c[1] > c[0] / 2, m + ": " + c[1] + " of " + c[0] + " defined"));
    }

    /**
     * A rater who marked nothing (an empty set) has no value on any item. The kappa family then has no complete item
     * (undefined, as DKPro refuses), percentage agreement likewise, and Krippendorff's alpha counts the others' values
     * only: every figure as DKPro computes it, with that rater in the study.
     */
    @Test
    void randomStudiesWhereARaterMarkedNothingMatchDkpro() {
        int studies = 200;
        for (int seed = 0; seed < studies; seed++) {
            Random random = new Random(scrambled(11000 + seed));
            int raters = 2 + random.nextInt(4);
            int categories = 2 + random.nextInt(4);
            int silent = random.nextInt(raters);
            CodingStudy full = randomStudy(random, raters, categories);
            CodingStudy study = new CodingStudy(raters, categories);
            for (int i = 0; i < full.itemCount(); i++) {
                int[] values = new int[raters];
                for (int r = 0; r < raters; r++) {
                    values[r] = r == silent ? CodingStudy.MISSING : full.value(i, r);
                }
                study.addItem(values);
            }
            String what = "seed " + seed + " (R=" + raters + ", rater " + silent + " marked nothing)";
            checkMultiRater(what + " all", study, range(raters));
            for (int a = 0; a < raters; a++) {
                for (int b = a + 1; b < raters; b++) {
                    checkPair(what + " pair " + a + "," + b, study, a, b);
                }
            }
            assertFalse(FleissKappa.of(study, range(raters)).figure().isDefined(), what);
        }
        assertTrue(byMeasure.get("Krippendorff")[1] > studies / 3, "alpha defined in " + byMeasure.get("Krippendorff")[1]);
    }

    /**
     * Coding items built from documents, as {@code glossa agree} builds them: the last of three annotators has an
     * empty set in one document, or in all. The items of {@link StudyConversion#coding} and every figure on them
     * equal DKPro's on the positions collected here independently.
     */
    @Test
    void documentStudiesWithAnEmptySetMatchDkpro() {
        List<String> labels = List.of("PER", "ORG", "GPE");
        int alphas = 0;
        for (int seed = 0; seed < 80; seed++) {
            for (boolean everywhere : new boolean[] { false, true }) {
                Random random = new Random(scrambled(13000 + seed));
                int raters = 3;
                int emptyIn = random.nextInt(3);
                List<DocumentSpans> documents = new ArrayList<>();
                CodingAnnotationStudy dkproAll = new CodingAnnotationStudy(raters);
                CodingAnnotationStudy dkproComplete = new CodingAnnotationStudy(raters);
                int items = 0;
                for (int d = 0; d < 3; d++) {
                    boolean silent = everywhere || d == emptyIn;
                    int positions = 1 + random.nextInt(12);
                    List<List<SpanSnapshot>> spans = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                    for (int p = 0; p < positions; p++) {
                        int begin = 10 * p;
                        int truth = random.nextInt(labels.size());
                        Object[] values = new Object[raters];
                        for (int r = 0; r < raters; r++) {
                            if ((r == raters - 1 && silent) || random.nextInt(4) == 0) {
                                continue;
                            }
                            int label = random.nextInt(3) == 0 ? random.nextInt(labels.size()) : truth;
                            values[r] = label;
                            spans.get(r).add(new SpanSnapshot("s" + p, begin, begin + 5, "Entity", labels.get(label),
                                    java.util.Map.of(), List.of()));
                        }
                        long given = java.util.Arrays.stream(values).filter(java.util.Objects::nonNull).count();
                        if (given > 0) { // a position is an item when someone marked it
                            items++;
                            dkproAll.addItemAsArray(values);
                            if (given == raters) {
                                dkproComplete.addItemAsArray(values);
                            }
                        }
                    }
                    documents.add(new DocumentSpans("doc" + d, 0, 10 * positions, spans));
                }
                LayerStudy study = new LayerStudy("Entity", labels, List.of(), List.of("alice", "bob", "carol"), documents,
                        0, java.util.Map.of());
                String what = "seed " + seed + (everywhere ? ", carol's sets all empty" : ", carol's set of doc" + emptyIn + " empty");
                CodingStudy coding = StudyConversion.coding(study).study();
                assertEquals(items, coding.itemCount(), what + " items");

                CodingFigure alpha = KrippendorffAlphaNominal.of(coding, range(raters));
                DoubleSupplier dkproAlpha = () -> new KrippendorffAlphaAgreement(dkproAll, new NominalDistanceFunction())
                        .calculateAgreement();
                if (alpha.figure().isDefined()) {
                    alphas++;
                    assertEquals(dkproAlpha.getAsDouble(), alpha.figure().doubleValue(), TOLERANCE, what + " alpha");
                }
                compareKappa(what + " Fleiss", FleissKappa.of(coding, range(raters)),
                        () -> new FleissKappaAgreement(dkproComplete).calculateAgreement());
                CodingFigure percentage = org.glossa.agreement.coding.PercentageAgreement.of(coding, range(raters));
                assertEquals(dkproComplete.getItemCount(), percentage.itemsUsed(), what + " complete items");
                if (everywhere) {
                    assertEquals(0, percentage.itemsUsed(), what + ": carol labelled no item");
                }
            }
        }
        assertTrue(alphas > 100, alphas + " alphas compared");
    }

    private void checkPair(String what, CodingStudy study, int a, int b) {
        CodingAnnotationStudy complete = dkproCompleteItems(study, a, b);
        CodingFigure cohen = CohenKappa.of(study, a, b);
        CodingFigure scott = ScottPi.of(study, a, b);
        checkUsed(what, study, cohen, new int[] { a, b }, true);
        checkUsed(what, study, scott, new int[] { a, b }, true);
        compareKappa(what + " Cohen", cohen, () -> new CohenKappaAgreement(complete).calculateAgreement());
        compareKappa(what + " Scott", scott, () -> new ScottPiAgreement(complete).calculateAgreement());
    }

    private void checkMultiRater(String what, CodingStudy study, int... raters) {
        CodingAnnotationStudy complete = dkproCompleteItems(study, raters);
        CodingFigure percentage = org.glossa.agreement.coding.PercentageAgreement.of(study, raters);
        CodingFigure fleiss = FleissKappa.of(study, raters);
        CodingFigure alpha = KrippendorffAlphaNominal.of(study, raters);
        checkUsed(what, study, percentage, raters, true);
        checkUsed(what, study, fleiss, raters, true);
        checkUsed(what, study, alpha, raters, false);

        count("percentage", percentage);
        if (percentage.figure().isDefined()) {
            if (complete.getCategoryCount() > 1) {
                assertEquals(new PercentageAgreement(complete).calculateAgreement(),
                        percentage.figure().doubleValue(), TOLERANCE, what + " percentage");
            } else {
                // DKPro refuses a study with a single label (InsufficientDataException), although the share of
                // agreeing pairs is well defined: everybody agrees. Glossa reports it.
                assertEquals(1.0, percentage.figure().doubleValue(), what + " percentage");
                assertDkproUndefined(what + " percentage", () -> new PercentageAgreement(complete).calculateAgreement());
            }
        } else {
            assertEquals(CompleteItems.NO_COMPLETE_ITEMS, percentage.figure().reason());
            assertDkproUndefined(what + " percentage", () -> new PercentageAgreement(complete).calculateAgreement());
        }
        compareKappa(what + " Fleiss", fleiss, () -> new FleissKappaAgreement(complete).calculateAgreement());

        count("Krippendorff", alpha);
        CodingAnnotationStudy withMissing = dkproAllItems(study, raters);
        DoubleSupplier dkproAlpha = () -> new KrippendorffAlphaAgreement(withMissing, new NominalDistanceFunction())
                .calculateAgreement();
        if (alpha.figure().isDefined()) {
            assertEquals(dkproAlpha.getAsDouble(), alpha.figure().doubleValue(), TOLERANCE, what + " alpha");
        } else if (alpha.figure().reason().equals(KrippendorffAlphaNominal.FEWER_THAN_TWO_VALUES)) {
            assertDkproUndefined(what + " alpha", dkproAlpha);
        } else {
            assertEquals(KrippendorffAlphaNominal.NO_VARIATION, alpha.figure().reason());
            if (withMissing.getCategoryCount() > 1) {
                // Other labels occur only on items with a single value: DKPro gets D_O = D_E = 0 and reports 0.0
                // through its "D_O == D_E" shortcut; a number that looks like a result, so Glossa says undefined.
                assertEquals(0.0, dkproAlpha.getAsDouble(), what + " alpha");
            } else {
                assertDkproUndefined(what + " alpha", dkproAlpha);
            }
        }
    }

    private void compareKappa(String what, CodingFigure ours, DoubleSupplier dkpro) {
        count(what.substring(what.lastIndexOf(' ') + 1), ours);
        if (ours.figure().isDefined()) {
            assertEquals(dkpro.getAsDouble(), ours.figure().doubleValue(), TOLERANCE, what);
        } else {
            // No complete item or a single label (A_E = 1): DKPro throws InsufficientDataException.
            assertDkproUndefined(what, dkpro);
        }
    }

    private void count(String measure, CodingFigure figure) {
        int[] c = byMeasure.computeIfAbsent(measure, m -> new int[2]);
        c[0]++;
        compared++;
        if (figure.figure().isDefined()) {
            c[1]++;
            defined++;
        }
    }

    /** DKPro must not give a finite number where ours is undefined: it gives NaN/infinity or throws. */
    private static void assertDkproUndefined(String what, DoubleSupplier dkpro) {
        double value;
        try {
            value = dkpro.getAsDouble();
        } catch (RuntimeException expected) {
            return;
        }
        if (Double.isFinite(value)) {
            fail(what + ": ours is undefined but DKPro gives " + value);
        }
    }

    /** Items used/left out must follow the definition, counted here naively. */
    private static void checkUsed(String what, CodingStudy study, CodingFigure figure, int[] raters,
            boolean complete) {
        int used = 0;
        for (int i = 0; i < study.itemCount(); i++) {
            int values = 0;
            for (int r : raters) {
                if (study.value(i, r) != CodingStudy.MISSING) {
                    values++;
                }
            }
            if (complete ? values == raters.length : values >= 2) {
                used++;
            }
        }
        assertEquals(used, figure.itemsUsed(), what + " items used");
        assertEquals(study.itemCount() - used, figure.itemsLeftOut(), what + " items left out");
    }

    /**
     * Random studies with skewed label distributions, raters who agree more often than chance, missing values at
     * varying rates, and now and then no items, one item, or a single label.
     */
    static CodingStudy randomStudy(Random random, int raters, int categories) {
        CodingStudy study = new CodingStudy(raters, categories);
        int[] sizes = { 0, 1, 2, 5, 10, 30, 60, 150, 300 };
        int items = sizes[random.nextInt(sizes.length)];
        double[] missingRates = { 0, 0, 0.05, 0.1, 0.3, 0.8 };
        double missing = missingRates[random.nextInt(missingRates.length)];
        double agreement = random.nextDouble();
        double[] weights = new double[categories];
        for (int c = 0; c < categories; c++) {
            weights[c] = Math.pow(random.nextDouble(), 2);
        }
        int[] values = new int[raters];
        for (int i = 0; i < items; i++) {
            int truth = pick(random, weights);
            for (int r = 0; r < raters; r++) {
                if (random.nextDouble() < missing) {
                    values[r] = CodingStudy.MISSING;
                } else {
                    values[r] = random.nextDouble() < agreement ? truth : pick(random, weights);
                }
            }
            study.addItem(values);
        }
        return study;
    }

    private static int pick(Random random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int c = 0; c < weights.length; c++) {
            x -= weights[c];
            if (x < 0) {
                return c;
            }
        }
        return weights.length - 1;
    }

    static CodingAnnotationStudy dkproCompleteItems(CodingStudy study, int... raters) {
        CodingAnnotationStudy result = new CodingAnnotationStudy(raters.length);
        items: for (int i = 0; i < study.itemCount(); i++) {
            Object[] values = new Object[raters.length];
            for (int p = 0; p < raters.length; p++) {
                int v = study.value(i, raters[p]);
                if (v == CodingStudy.MISSING) {
                    continue items;
                }
                values[p] = v;
            }
            result.addItemAsArray(values);
        }
        return result;
    }

    static CodingAnnotationStudy dkproAllItems(CodingStudy study, int... raters) {
        CodingAnnotationStudy result = new CodingAnnotationStudy(raters.length);
        for (int i = 0; i < study.itemCount(); i++) {
            Object[] values = new Object[raters.length];
            for (int p = 0; p < raters.length; p++) {
                int v = study.value(i, raters[p]);
                values[p] = v == CodingStudy.MISSING ? null : v;
            }
            result.addItemAsArray(values);
        }
        return result;
    }

    private static int[] range(int n) {
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = i;
        }
        return result;
    }

    /** Consecutive seeds give java.util.Random nearly the same first draws (all studies alike): spread them. */
    static long scrambled(long seed) {
        return seed * 0x9E3779B97F4A7C15L;
    }
}
