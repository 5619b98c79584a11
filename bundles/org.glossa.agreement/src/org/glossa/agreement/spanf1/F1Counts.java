package org.glossa.agreement.spanf1;

import org.glossa.agreement.Figure;

/** True positives, false positives and false negatives of a response against a reference, and their figures. */
public record F1Counts(int tp, int fp, int fn) {

    public F1Counts plus(F1Counts other) {
        return new F1Counts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    public Figure precision() {
        return tp + fp == 0 ? Figure.undefined("no spans in the response") : Figure.of((double) tp / (tp + fp));
    }

    public Figure recall() {
        return tp + fn == 0 ? Figure.undefined("no spans in the reference") : Figure.of((double) tp / (tp + fn));
    }

    public Figure f1() {
        return tp + fp + fn == 0 ? Figure.undefined("no spans in either annotation")
                : Figure.of(2.0 * tp / (2.0 * tp + fp + fn));
    }

    public boolean isEmpty() {
        return tp + fp + fn == 0;
    }
}
