package org.glossa.agreement.unitizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationStudy;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.glossa.agreement.Figure;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link UnitizingAlpha} with DKPro Agreement 2.2.1 on many seeded random studies: per-category alpha, D_O and
 * D_E, and the pooled alpha.
 */
class UnitizingDkproCrossCheckTest {

    private static final double TOLERANCE = 1e-9;
    private static final long[] LENGTHS = { 1, 2, 3, 5, 8, 13, 20, 50, 100, 400, 1_000, 10_000, 100_000, 1_000_000 };

    /** A unit as given to both implementations. */
    record Unit(int rater, long begin, long length, int category) {
        long end() {
            return begin + length;
        }
    }

    /**
     * Exposes DKPro's per-category disagreements, which are protected (but meant for subclasses), so that D_O and D_E
     * can be compared separately and not only through their ratio.
     */
    static final class Dkpro extends KrippendorffAlphaUnitizingAgreement {
        Dkpro(IUnitizingAnnotationStudy study) {
            super(study);
        }

        double observed(Object category) {
            return calculateObservedCategoryDisagreement(category);
        }

        double expected(Object category) {
            return calculateExpectedCategoryDisagreement(category);
        }
    }

    @Test
    void randomStudiesWithoutSameLabelOverlapsMatchDkpro() {
        int definedCategories = 0;
        int comparedCategories = 0;
        int definedPooled = 0;
        int studies = 400;
        for (int seed = 0; seed < studies; seed++) {
            Random random = new Random(1000 + seed);
            int raters = 2 + random.nextInt(4);
            int categories = 1 + random.nextInt(5);
            long length = LENGTHS[random.nextInt(LENGTHS.length)];
            List<Unit> units = randomUnits(random, raters, categories, length);
            int[] counts = compare("seed " + seed, raters, categories, length, units);
            comparedCategories += counts[0];
            definedCategories += counts[1];
            definedPooled += counts[2];
        }
        System.out.println("unitizing cross-check: " + definedCategories + " of " + comparedCategories
                + " category alphas and " + definedPooled + " of " + studies + " pooled alphas defined and compared");
        // Not vacuous: most labels and studies produce a number.
        assertTrue(definedCategories > comparedCategories * 0.7,
                definedCategories + " of " + comparedCategories + " category alphas defined");
        assertTrue(definedPooled > studies * 0.8, definedPooled + " of " + studies + " pooled alphas defined");
    }

    /** Overlapping same-label units are merged by us; DKPro gets the merged units (merged here independently). */
    @Test
    void randomStudiesWithOverlapsMatchDkproOnMergedInput() {
        int defined = 0;
        int studies = 300;
        for (int seed = 0; seed < studies; seed++) {
            Random random = new Random(5000 + seed);
            int raters = 2 + random.nextInt(4);
            int categories = 1 + random.nextInt(4);
            long length = LENGTHS[3 + random.nextInt(LENGTHS.length - 3)];
            List<Unit> raw = new ArrayList<>();
            for (int r = 0; r < raters; r++) {
                for (int c = 0; c < categories; c++) {
                    int n = random.nextInt(12);
                    for (int k = 0; k < n; k++) {
                        long begin = (long) (random.nextDouble() * length);
                        long max = Math.min(length - begin, Math.max(1, length / 4));
                        long len = 1 + (long) (random.nextDouble() * max);
                        raw.add(new Unit(r, begin, Math.min(len, length - begin), c));
                        if (random.nextInt(5) == 0) { // an exact duplicate or a touching neighbour
                            raw.add(new Unit(r, begin, Math.min(len, length - begin), c));
                        }
                        if (random.nextInt(5) == 0 && begin + len < length) {
                            raw.add(new Unit(r, begin + len, 1, c));
                        }
                    }
                }
            }
            UnitizingStudy ours = new UnitizingStudy(length, raters, categories);
            raw.forEach(u -> ours.addUnit(u.rater, u.begin, u.length, u.category));
            UnitizingResult result = UnitizingAlpha.compute(ours);

            List<Unit> merged = mergeIndependently(raw);
            UnitizingResult onMerged = UnitizingAlpha.compute(study(length, raters, categories, merged));
            Dkpro dkpro = new Dkpro(dkproStudy(length, raters, merged));
            for (int c = 0; c < categories; c++) {
                int category = c;
                int expectedUnits = (int) merged.stream().filter(u -> u.category == category).count();
                assertEquals(expectedUnits, result.units(c), "seed " + seed + " units of " + c);
                assertEquals(onMerged.category(c), result.category(c), "seed " + seed);
                if (result.category(c).isDefined()) {
                    defined++;
                    assertEquals(dkpro.calculateCategoryAgreement(c), result.category(c).doubleValue(), TOLERANCE,
                            "seed " + seed + " category " + c);
                }
            }
            if (result.pooled().isDefined()) {
                assertEquals(dkpro.calculateAgreement(), result.pooled().doubleValue(), TOLERANCE, "seed " + seed);
            }
        }
        System.out.println("unitizing merge cross-check: " + defined + " defined category alphas compared");
        assertTrue(defined > studies, defined + " defined category alphas");
    }

    /**
     * A rater who marked nothing (an empty annotation set: "nothing here") is a rater with no units: one gap over the
     * whole continuum. DKPro counts such a rater the same way when it is given the rater count.
     */
    @Test
    void randomStudiesWhereARaterMarkedNothingMatchDkpro() {
        int definedCategories = 0;
        int changed = 0;
        int studies = 200;
        for (int seed = 0; seed < studies; seed++) {
            Random random = new Random(scrambled(9000 + seed));
            int raters = 2 + random.nextInt(4);
            int categories = 1 + random.nextInt(4);
            long length = LENGTHS[2 + random.nextInt(LENGTHS.length - 2)];
            int silent = random.nextInt(raters);
            List<Unit> units = randomUnits(random, raters, categories, length).stream().filter(u -> u.rater() != silent)
                    .toList();
            int[] counts = compare("seed " + seed + ", rater " + silent + " marked nothing", raters, categories, length,
                    units);
            definedCategories += counts[1];
            if (raters > 2 && counts[2] == 1 && pooledChangesWithoutTheSilentRater(raters, categories, length, units, silent)) {
                changed++;
            }
        }
        System.out.println("unitizing cross-check with a silent rater: " + definedCategories + " category alphas, "
                + changed + " studies whose pooled alpha the silent rater changed");
        assertTrue(definedCategories > studies, definedCategories + " defined category alphas");
        assertTrue(changed > studies / 4, "the silent rater counts: " + changed + " studies changed");
    }

    /** Whether leaving the silent rater out of the study gives another pooled alpha than keeping them. */
    private static boolean pooledChangesWithoutTheSilentRater(int raters, int categories, long length, List<Unit> units,
            int silent) {
        List<Unit> renumbered = units.stream()
                .map(u -> new Unit(u.rater() > silent ? u.rater() - 1 : u.rater(), u.begin(), u.length(), u.category()))
                .toList();
        Figure with = UnitizingAlpha.compute(study(length, raters, categories, units)).pooled();
        Figure without = UnitizingAlpha.compute(study(length, raters - 1, categories, renumbered)).pooled();
        return with.isDefined() && (!without.isDefined() || Math.abs(with.doubleValue() - without.doubleValue()) > 1e-9);
    }

    /**
     * Studies built from documents, as {@code glossa agree} builds them: three annotators over three documents whose
     * bodies do not start at 0, where the last annotator's set is empty in one document, or in every document. Both
     * the corpus figures (bodies joined end to end) and each document's figures equal DKPro's on the same units,
     * placed on the continuum here independently of {@link org.glossa.agreement.study.StudyConversion}.
     */
    @Test
    void documentStudiesWithAnEmptySetMatchDkpro() {
        int compared = 0;
        for (int seed = 0; seed < 60; seed++) {
            for (boolean everywhere : new boolean[] { false, true }) {
                Random random = new Random(scrambled(12000 + seed));
                int raters = 3;
                int categories = 1 + random.nextInt(3);
                List<String> labels = List.of("PER", "ORG", "GPE").subList(0, categories);
                int documents = 3;
                int emptyIn = random.nextInt(documents);
                List<org.glossa.agreement.study.DocumentSpans> docs = new ArrayList<>();
                List<List<Unit>> unitsPerDocument = new ArrayList<>();
                List<Long> bodyLengths = new ArrayList<>();
                for (int d = 0; d < documents; d++) {
                    long bodyLength = LENGTHS[4 + random.nextInt(7)];
                    int bodyBegin = 1 + random.nextInt(40);
                    int document = d;
                    List<Unit> units = randomUnits(random, raters, categories, bodyLength).stream()
                            .filter(u -> u.rater() != raters - 1 || !(everywhere || document == emptyIn)).toList();
                    List<List<org.glossa.agreement.study.SpanSnapshot>> spans = new ArrayList<>();
                    for (int r = 0; r < raters; r++) {
                        List<org.glossa.agreement.study.SpanSnapshot> mine = new ArrayList<>();
                        for (Unit u : units) {
                            if (u.rater() == r) {
                                int begin = (int) (bodyBegin + u.begin());
                                mine.add(new org.glossa.agreement.study.SpanSnapshot("s" + mine.size(), begin,
                                        (int) (begin + u.length()), "Entity", labels.get(u.category()), java.util.Map.of(),
                                        List.of()));
                            }
                        }
                        spans.add(mine);
                    }
                    docs.add(new org.glossa.agreement.study.DocumentSpans("doc" + d, bodyBegin, (int) (bodyBegin + bodyLength),
                            spans));
                    unitsPerDocument.add(units);
                    bodyLengths.add(bodyLength);
                }
                org.glossa.agreement.study.LayerStudy study = new org.glossa.agreement.study.LayerStudy("Entity", labels,
                        List.of(), List.of("alice", "bob", "carol"), docs, 0, java.util.Map.of());
                String what = "seed " + seed + (everywhere ? ", carol's sets all empty" : ", carol's set of doc" + emptyIn + " empty");
                if (everywhere) {
                    assertEquals(0, study.spanCount(2), what);
                } else {
                    assertTrue(docs.get(emptyIn).of(2).isEmpty(), what);
                }

                List<Unit> joined = new ArrayList<>();
                long shift = 0;
                for (int d = 0; d < documents; d++) {
                    for (Unit u : unitsPerDocument.get(d)) {
                        joined.add(new Unit(u.rater(), shift + u.begin(), u.length(), u.category()));
                    }
                    shift += bodyLengths.get(d);
                }
                compared += sameAsDkpro(what + ", corpus", study, raters, categories, shift, joined);
                for (int d = 0; d < documents; d++) {
                    compared += sameAsDkpro(what + ", doc" + d, study.only(docs.get(d)), raters, categories,
                            bodyLengths.get(d), unitsPerDocument.get(d));
                }
            }
        }
        assertTrue(compared > 500, compared + " defined figures compared");
    }

    /** Our figures of a document study against DKPro's on the given units; returns how many were defined. */
    private static int sameAsDkpro(String what, org.glossa.agreement.study.LayerStudy study, int raters, int categories,
            long length, List<Unit> units) {
        UnitizingResult ours = UnitizingAlpha.compute(org.glossa.agreement.study.StudyConversion.unitizing(study));
        Dkpro dkpro = new Dkpro(dkproStudy(length, raters, units));
        int defined = 0;
        for (int c = 0; c < categories; c++) {
            assertRelative(dkpro.observed(c), ours.observedDisagreement(c), what + " D_O of " + c);
            assertRelative(dkpro.expected(c), ours.expectedDisagreement(c), what + " D_E of " + c);
            if (ours.category(c).isDefined()) {
                defined++;
                assertEquals(dkpro.calculateCategoryAgreement(c), ours.category(c).doubleValue(), TOLERANCE, what + " " + c);
            }
        }
        if (ours.pooled().isDefined()) {
            defined++;
            assertEquals(dkpro.calculateAgreement(), ours.pooled().doubleValue(), TOLERANCE, what + " pooled");
        }
        return defined;
    }

    /** Compares all figures; returns {categories compared, categories defined, pooled defined (0/1)}. */
    static int[] compare(String what, int raters, int categories, long length, List<Unit> units) {
        UnitizingResult ours = UnitizingAlpha.compute(study(length, raters, categories, units));
        Dkpro dkpro = new Dkpro(dkproStudy(length, raters, units));
        int defined = 0;
        for (int c = 0; c < categories; c++) {
            String where = what + ", R=" + raters + ", L=" + length + ", category " + c;
            Figure alpha = ours.category(c);
            double dkproObserved = dkpro.observed(c);
            double dkproExpected = dkpro.expected(c);
            assertRelative(dkproObserved, ours.observedDisagreement(c), where + " D_O");
            assertRelative(dkproExpected, ours.expectedDisagreement(c), where + " D_E");
            if (alpha.isDefined()) {
                defined++;
                assertEquals(dkpro.calculateCategoryAgreement(c), alpha.doubleValue(), TOLERANCE, where);
            } else if (ours.units(c) == 0) {
                // DKPro does not know a label without units; asked anyway it finds D_O = D_E = 0 and reports 0.0,
                // which would look like a result. Ours is undefined by definition.
                assertEquals(UnitizingResult.NO_UNITS, alpha.reason(), where);
                assertEquals(0.0, dkproObserved, where);
                assertEquals(0.0, dkproExpected, where);
            } else {
                // D_E = 0 with units: DKPro also has D_O = D_E = 0 and reports 0.0 (its "D_O == D_E" shortcut).
                assertEquals(UnitizingResult.NO_EXPECTED_DISAGREEMENT, alpha.reason(), where);
                assertEquals(0.0, dkproExpected, where);
                assertEquals(0.0, dkproObserved, where);
            }
        }
        double dkproPooled = dkpro.calculateAgreement();
        if (ours.pooled().isDefined()) {
            assertEquals(dkproPooled, ours.pooled().doubleValue(), TOLERANCE, what + " pooled");
        } else if (units.isEmpty()) {
            // No label at all: DKPro averages over zero categories and gets NaN.
            assertTrue(Double.isNaN(dkproPooled), what + " pooled: DKPro gave " + dkproPooled);
        } else {
            // Only labels with D_E = 0: DKPro has D_O = D_E = 0 and reports 0.0.
            assertEquals(0.0, dkproPooled, what + " pooled");
        }
        return new int[] { categories, defined, ours.pooled().isDefined() ? 1 : 0 };
    }

    /**
     * Units that raters mostly agree on: shared regions copied with jitter, some missed, some extra; each rater's
     * units of one label do not overlap (they may touch). Some labels get no units, some raters none of a label.
     */
    static List<Unit> randomUnits(Random random, int raters, int categories, long length) {
        List<Unit> units = new ArrayList<>();
        for (int c = 0; c < categories; c++) {
            int mode = random.nextInt(10);
            if (mode == 0) {
                continue; // nobody uses this label
            }
            int regions = random.nextInt(1 + (int) Math.min(25, length / 2 + 1));
            long maxLength = Math.max(1, length / Math.max(1, 2L * regions));
            List<long[]> shared = new ArrayList<>();
            for (int k = 0; k < regions; k++) {
                long begin = (long) (random.nextDouble() * length);
                long len = 1 + (long) (random.nextDouble() * maxLength);
                shared.add(new long[] { begin, Math.min(begin + len, length) });
            }
            shared.sort(Comparator.comparingLong(a -> a[0]));
            long jitter = Math.max(1, maxLength / 5);
            for (int r = 0; r < raters; r++) {
                if (mode == 1 && r > 0) {
                    continue; // only one rater uses this label
                }
                List<long[]> candidates = new ArrayList<>();
                for (long[] region : shared) {
                    if (random.nextInt(6) == 0) {
                        continue; // missed
                    }
                    long begin = region[0];
                    long end = region[1];
                    if (random.nextBoolean()) {
                        begin += random.nextLong(2 * jitter + 1) - jitter;
                        end += random.nextLong(2 * jitter + 1) - jitter;
                    }
                    candidates.add(new long[] { begin, end });
                }
                int extras = random.nextInt(3);
                for (int k = 0; k < extras; k++) {
                    long begin = (long) (random.nextDouble() * length);
                    candidates.add(new long[] { begin, begin + 1 + (long) (random.nextDouble() * maxLength) });
                }
                candidates.sort(Comparator.comparingLong(a -> a[0]));
                long free = 0; // units of one rater and label must not overlap; touching is fine
                for (long[] cand : candidates) {
                    long begin = Math.max(Math.max(0, cand[0]), free);
                    long end = Math.min(length, cand[1]);
                    if (end > begin) {
                        units.add(new Unit(r, begin, end - begin, c));
                        free = end;
                    }
                }
            }
        }
        return units;
    }

    static UnitizingStudy study(long length, int raters, int categories, List<Unit> units) {
        UnitizingStudy study = new UnitizingStudy(length, raters, categories);
        units.forEach(u -> study.addUnit(u.rater, u.begin, u.length, u.category));
        return study;
    }

    static UnitizingAnnotationStudy dkproStudy(long length, int raters, List<Unit> units) {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(raters, 0, length);
        units.forEach(u -> study.addUnit(u.begin, u.length, u.rater, u.category));
        return study;
    }

    /** Textbook interval merge (sort by begin, extend while the next begins before the current end). */
    static List<Unit> mergeIndependently(List<Unit> units) {
        List<Unit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingInt(Unit::rater).thenComparingInt(Unit::category)
                .thenComparingLong(Unit::begin));
        List<Unit> merged = new ArrayList<>();
        Unit current = null;
        for (Unit u : sorted) {
            if (current != null && current.rater == u.rater && current.category == u.category
                    && u.begin < current.end()) {
                long end = Math.max(current.end(), u.end());
                current = new Unit(u.rater, current.begin, end - current.begin, u.category);
            } else {
                if (current != null) {
                    merged.add(current);
                }
                current = u;
            }
        }
        if (current != null) {
            merged.add(current);
        }
        assertFalse(merged.size() > units.size());
        return merged;
    }

    /** D_O and D_E are small numbers, so they are compared relative to their size. */
    private static void assertRelative(double expected, double actual, String message) {
        assertEquals(expected, actual, 1e-9 * Math.max(Math.abs(expected), Double.MIN_NORMAL), message);
    }

    /** Consecutive seeds give java.util.Random nearly the same first draws (all studies alike): spread them. */
    static long scrambled(long seed) {
        return seed * 0x9E3779B97F4A7C15L;
    }
}
