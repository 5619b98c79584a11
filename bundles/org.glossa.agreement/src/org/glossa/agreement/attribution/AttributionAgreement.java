package org.glossa.agreement.attribution;

import java.util.List;

import org.glossa.agreement.Figure;
import org.glossa.agreement.spanf1.F1Counts;
import org.glossa.agreement.spanf1.SpanMatching;
import org.glossa.agreement.study.DocumentSpans;
import org.glossa.agreement.study.LayerStudy;
import org.glossa.agreement.study.SpanSnapshot;
import org.glossa.agreement.study.SpanSnapshot.LinkSnapshot;

/**
 * Agreement on the links of one type (a quote's speakers, a claim's claimants) between two annotators, comparing the
 * sets of targets: a quote may have several speakers (a joint statement). Their spans of the layer are matched one to
 * one by overlap and label; for a matched pair, the targets of the two link sets are matched one to one the same way.
 * <ul>
 * <li>A matched pair <b>agrees</b> when every target of each side is matched: the same set of speakers (two spans
 * without such links agree too). {@link #share()} is the share of matched pairs that agree.</li>
 * <li>It agrees <b>partially</b> when some targets are matched but not all ({Kim, Halvorssen} against {Kim}).</li>
 * <li>F1 counts (span, target) pairs over all spans, a as the reference: a's pair is found (a true positive) when
 * a's span is matched and its target is matched in the matched span's targets; a's other pairs are false
 * negatives, b's other pairs (including those of unmatched spans) false positives. {Kim, Halvorssen} against
 * {Kim} is one true positive and one false negative.</li>
 * </ul>
 *
 * @param matched   spans of a matched with a span of b
 * @param agreeing  matched spans whose link targets are the same set
 * @param partial   matched spans whose link targets share some but not all targets
 * @param pairs     F1 counts over (span, target) pairs, a as the reference
 */
public record AttributionAgreement(String linkType, int matched, int agreeing, int partial, F1Counts pairs) {

    public static AttributionAgreement of(LayerStudy study, String linkType, int a, int b) {
        int matched = 0;
        int agreeing = 0;
        int partial = 0;
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
                } else if (found > 0) {
                    partial++;
                }
            }
        }
        return new AttributionAgreement(linkType, matched, agreeing, partial,
                new F1Counts(tp, responsePairs - tp, referencePairs - tp));
    }

    /** The share of matched spans whose link targets are the same set. */
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
