package org.glossa.agreement.fleisskappa;

import org.glossa.agreement.coding.CodingFigure;
import org.glossa.agreement.coding.CodingStudy;
import org.glossa.agreement.coding.CompleteItems;

/**
 * Fleiss' kappa of any number of raters (DKPro's {@code FleissKappaAgreement}): p_k = Σ_i n_ik / (N·n),
 * A_E = Σ_k p_k².
 */
public final class FleissKappa {
    private FleissKappa() {
    }

    public static CodingFigure of(CodingStudy s, int... raters) {
        return CompleteItems.measure(s, raters, k -> kappa(k, raters.length));
    }

    private static CodingFigure kappa(CompleteItems k, int n) {
        double t = (double) k.items() * n; // ratings in all
        long chance = k.squaredTotals(); // T² · A_E
        // A_O = S / (T(n−1)), A_E = Q / T², so κ = (S·T − Q(n−1)) / ((T² − Q)(n−1)).
        return k.kappa(k.agreeingPairs() * t - (double) chance * (n - 1), (t * t - chance) * (n - 1));
    }
}
