package org.glossa.agreement.cohenkappa;

import org.glossa.agreement.coding.CodingFigure;
import org.glossa.agreement.coding.CodingStudy;
import org.glossa.agreement.coding.CompleteItems;

/**
 * Scott's pi of two raters (DKPro's {@code ScottPiAgreement}): Cohen's kappa with one chance distribution pooled from
 * both raters, A_E = Σ_k ((c_ak + c_bk) / 2N)².
 */
public final class ScottPi {
    private ScottPi() {
    }

    public static CodingFigure of(CodingStudy s, int a, int b) {
        return CompleteItems.measure(s, new int[] { a, b }, ScottPi::pi);
    }

    private static CodingFigure pi(CompleteItems k) {
        long n = k.items();
        long chance = k.squaredTotals(); // 4N² · A_E
        double agree = k.agreeingPairs() / 2;
        return k.kappa(4.0 * n * agree - chance, 4.0 * n * n - chance);
    }
}
