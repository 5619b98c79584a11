package org.glossa.agreement.spans;

import java.util.List;

import org.glossa.agreement.Figure;
import org.glossa.agreement.study.DocumentSpans;
import org.glossa.agreement.study.LayerStudy;
import org.glossa.agreement.study.SpanSnapshot;
import org.glossa.agreement.study.SpanSnapshot.LinkSnapshot;

/**
 * Agreement on the links of one type (a quote's speaker, a claim's claimant) between two annotators. Their spans
 * of the layer are matched by overlap and label; a matched pair agrees when the link targets of the two match one
 * to one by overlap and label (two spans without such links agree too). F1 counts (span, target) pairs: a's pair
 * is found when a's span is matched and the matched span of b links to a target matching a's target.
 *
 * @param matched   spans of a matched with a span of b
 * @param agreeing  matched spans whose links of this type agree
 * @param pairs     F1 counts over (span, target) pairs, a as the reference
 */
public record AttributionAgreement(String linkType, int matched, int agreeing, F1Counts pairs) {

    public static AttributionAgreement of(LayerStudy study, String linkType, int a, int b) {
        int matched = 0;
        int agreeing = 0;
        int tp = 0;
        int referencePairs = 0;
        int responsePairs = 0;
        for (DocumentSpans document : study.documents()) {
            List<SpanSnapshot> left = document.of(a);
            List<SpanSnapshot> right = document.of(b);
            int[] match = SpanMatching.overlap(left, right, true);
            for (SpanSnapshot span : left) {
                referencePairs += span.links(linkType).size();
            }
            for (SpanSnapshot span : right) {
                responsePairs += span.links(linkType).size();
            }
            for (int i = 0; i < left.size(); i++) {
                if (match[i] < 0) {
                    continue;
                }
                matched++;
                List<LinkSnapshot> mine = left.get(i).links(linkType);
                List<LinkSnapshot> theirs = right.get(match[i]).links(linkType);
                int found = matchedTargets(mine, theirs);
                tp += found;
                if (found == mine.size() && found == theirs.size()) {
                    agreeing++;
                }
            }
        }
        return new AttributionAgreement(linkType, matched, agreeing,
                new F1Counts(tp, responsePairs - tp, referencePairs - tp));
    }

    /** The share of matched spans whose links agree. */
    public Figure share() {
        return matched == 0 ? Figure.undefined("no matched spans") : Figure.of((double) agreeing / matched);
    }

    /** Targets matched one to one by overlap and label, greedy by the largest overlap. */
    static int matchedTargets(List<LinkSnapshot> mine, List<LinkSnapshot> theirs) {
        if (mine.isEmpty() || theirs.isEmpty()) {
            return 0;
        }
        List<SpanSnapshot> left = mine.stream().map(AttributionAgreement::target).toList();
        List<SpanSnapshot> right = theirs.stream().map(AttributionAgreement::target).toList();
        int found = 0;
        for (int j : SpanMatching.overlap(left, right, true)) {
            if (j >= 0) {
                found++;
            }
        }
        return found;
    }

    private static SpanSnapshot target(LinkSnapshot link) {
        return new SpanSnapshot(link.targetId(), link.targetBegin(), link.targetEnd(), link.targetLayer(),
                link.targetLabel(), java.util.Map.of(), List.of());
    }
}
