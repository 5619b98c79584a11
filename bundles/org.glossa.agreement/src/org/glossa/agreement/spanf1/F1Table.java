package org.glossa.agreement.spanf1;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glossa.agreement.Figure;
import org.glossa.agreement.study.DocumentSpans;
import org.glossa.agreement.study.LayerStudy;
import org.glossa.agreement.study.SpanSnapshot;

/**
 * Span F1 of annotator b against annotator a as the reference, per label, micro (summed counts) and macro (mean of
 * per-label F1 over the labels either used). Swapping the roles swaps precision and recall; F1 stays the same.
 */
public record F1Table(String reference, String response, boolean exact, Map<String, F1Counts> labels, F1Counts micro) {

    public F1Table {
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    public static F1Table exact(LayerStudy study, int a, int b) {
        return compute(study, a, b, true);
    }

    public static F1Table overlap(LayerStudy study, int a, int b) {
        return compute(study, a, b, false);
    }

    private static F1Table compute(LayerStudy study, int a, int b, boolean exact) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        study.labels().forEach(label -> counts.put(label, new int[3]));
        for (DocumentSpans document : study.documents()) {
            List<SpanSnapshot> reference = document.of(a);
            List<SpanSnapshot> response = document.of(b);
            int[] match = exact ? SpanMatching.exact(reference, response) : SpanMatching.overlap(reference, response, true);
            int[] inverse = SpanMatching.inverse(match, response.size());
            for (int i = 0; i < reference.size(); i++) {
                counts.computeIfAbsent(reference.get(i).label(), l -> new int[3])[match[i] >= 0 ? 0 : 2]++;
            }
            for (int j = 0; j < response.size(); j++) {
                if (inverse[j] < 0) {
                    counts.computeIfAbsent(response.get(j).label(), l -> new int[3])[1]++;
                }
            }
        }
        Map<String, F1Counts> perLabel = new LinkedHashMap<>();
        F1Counts micro = new F1Counts(0, 0, 0);
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int[] c = entry.getValue();
            F1Counts label = new F1Counts(c[0], c[1], c[2]);
            perLabel.put(entry.getKey(), label);
            micro = micro.plus(label);
        }
        return new F1Table(study.annotators().get(a), study.annotators().get(b), exact, perLabel, micro);
    }

    /** The mean of per-label F1 over the labels present in either annotation. */
    public Figure macro() {
        double sum = 0;
        int present = 0;
        for (F1Counts counts : labels.values()) {
            if (!counts.isEmpty()) {
                sum += counts.f1().doubleValue();
                present++;
            }
        }
        return present == 0 ? Figure.undefined("no spans in either annotation") : Figure.of(sum / present);
    }
}
