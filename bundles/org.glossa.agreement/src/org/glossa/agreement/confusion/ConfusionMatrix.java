package org.glossa.agreement.confusion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glossa.agreement.spanf1.SpanMatching;
import org.glossa.agreement.study.DocumentSpans;
import org.glossa.agreement.study.LayerStudy;
import org.glossa.agreement.study.SpanSnapshot;

/**
 * Label confusion of an annotator pair: spans matched by overlap regardless of label; rows are a's labels, columns
 * b's labels, and the last row and column ("none") count the spans the other annotator has no match for.
 */
public record ConfusionMatrix(String rows, String columns, List<String> labels, long[][] counts) {

    public static final String NONE = "none";

    public static ConfusionMatrix of(LayerStudy study, int a, int b) {
        Map<String, Integer> index = new LinkedHashMap<>();
        study.labels().forEach(label -> index.put(label, index.size()));
        List<int[]> cells = new ArrayList<>(); // {row label, column label}, -1 = none
        for (DocumentSpans document : study.documents()) {
            List<SpanSnapshot> left = document.of(a);
            List<SpanSnapshot> right = document.of(b);
            int[] match = SpanMatching.overlap(left, right, false);
            int[] inverse = SpanMatching.inverse(match, right.size());
            for (int i = 0; i < left.size(); i++) {
                int row = index.computeIfAbsent(left.get(i).label(), l -> index.size());
                int column = match[i] < 0 ? -1 : index.computeIfAbsent(right.get(match[i]).label(), l -> index.size());
                cells.add(new int[] {row, column});
            }
            for (int j = 0; j < right.size(); j++) {
                if (inverse[j] < 0) {
                    cells.add(new int[] {-1, index.computeIfAbsent(right.get(j).label(), l -> index.size())});
                }
            }
        }
        int none = index.size();
        long[][] counts = new long[none + 1][none + 1];
        for (int[] cell : cells) {
            counts[cell[0] < 0 ? none : cell[0]][cell[1] < 0 ? none : cell[1]]++;
        }
        List<String> labels = new ArrayList<>(index.keySet());
        labels.add(NONE);
        return new ConfusionMatrix(study.annotators().get(a), study.annotators().get(b), labels, counts);
    }

    public long count(String rowLabel, String columnLabel) {
        return counts[labels.indexOf(rowLabel)][labels.indexOf(columnLabel)];
    }
}
