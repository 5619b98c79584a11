package org.glossa.team;

import java.util.Locale;

/** What a member of a team does: annotators annotate their own sets; a curator also assigns, adjudicates and edits the schema. */
public enum Role {
    ANNOTATOR, CURATOR;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        for (Role role : values()) {
            if (role.word().equals(text)) {
                return role;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a role: annotator or curator");
    }
}
