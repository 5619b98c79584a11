package org.glossa.agreement.unitizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.glossa.agreement.Figure;
import org.junit.jupiter.api.Test;

class UnitizingAlphaTest {

    private static final double EXACT = 1e-12;

    /**
     * L = 20, two raters, one label. Rater 0: [2,8) [12,15); rater 1: [3,8) [16,18).
     * <p>
     * D_O: [2,8)×[3,8) intersect: (2−3)² + (8−8)² = 1; [12,15) lies inside rater 1's gap [8,16): 3² = 9; [16,18) lies
     * inside rater 0's gap [15,20): 2² = 4. Sum 14, D_O = 2·14 / (2·1·20²) = 0.035.
     * <p>
     * D_E: N = 4 units of lengths 6, 3, 5, 2; gaps 2, 4, 5 (rater 0) and 3, 8, 2 (rater 1). Per unit
     * (N−1)(2l³−3l²+l)/3 = l(l−1)(2l−1) plus l²·Σ_{g≥l}(g−l+1):
     * l=6: 330 + 36·3 = 438; l=3: 30 + 9·(1+2+3+6) = 138; l=5: 180 + 25·(1+4) = 305; l=2: 6 + 4·(1+1+2+3+4+7) = 78.
     * Sum 959, times 2/L = 95.9; denominator RL(RL−1) − Σl(l−1) = 40·39 − (30+6+20+2) = 1502. D_E = 95.9/1502.
     * <p>
     * α = 1 − 0.035·1502/95.9 = 1 − 52.57/95.9 = 4333/9590 = 0.45182...
     */
    @Test
    void handComputedExample() {
        UnitizingStudy study = new UnitizingStudy(20, 2, 1);
        study.addUnit(0, 2, 6, 0);
        study.addUnit(0, 12, 3, 0);
        study.addUnit(1, 3, 5, 0);
        study.addUnit(1, 16, 2, 0);
        UnitizingResult result = UnitizingAlpha.compute(study);

        assertEquals(4, result.units(0));
        assertEquals(0.035, result.observedDisagreement(0), EXACT);
        assertEquals(95.9 / 1502, result.expectedDisagreement(0), EXACT);
        assertEquals(4333.0 / 9590, result.category(0).doubleValue(), EXACT);
        assertEquals(4333.0 / 9590, result.pooled().doubleValue(), EXACT);

        UnitizingAnnotationStudy dkpro = new UnitizingAnnotationStudy(2, 0, 20);
        dkpro.addUnit(2, 6, 0, "X");
        dkpro.addUnit(12, 3, 0, "X");
        dkpro.addUnit(3, 5, 1, "X");
        dkpro.addUnit(16, 2, 1, "X");
        assertEquals(4333.0 / 9590, new KrippendorffAlphaUnitizingAgreement(dkpro).calculateCategoryAgreement("X"),
                1e-9);
    }

    @Test
    void identicalUnitizationsAgreePerfectly() {
        UnitizingStudy study = new UnitizingStudy(100, 3, 2);
        for (int r = 0; r < 3; r++) {
            study.addUnit(r, 10, 5, 0);
            study.addUnit(r, 40, 20, 1);
            study.addUnit(r, 50, 30, 0); // overlaps the label-1 unit: labels are independent
        }
        UnitizingResult result = UnitizingAlpha.compute(study);
        assertEquals(1.0, result.category(0).doubleValue(), EXACT);
        assertEquals(1.0, result.category(1).doubleValue(), EXACT);
        assertEquals(1.0, result.pooled().doubleValue(), EXACT);
        assertEquals(0.0, result.observedDisagreement(0));
    }

    @Test
    void pooledSumsDisagreementsAndSkipsUnusedLabels() {
        UnitizingStudy study = new UnitizingStudy(1000, 2, 3);
        study.addUnit(0, 0, 300, 0);
        study.addUnit(1, 20, 300, 0);
        study.addUnit(0, 500, 5, 2);
        study.addUnit(1, 600, 5, 2);
        UnitizingResult result = UnitizingAlpha.compute(study);
        assertFalse(result.category(1).isDefined());
        assertEquals(UnitizingResult.NO_UNITS, result.category(1).reason());
        double pooled = 1 - (result.observedDisagreement(0) + result.observedDisagreement(2))
                / (result.expectedDisagreement(0) + result.expectedDisagreement(2));
        assertEquals(pooled, result.pooled().doubleValue(), EXACT);
        // The long label-0 units weigh more than the short label-2 ones.
        assertTrue(Math.abs(result.pooled().doubleValue() - result.category(0).doubleValue())
                < Math.abs(result.pooled().doubleValue() - result.category(2).doubleValue()));
    }

    @Test
    void labelWithoutUnitsAndStudyWithoutUnitsAreUndefined() {
        UnitizingResult result = UnitizingAlpha.compute(new UnitizingStudy(50, 2, 2));
        for (int c = 0; c < 2; c++) {
            assertEquals(Figure.undefined(UnitizingResult.NO_UNITS), result.category(c));
            assertEquals(0, result.units(c));
            assertEquals(0.0, result.observedDisagreement(c));
            assertEquals(0.0, result.expectedDisagreement(c));
        }
        assertEquals(Figure.undefined(UnitizingResult.NOTHING_TO_POOL), result.pooled());

        UnitizingResult empty = UnitizingAlpha.compute(new UnitizingStudy(0, 2, 1));
        assertFalse(empty.category(0).isDefined());
        assertFalse(empty.pooled().isDefined());
        assertFalse(UnitizingAlpha.compute(new UnitizingStudy(10, 2, 0)).pooled().isDefined());
    }

    /** Every rater marks every character as its own unit: no gaps, no unit longer than 1, so D_E = 0. */
    @Test
    void zeroExpectedDisagreementIsUndefined() {
        UnitizingStudy study = new UnitizingStudy(3, 2, 1);
        for (int r = 0; r < 2; r++) {
            for (int p = 0; p < 3; p++) {
                study.addUnit(r, p, 1, 0);
            }
        }
        UnitizingResult result = UnitizingAlpha.compute(study);
        assertEquals(0.0, result.expectedDisagreement(0));
        assertEquals(Figure.undefined(UnitizingResult.NO_EXPECTED_DISAGREEMENT), result.category(0));
        assertEquals(Figure.undefined(UnitizingResult.NOTHING_TO_POOL), result.pooled());
    }

    @Test
    void overlappingUnitsOfOneRaterAndLabelAreMerged() {
        UnitizingStudy study = new UnitizingStudy(100, 2, 2);
        study.addUnit(0, 10, 10, 0); // [10,20)
        study.addUnit(0, 15, 10, 0); // [15,25) overlaps: union [10,25)
        study.addUnit(0, 24, 6, 0); // [24,30) overlaps the union: [10,30)
        study.addUnit(0, 12, 2, 0); // nested
        study.addUnit(0, 10, 10, 0); // duplicate
        study.addUnit(0, 30, 5, 0); // [30,35) only touches: stays separate
        study.addUnit(0, 12, 10, 1); // other label: not merged with label 0
        study.addUnit(1, 10, 20, 0);
        study.addUnit(1, 30, 5, 0);
        study.addUnit(1, 12, 10, 1);
        assertEquals(10, study.unitCount());

        UnitizingResult result = UnitizingAlpha.compute(study);
        assertEquals(4, result.units(0)); // [10,30) [30,35) for each rater
        assertEquals(2, result.units(1));
        assertEquals(1.0, result.category(0).doubleValue(), EXACT);

        UnitizingStudy unmerged = new UnitizingStudy(100, 2, 2);
        unmerged.addUnit(0, 10, 10, 0);
        unmerged.addUnit(0, 15, 10, 0);
        unmerged.addUnit(0, 24, 6, 0);
        unmerged.addUnit(0, 30, 5, 0);
        unmerged.addUnit(0, 12, 10, 1);
        unmerged.addUnit(1, 12, 5, 0);
        unmerged.addUnit(1, 16, 16, 0); // [12,17) ∪ [16,32) = [12,32)
        unmerged.addUnit(1, 30, 5, 0); // overlaps [12,32): all one unit [12,35)
        unmerged.addUnit(1, 12, 10, 1);
        UnitizingResult a = UnitizingAlpha.compute(unmerged);
        assertEquals(3, a.units(0));

        // DKPro on the hand-merged input: rater 1's label-0 units become the single unit [12,35).
        UnitizingAnnotationStudy dkpro = new UnitizingAnnotationStudy(2, 0, 100);
        dkpro.addUnit(10, 20, 0, 0);
        dkpro.addUnit(30, 5, 0, 0);
        dkpro.addUnit(12, 10, 0, 1);
        dkpro.addUnit(12, 23, 1, 0);
        dkpro.addUnit(12, 10, 1, 1);
        KrippendorffAlphaUnitizingAgreement alpha = new KrippendorffAlphaUnitizingAgreement(dkpro);
        assertEquals(alpha.calculateCategoryAgreement(0), a.category(0).doubleValue(), 1e-9);
        assertEquals(alpha.calculateCategoryAgreement(1), a.category(1).doubleValue(), 1e-9);
        assertEquals(alpha.calculateAgreement(), a.pooled().doubleValue(), 1e-9);
        assertTrue(a.category(0).doubleValue() < 1.0);
    }

    @Test
    void touchingUnitsStaySeparate() {
        UnitizingStudy touching = new UnitizingStudy(40, 2, 1);
        touching.addUnit(0, 10, 5, 0);
        touching.addUnit(0, 15, 5, 0);
        touching.addUnit(1, 10, 10, 0);
        UnitizingResult result = UnitizingAlpha.compute(touching);
        assertEquals(3, result.units(0));
        // Two units against one are a disagreement, unlike a single [10,20).
        assertTrue(result.category(0).doubleValue() < 1.0);

        UnitizingAnnotationStudy dkpro = new UnitizingAnnotationStudy(2, 0, 40);
        dkpro.addUnit(10, 5, 0, 0);
        dkpro.addUnit(15, 5, 0, 0);
        dkpro.addUnit(10, 10, 1, 0);
        assertEquals(new KrippendorffAlphaUnitizingAgreement(dkpro).calculateCategoryAgreement(0),
                result.category(0).doubleValue(), 1e-9);
    }

    @Test
    void unitsAtTheEdgesOfTheContinuum() {
        UnitizingStudy study = new UnitizingStudy(10, 2, 1);
        study.addUnit(0, 0, 10, 0);
        study.addUnit(1, 0, 4, 0);
        study.addUnit(1, 9, 1, 0);
        UnitizingResult result = UnitizingAlpha.compute(study);
        UnitizingAnnotationStudy dkpro = new UnitizingAnnotationStudy(2, 0, 10);
        dkpro.addUnit(0, 10, 0, 0);
        dkpro.addUnit(0, 4, 1, 0);
        dkpro.addUnit(9, 1, 1, 0);
        assertEquals(new KrippendorffAlphaUnitizingAgreement(dkpro).calculateCategoryAgreement(0),
                result.category(0).doubleValue(), 1e-9);
    }

    @Test
    void invalidInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new UnitizingStudy(-1, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new UnitizingStudy(10, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new UnitizingStudy(10, 2, -1));
        UnitizingStudy study = new UnitizingStudy(10, 2, 2);
        assertThrows(IllegalArgumentException.class, () -> study.addUnit(2, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> study.addUnit(-1, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> study.addUnit(0, 0, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> study.addUnit(0, 0, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> study.addUnit(0, -1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> study.addUnit(0, 10, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> study.addUnit(0, 5, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> study.addUnit(0, 5, 6, 0));
        assertThrows(IllegalArgumentException.class, () -> study.addUnit(0, 5, Long.MAX_VALUE, 0));
        study.addUnit(0, 5, 5, 1);
        study.addUnit(1, 0, 10, 0);
        assertEquals(2, study.unitCount());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> study.addUnit(0, 9, 2, 0));
        assertTrue(e.getMessage().contains("continuum"), e.getMessage());
        UnitizingResult result = UnitizingAlpha.compute(study);
        assertThrows(IllegalArgumentException.class, () -> result.category(2));
    }
}
