package org.glossa.team.merge;

/** How genuine conflicts of a merge are decided: not at all (the merge stops and names them), or one side wins. */
public enum Resolution {
    /** Stop and report: nothing is merged. */
    NONE,
    /** This working copy's value wins. */
    OURS,
    /** The shared repository's value wins. */
    THEIRS;

    public static Resolution parse(String text) {
        return switch (text == null ? "" : text) {
            case "ours", "mine", "here" -> OURS;
            case "theirs", "shared" -> THEIRS;
            default -> throw new IllegalArgumentException("'" + text + "' is not a resolution: use ours or theirs");
        };
    }
}
