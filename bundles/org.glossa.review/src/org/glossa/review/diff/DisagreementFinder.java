package org.glossa.review.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.glossa.agreement.spanf1.SpanMatching;
import org.glossa.agreement.study.DocumentSpans;
import org.glossa.agreement.study.LayerStudy;
import org.glossa.agreement.study.SpanSnapshot;
import org.glossa.agreement.study.SpanSnapshot.LinkSnapshot;

/**
 * Lists what is behind a cell of the agreement tables: the places where two annotators differ on a layer, by
 * matching their spans by overlap regardless of label (as the confusion matrix does). Identical spans with the
 * same links and attributes are agreements and are not listed.
 */
public final class DisagreementFinder {
    private DisagreementFinder() {
    }

    /**
     * @param label only places where either version has this label; null for all
     * @return in document order, then by position
     */
    public static List<Disagreement> between(LayerStudy study, int a, int b, String label) {
        String nameA = study.annotators().get(a);
        String nameB = study.annotators().get(b);
        List<Disagreement> found = new ArrayList<>();
        for (DocumentSpans document : study.documents()) {
            List<Disagreement> here = new ArrayList<>();
            List<SpanSnapshot> left = document.of(a);
            List<SpanSnapshot> right = document.of(b);
            int[] match = SpanMatching.overlap(left, right, false);
            int[] inverse = SpanMatching.inverse(match, right.size());
            for (int i = 0; i < left.size(); i++) {
                SpanSnapshot x = left.get(i);
                if (match[i] < 0) {
                    here.add(new Disagreement(DisagreementKind.MISSING, document.documentId(), nameA, nameB, x, null,
                            x.label() + " only by " + nameA));
                    continue;
                }
                SpanSnapshot y = right.get(match[i]);
                Disagreement difference = compare(document.documentId(), nameA, nameB, x, y, study.linkTypes());
                if (difference != null) {
                    here.add(difference);
                }
            }
            for (int j = 0; j < right.size(); j++) {
                if (inverse[j] < 0) {
                    SpanSnapshot y = right.get(j);
                    here.add(new Disagreement(DisagreementKind.MISSING, document.documentId(), nameA, nameB, null, y,
                            y.label() + " only by " + nameB));
                }
            }
            here.sort(Comparator.comparingInt(Disagreement::begin).thenComparingInt(Disagreement::end));
            for (Disagreement disagreement : here) {
                if (label == null || disagreement.concerns(label)) {
                    found.add(disagreement);
                }
            }
        }
        return found;
    }

    private static Disagreement compare(String document, String a, String b, SpanSnapshot x, SpanSnapshot y,
            List<String> linkTypes) {
        if (!x.label().equals(y.label())) {
            String boundaries = x.samePosition(y) ? "" : ", boundaries differ";
            return new Disagreement(DisagreementKind.LABEL, document, a, b, x, y,
                    x.label() + " by " + a + ", " + y.label() + " by " + b + boundaries);
        }
        if (!x.samePosition(y)) {
            return new Disagreement(DisagreementKind.BOUNDARY, document, a, b, x, y, x.label() + " [" + x.begin() + ", "
                    + x.end() + ") by " + a + ", [" + y.begin() + ", " + y.end() + ") by " + b);
        }
        for (String type : linkTypes) {
            List<LinkSnapshot> mine = x.links(type);
            List<LinkSnapshot> theirs = y.links(type);
            if (!sameTargets(mine, theirs)) {
                return new Disagreement(DisagreementKind.LINK, document, a, b, x, y,
                        type + ": " + targets(mine) + " by " + a + ", " + targets(theirs) + " by " + b);
            }
        }
        if (!x.attributes().equals(y.attributes())) {
            return new Disagreement(DisagreementKind.ATTRIBUTE, document, a, b, x, y,
                    "attributes " + new java.util.TreeMap<>(x.attributes()) + " by " + a + ", "
                            + new java.util.TreeMap<>(y.attributes()) + " by " + b);
        }
        return null;
    }

    /** Targets agree when they are the same spans: same position and label, one to one. */
    static boolean sameTargets(List<LinkSnapshot> mine, List<LinkSnapshot> theirs) {
        if (mine.size() != theirs.size()) {
            return false;
        }
        List<String> left = new ArrayList<>(mine.stream().map(DisagreementFinder::key).sorted().toList());
        List<String> right = new ArrayList<>(theirs.stream().map(DisagreementFinder::key).sorted().toList());
        return Objects.equals(left, right);
    }

    private static String key(LinkSnapshot link) {
        return link.targetBegin() + ":" + link.targetEnd() + ":" + link.targetLabel();
    }

    private static String targets(List<LinkSnapshot> links) {
        if (links.isEmpty()) {
            return "none";
        }
        return String.join(" + ", links.stream().map(l -> l.targetLabel() + " [" + l.targetBegin() + ", "
                + l.targetEnd() + ")").toList());
    }
}
