package org.glossa.team;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Commit messages that say what changed in a project's terms: documents, annotation files, the project's index. */
final class CommitMessages {
    private static final int NAMED = 5;

    private CommitMessages() {
    }

    static String describe(Collection<String> paths) {
        Set<String> documents = new TreeSet<>();
        int other = 0;
        boolean index = false;
        for (String path : paths) {
            String[] parts = path.split("/");
            if (parts.length == 3 && parts[0].equals("annotations")) {
                documents.add(parts[1]);
            } else if (path.equals("project.xmi")) {
                index = true;
            } else {
                other++;
            }
        }
        StringBuilder text = new StringBuilder();
        if (!documents.isEmpty()) {
            text.append("annotations of ").append(documents.size()).append(documents.size() == 1 ? " document" : " documents");
            text.append(" (").append(String.join(", ", documents.stream().limit(NAMED).toList()));
            text.append(documents.size() > NAMED ? ", …)" : ")");
        }
        if (index) {
            text.append(text.isEmpty() ? "" : "; ").append("the project's index");
        }
        if (other > 0) {
            text.append(text.isEmpty() ? "" : "; ").append(other).append(other == 1 ? " other file" : " other files");
        }
        return text.toString();
    }
}
