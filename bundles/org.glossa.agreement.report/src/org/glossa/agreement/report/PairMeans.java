package org.glossa.agreement.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.glossa.agreement.Figure;
import org.glossa.agreement.report.AgreementReport.PairReport;
import org.glossa.agreement.spanf1.F1Counts;

/** Figures the report does not carry but the renderers derive from the pairs. */
final class PairMeans {

    private PairMeans() {
    }

    /**
     * Unweighted mean of the per-label F1 (exact or overlap matching) over the pairs that report the label. Missing
     * when no pair reports it; undefined when every pair that does has it undefined.
     */
    static Cell meanLabelF1(List<PairReport> pairs, boolean exact, String label) {
        double sum = 0;
        int defined = 0;
        int reported = 0;
        Set<String> reasons = new LinkedHashSet<>();
        for (PairReport pair : pairs) {
            F1Counts counts = (exact ? pair.exact() : pair.overlap()).labels().get(label);
            if (counts == null) {
                continue;
            }
            reported++;
            Figure f1 = counts.f1();
            if (f1.isDefined()) {
                sum += f1.value();
                defined++;
            } else {
                reasons.add(f1.reason());
            }
        }
        if (reported == 0) {
            return Cell.missing();
        }
        if (defined == 0) {
            String reason = reasons.size() == 1 ? reasons.iterator().next() : "undefined in every pair";
            return Cell.figure(Figure.undefined(reason));
        }
        return Cell.figure(Figure.of(sum / defined), defined + (defined == 1 ? " pair" : " pairs"));
    }
}
