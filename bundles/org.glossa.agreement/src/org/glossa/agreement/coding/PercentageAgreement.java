package org.glossa.agreement.coding;

import org.glossa.agreement.Figure;

/**
 * Percentage agreement (DKPro's {@code PercentageAgreement}): the mean share of agreeing rater pairs per item that
 * every compared rater labelled, A_O.
 */
public final class PercentageAgreement {
    private PercentageAgreement() {
    }

    public static CodingFigure of(CodingStudy s, int... raters) {
        int n = raters.length;
        return CompleteItems.measure(s, raters,
                k -> k.figure(Figure.of(k.agreeingPairs() / ((double) k.items() * n * (n - 1)))));
    }
}
