package org.glossa.review.diff;

import org.glossa.agreement.study.SpanSnapshot;

/**
 * One difference between annotators a and b in a document: their two versions (one is null when the other
 * annotator has nothing there) and a one-line description.
 */
public record Disagreement(DisagreementKind kind, String documentId, String a, String b, SpanSnapshot versionA,
        SpanSnapshot versionB, String detail) {

    public Disagreement {
        if (versionA == null && versionB == null) {
            throw new IllegalArgumentException("a disagreement needs at least one version");
        }
    }

    /** Where the two versions lie together: from the first begin to the last end. */
    public int begin() {
        return Math.min(versionA == null ? Integer.MAX_VALUE : versionA.begin(),
                versionB == null ? Integer.MAX_VALUE : versionB.begin());
    }

    /** Where the two versions lie together ends: the last end. */
    public int end() {
        return Math.max(versionA == null ? 0 : versionA.end(), versionB == null ? 0 : versionB.end());
    }

    /** Whether either version carries the label. */
    public boolean concerns(String label) {
        return versionA != null && versionA.label().equals(label) || versionB != null && versionB.label().equals(label);
    }
}
