package org.glossa.review.diff;

/** How two annotators' versions of a place in the text differ. */
public enum DisagreementKind {
    /** Only one of the two marked something here. */
    MISSING("missing"),
    /** Same label, different begin or end. */
    BOUNDARY("boundary"),
    /** Overlapping spans with different labels (boundaries may differ too). */
    LABEL("label"),
    /** Same span, but links of a type point at different targets. */
    LINK("link"),
    /** Same span and links, different attribute values. */
    ATTRIBUTE("attribute");

    private final String displayName;

    DisagreementKind(String displayName) {
        this.displayName = displayName;
    }

    /** The kind's short lower-case name, as lists of differences show it. */
    public String displayName() {
        return displayName;
    }
}
