package org.glossa.agreement.report;

import static org.glossa.agreement.report.TreeReader.figure;
import static org.glossa.agreement.report.TreeReader.map;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Figures the report does not carry but the renderers derive from the pairs. */
final class PairMeans {

    private PairMeans() {
    }

    /**
     * Unweighted mean of the per-label F1 over the pairs that report the label ({@code f1Key} is "f1_exact" or
     * "f1_overlap"). Missing when no pair reports it; undefined when every pair that does has it undefined.
     */
    static Cell meanLabelF1(List<Map<String, Object>> pairs, String f1Key, String label) {
        double sum = 0;
        int defined = 0;
        int reported = 0;
        Set<String> reasons = new LinkedHashSet<>();
        for (Map<String, Object> pair : pairs) {
            Map<String, Object> labels = map(map(pair, f1Key), "labels");
            if (!labels.containsKey(label)) {
                continue;
            }
            reported++;
            Measure f1 = figure(map(labels, label), "f1");
            if (f1.defined()) {
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
            return Cell.figure(Measure.undefined(reason));
        }
        return Cell.figure(Measure.of(sum / defined), defined + (defined == 1 ? " pair" : " pairs"));
    }
}
