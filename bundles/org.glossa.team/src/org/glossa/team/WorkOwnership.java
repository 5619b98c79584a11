package org.glossa.team;

import java.util.Set;

import org.glossa.core.storage.ProjectLayout;

/**
 * Which changed files of a working copy its member sends. An annotator sends their own annotation files and member
 * file, and the project's shared files (index, texts, assignments, git's files); never another annotator's files,
 * which only that annotator (or a curator, who may import work for others) changes. Anything else in the folder is
 * not part of the project and stays where it is, unsent.
 */
record WorkOwnership(TeamIdentity identity) {
    enum Verdict {
        SEND,
        /** Another member's file changed here: the team's version is put back. */
        RESTORE,
        /** Not a project file: left alone. */
        IGNORE
    }

    private static final Set<String> SHARED = Set.of(ProjectLayout.INDEX_FILE, ".gitignore", ".gitattributes",
            TeamFiles.ASSIGNMENTS);

    Verdict of(String path) {
        if (SHARED.contains(path) || (path.startsWith("texts/") && path.endsWith(".txt"))) {
            return Verdict.SEND;
        }
        String[] parts = path.split("/");
        String owner;
        if (parts.length == 3 && parts[0].equals("annotations") && parts[2].endsWith(".xmi")) {
            owner = parts[2].substring(0, parts[2].length() - ".xmi".length());
        } else if (path.startsWith(TeamFiles.MEMBERS) && parts.length == 3 && parts[2].endsWith(".json")) {
            owner = parts[2].substring(0, parts[2].length() - ".json".length());
        } else {
            return Verdict.IGNORE;
        }
        return owner.equals(identity.name()) || identity.role() == Role.CURATOR ? Verdict.SEND : Verdict.RESTORE;
    }
}
