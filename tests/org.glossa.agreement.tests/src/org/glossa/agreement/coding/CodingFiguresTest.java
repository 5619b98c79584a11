package org.glossa.agreement.coding;

import static org.glossa.agreement.coding.CodingStudy.MISSING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.glossa.agreement.Figure;
import org.glossa.agreement.cohenkappa.CohenKappa;
import org.glossa.agreement.cohenkappa.ScottPi;
import org.glossa.agreement.fleisskappa.FleissKappa;
import org.glossa.agreement.krippendorffalpha.KrippendorffAlphaNominal;
import org.junit.jupiter.api.Test;

class CodingFiguresTest {

    private static final double EXACT = 1e-12;

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units, values 1–5, missing
     * values marked "."; nominal alpha = 0.743. Unit 12 has a single value and cannot be paired.
     */
    @Test
    void krippendorff2011Example() {
        int m = MISSING;
        int[][] byObserver = {
                { 1, 2, 3, 3, 2, 1, 4, 1, 2, m, m, m }, // A
                { 1, 2, 3, 3, 2, 2, 4, 1, 2, 5, m, 3 }, // B
                { m, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, m }, // C
                { 1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, m }, // D
        };
        CodingStudy study = new CodingStudy(4, 5);
        for (int unit = 0; unit < 12; unit++) {
            int[] values = new int[4];
            for (int o = 0; o < 4; o++) {
                int v = byObserver[o][unit];
                values[o] = v == m ? MISSING : v - 1;
            }
            study.addItem(values);
        }
        CodingFigure alpha = KrippendorffAlphaNominal.of(study, 0, 1, 2, 3);
        assertEquals(0.743, Math.round(alpha.figure().doubleValue() * 1000) / 1000.0, EXACT);
        assertEquals(11, alpha.itemsUsed());
        assertEquals(1, alpha.itemsLeftOut());
        assertEquals(new KrippendorffAlphaAgreement(CodingDkproCrossCheckTest.dkproAllItems(study, 0, 1, 2, 3),
                new NominalDistanceFunction()).calculateAgreement(), alpha.figure().doubleValue(), 1e-9);
    }

    /**
     * Fleiss (1971) as usually quoted: 10 subjects, 14 raters, 5 categories; P̄ = 0.378, P_e = 0.213, κ = 0.210.
     * Percentage agreement is P̄; P_e follows from κ = (P̄ − P_e) / (1 − P_e).
     */
    @Test
    void fleiss1971Table() {
        int[][] counts = { { 0, 0, 0, 0, 14 }, { 0, 2, 6, 4, 2 }, { 0, 0, 3, 5, 6 }, { 0, 3, 9, 2, 0 },
                { 2, 2, 8, 1, 1 }, { 7, 7, 0, 0, 0 }, { 3, 2, 6, 3, 0 }, { 2, 5, 3, 2, 2 }, { 6, 5, 2, 1, 0 },
                { 0, 2, 2, 3, 7 } };
        CodingStudy study = new CodingStudy(14, 5);
        for (int[] row : counts) {
            int[] values = new int[14];
            int r = 0;
            for (int c = 0; c < 5; c++) {
                for (int k = 0; k < row[c]; k++) {
                    values[r++] = c;
                }
            }
            study.addItem(values);
        }
        int[] raters = new int[14];
        for (int r = 0; r < 14; r++) {
            raters[r] = r;
        }
        double kappa = FleissKappa.of(study, raters).figure().doubleValue();
        double pBar = PercentageAgreement.of(study, raters).figure().doubleValue();
        double pE = (pBar - kappa) / (1 - kappa);
        assertEquals(0.210, round3(kappa), EXACT);
        assertEquals(0.20993, kappa, 5e-6);
        assertEquals(0.378, round3(pBar), EXACT);
        // Exactly: P̄ = Σ_i Σ_k n_ik(n_ik − 1) / (10·14·13) = 688 / 1820.
        assertEquals(688.0 / 1820, pBar, EXACT);
        assertEquals(0.213, round3(pE), EXACT);
        assertEquals(new FleissKappaAgreement(CodingDkproCrossCheckTest.dkproCompleteItems(study, raters))
                .calculateAgreement(), kappa, 1e-9);
    }

    /** 2×2 table: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no: A_O = 0.7, A_E = 0.5·0.6 + 0.5·0.4 = 0.5, κ = 0.4. */
    @Test
    void cohenTwoByTwo() {
        CodingStudy study = new CodingStudy(2, 2);
        add(study, 20, 0, 0);
        add(study, 5, 0, 1);
        add(study, 10, 1, 0);
        add(study, 15, 1, 1);
        assertEquals(0.4, CohenKappa.of(study, 0, 1).figure().doubleValue(), EXACT);
        assertEquals(0.7, PercentageAgreement.of(study, 0, 1).figure().doubleValue(), EXACT);
        // Scott: pooled yes share 55/100, A_E = 0.55² + 0.45² = 0.505, π = 0.195/0.495.
        assertEquals(0.195 / 0.495, ScottPi.of(study, 0, 1).figure().doubleValue(), EXACT);
        // Fleiss' kappa with two raters is Scott's pi.
        assertEquals(0.195 / 0.495, FleissKappa.of(study, 0, 1).figure().doubleValue(), EXACT);
        assertEquals(new CodingFigure(Figure.of(0.4), 50, 0), CohenKappa.of(study, 0, 1));
    }

    @Test
    void raterOrderDoesNotMatterAndSubsetsAreHonoured() {
        CodingStudy study = new CodingStudy(3, 3);
        study.addItem(0, 0, 1);
        study.addItem(1, 1, MISSING);
        study.addItem(2, 1, 2);
        study.addItem(0, 2, 0);
        study.addItem(MISSING, 2, 2);
        assertEquals(CohenKappa.of(study, 0, 1), CohenKappa.of(study, 1, 0));
        assertEquals(FleissKappa.of(study, 0, 1, 2), FleissKappa.of(study, 2, 0, 1));
        assertEquals(KrippendorffAlphaNominal.of(study, 0, 2),
                KrippendorffAlphaNominal.of(study, 2, 0));
        CodingFigure pair = PercentageAgreement.of(study, 0, 1);
        assertEquals(4, pair.itemsUsed());
        assertEquals(1, pair.itemsLeftOut());
        assertEquals(2.0 / 4, pair.figure().doubleValue(), EXACT);
        assertEquals(3, PercentageAgreement.of(study, 0, 1, 2).itemsUsed());
    }

    @Test
    void singleLabelIsUndefinedForChanceCorrectedMeasures() {
        CodingStudy study = new CodingStudy(3, 4);
        for (int i = 0; i < 5; i++) {
            study.addItem(2, 2, 2);
        }
        study.addItem(2, MISSING, MISSING);
        assertEquals(Figure.undefined(CompleteItems.ONE_LABEL), CohenKappa.of(study, 0, 1).figure());
        assertEquals(Figure.undefined(CompleteItems.ONE_LABEL), ScottPi.of(study, 0, 1).figure());
        assertEquals(Figure.undefined(CompleteItems.ONE_LABEL), FleissKappa.of(study, 0, 1, 2).figure());
        assertEquals(Figure.undefined(KrippendorffAlphaNominal.NO_VARIATION),
                KrippendorffAlphaNominal.of(study, 0, 1, 2).figure());
        // Everybody agrees: percentage agreement is 1, not undefined.
        assertEquals(new CodingFigure(Figure.of(1.0), 5, 1), PercentageAgreement.of(study, 0, 1, 2));
    }

    /** Two raters who each use a single, different label: A_E = 0, so κ = A_O = 0 (DKPro agrees). */
    @Test
    void disjointSingleLabelsGiveZeroNotUndefined() {
        CodingStudy study = new CodingStudy(2, 2);
        study.addItem(0, 1);
        study.addItem(0, 1);
        assertEquals(Figure.of(0.0), CohenKappa.of(study, 0, 1).figure());
        assertEquals(-1.0, ScottPi.of(study, 0, 1).figure().doubleValue(), EXACT);
        assertEquals(Figure.of(0.0), PercentageAgreement.of(study, 0, 1).figure());
    }

    @Test
    void noCompleteItemsIsUndefined() {
        CodingStudy study = new CodingStudy(3, 2);
        study.addItem(0, MISSING, 1);
        study.addItem(MISSING, 1, 1);
        study.addItem(MISSING, MISSING, MISSING);
        Figure none = Figure.undefined(CompleteItems.NO_COMPLETE_ITEMS);
        assertEquals(new CodingFigure(none, 0, 3), PercentageAgreement.of(study, 0, 1, 2));
        assertEquals(new CodingFigure(none, 0, 3), FleissKappa.of(study, 0, 1, 2));
        assertEquals(new CodingFigure(none, 0, 3), CohenKappa.of(study, 0, 1));
        assertEquals(new CodingFigure(none, 0, 3), ScottPi.of(study, 0, 1));
        // Alpha pairs what it can: items 0 and 1 have two values each.
        CodingFigure alpha = KrippendorffAlphaNominal.of(study, 0, 1, 2);
        assertEquals(2, alpha.itemsUsed());
        assertEquals(1, alpha.itemsLeftOut());
        assertEquals(Figure.undefined(KrippendorffAlphaNominal.FEWER_THAN_TWO_VALUES),
                KrippendorffAlphaNominal.of(study, 0, 1).figure());
    }

    @Test
    void emptyStudyIsUndefinedEverywhere() {
        CodingStudy study = new CodingStudy(2, 3);
        assertEquals(0, study.itemCount());
        assertEquals(false, PercentageAgreement.of(study, 0, 1).figure().isDefined());
        assertEquals(false, CohenKappa.of(study, 0, 1).figure().isDefined());
        assertEquals(false, ScottPi.of(study, 0, 1).figure().isDefined());
        assertEquals(false, FleissKappa.of(study, 0, 1).figure().isDefined());
        assertEquals(Figure.undefined(KrippendorffAlphaNominal.FEWER_THAN_TWO_VALUES),
                KrippendorffAlphaNominal.of(study, 0, 1).figure());
        CodingStudy noLabels = new CodingStudy(2, 0);
        noLabels.addItem(MISSING, MISSING);
        assertEquals(false, KrippendorffAlphaNominal.of(noLabels, 0, 1).figure().isDefined());
    }

    @Test
    void invalidInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CodingStudy(1, 2));
        assertThrows(IllegalArgumentException.class, () -> new CodingStudy(2, -1));
        CodingStudy study = new CodingStudy(3, 2);
        assertThrows(IllegalArgumentException.class, () -> study.addItem(0, 1));
        assertThrows(IllegalArgumentException.class, () -> study.addItem(0, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> study.addItem(0, 1, -2));
        assertEquals(0, study.itemCount());
        study.addItem(0, 1, MISSING);
        assertThrows(IllegalArgumentException.class, () -> PercentageAgreement.of(study, 0));
        assertThrows(IllegalArgumentException.class, () -> FleissKappa.of(study, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> CohenKappa.of(study, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> ScottPi.of(study, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> KrippendorffAlphaNominal.of(study, -1, 0));
    }

    @Test
    void growsBeyondInitialCapacity() {
        CodingStudy study = new CodingStudy(2, 2);
        for (int i = 0; i < 1000; i++) {
            study.addItem(i % 2, i % 3 == 0 ? MISSING : i % 2);
        }
        assertEquals(1000, study.itemCount());
        assertEquals(1, study.value(999, 0));
        assertEquals(MISSING, study.value(999, 1));
        assertEquals(1.0, CohenKappa.of(study, 0, 1).figure().doubleValue(), EXACT);
    }

    private static void add(CodingStudy study, int times, int... values) {
        for (int i = 0; i < times; i++) {
            study.addItem(values);
        }
    }

    private static double round3(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
