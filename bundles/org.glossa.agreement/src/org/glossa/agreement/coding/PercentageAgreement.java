package org.glossa.agreement.coding;

import org.glossa.agreement.Figure;

/** Percentage agreement (DKPro's {@code PercentageAgreement}): mean share of agreeing rater pairs per complete item, A_O. */
public final class PercentageAgreement {
    private PercentageAgreement() {
    }

    public static CodingFigure of(CodingStudy s, int... raters) {
        CompleteItems k = CompleteItems.of(s, raters);
        if (k.items() == 0) {
            return k.noItems();
        }
        int n = raters.length;
        return k.figure(Figure.of(k.agreeingPairs() / ((double) k.items() * n * (n - 1))));
    }
}
