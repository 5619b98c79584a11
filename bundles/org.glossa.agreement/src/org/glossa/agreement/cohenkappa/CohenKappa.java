package org.glossa.agreement.cohenkappa;

import org.glossa.agreement.coding.CodingFigure;
import org.glossa.agreement.coding.CodingStudy;
import org.glossa.agreement.coding.CompleteItems;

/** Cohen's kappa of two raters (DKPro's {@code CohenKappaAgreement}): A_E = Σ_k (c_ak / N)(c_bk / N). */
public final class CohenKappa {
    private CohenKappa() {
    }

    public static CodingFigure of(CodingStudy s, int a, int b) {
        return CompleteItems.measure(s, new int[] { a, b }, k -> kappa(s, k));
    }

    private static CodingFigure kappa(CodingStudy s, CompleteItems k) {
        long n = k.items();
        long chance = 0; // N² · A_E
        for (int c = 0; c < s.categoryCount(); c++) {
            chance += (long) k.count(0, c) * k.count(1, c);
        }
        // κ = (A_O − A_E) / (1 − A_E) with A_O = agree / N, multiplied through by N².
        double agree = k.agreeingPairs() / 2; // one agreeing ordered pair in each direction
        return k.kappa(agree * n - chance, (double) n * n - chance);
    }
}
