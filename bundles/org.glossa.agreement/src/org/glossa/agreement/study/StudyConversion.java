package org.glossa.agreement.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.glossa.agreement.coding.CodingStudy;
import org.glossa.agreement.unitizing.UnitizingStudy;

/** Turns a layer's spans into the studies the measures take: units on a continuum, and coding items. */
public final class StudyConversion {
    private StudyConversion() {
    }

    /**
     * Units on the corpus continuum: the documents' bodies one after another, each span shifted by the body
     * lengths of the documents before it.
     */
    public static UnitizingStudy unitizing(LayerStudy study) {
        UnitizingStudy units = new UnitizingStudy(study.continuumLength(), study.annotators().size(), study.labels().size());
        long shift = 0;
        for (DocumentSpans document : study.documents()) {
            for (int r = 0; r < study.annotators().size(); r++) {
                for (SpanSnapshot span : document.of(r)) {
                    int label = study.labelIndex(span.label());
                    if (label >= 0) {
                        units.addUnit(r, shift + span.begin() - document.bodyBegin(), span.length(), label);
                    }
                }
            }
            shift += document.bodyLength();
        }
        return units;
    }

    /** The coding items of a layer and what was left out. */
    public record CodingItems(CodingStudy study, int total, int ambiguous, List<String> ambiguousPositions) {
    }

    /**
     * Items are the distinct (document, begin, end) positions of the layer's spans; an annotator's value is its
     * label there or missing. A position where one annotator has two different labels is ambiguous and left out.
     */
    public static CodingItems coding(LayerStudy study) {
        int raters = study.annotators().size();
        CodingStudy coding = new CodingStudy(raters, study.labels().size());
        int total = 0;
        int ambiguous = 0;
        List<String> ambiguousPositions = new ArrayList<>();
        for (DocumentSpans document : study.documents()) {
            Map<Long, int[]> items = new TreeMap<>();
            Map<Long, Boolean> clash = new java.util.HashMap<>();
            for (int r = 0; r < raters; r++) {
                for (SpanSnapshot span : document.of(r)) {
                    int label = study.labelIndex(span.label());
                    if (label < 0) {
                        continue;
                    }
                    long key = ((long) span.begin() << 32) | span.end();
                    int[] values = items.computeIfAbsent(key, k -> {
                        int[] v = new int[raters];
                        java.util.Arrays.fill(v, CodingStudy.MISSING);
                        return v;
                    });
                    if (values[r] != CodingStudy.MISSING && values[r] != label) {
                        clash.put(key, true);
                    }
                    values[r] = label;
                }
            }
            for (Map.Entry<Long, int[]> item : items.entrySet()) {
                total++;
                if (clash.containsKey(item.getKey())) {
                    ambiguous++;
                    ambiguousPositions.add(document.documentId() + " [" + (item.getKey() >>> 32) + ", "
                            + (item.getKey() & 0xffffffffL) + ")");
                } else {
                    coding.addItem(item.getValue());
                }
            }
        }
        return new CodingItems(coding, total, ambiguous, ambiguousPositions);
    }
}
