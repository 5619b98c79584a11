package org.glossa.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.glossa.core.doctor.DoctorReport;
import org.glossa.core.doctor.Finding;
import org.glossa.core.doctor.ProjectDoctor;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;

/**
 * How commands treat damaged files: reports (list, stats) name every problem and point at {@code glossa check};
 * commands that compute from the annotations (agree, adjudicate) refuse damaged documents unless told to leave
 * them out, so nothing is ever computed silently from what remains.
 */
final class DamagedDocuments {
    static final String SKIP_OPTION = "--skip-damaged";

    private DamagedDocuments() {
    }

    /** Names each finding on stderr, then one line: "N problems: run glossa check PROJECT". */
    static void warn(Path project, List<Finding> findings, Output out) {
        if (findings.isEmpty()) {
            return;
        }
        findings.forEach(f -> out.warn(project.resolve(f.file()) + ": " + f.message()));
        out.warn(Plural.of(findings.size(), "problem") + ": run glossa check " + project);
    }

    /**
     * The selected documents without damage in their texts or in the sets of these annotators. Damaged ones are
     * left out and listed when {@code skip}; otherwise the command is refused naming each document and file.
     *
     * @param annotators whose sets the command reads ({@code gold} included when it does), or null for all
     */
    static List<Document> usable(String command, Path project, ProjectStore store, List<Document> selected,
            Collection<String> annotators, boolean skip, Output out) {
        DoctorReport report = new ProjectDoctor(store).examineDocuments(selected, annotators);
        Map<String, List<Finding>> damaged = report.byDocument();
        if (damaged.isEmpty()) {
            return selected;
        }
        damaged.values().forEach(findings -> findings.forEach(f -> out.warn(project.resolve(f.file()) + ": "
                + f.message())));
        List<String> named = new ArrayList<>();
        damaged.forEach((id, findings) -> named.add(id + " (" + project.resolve(findings.get(0).file())
                + (findings.size() > 1 ? " and " + (findings.size() - 1) + " more" : "") + ")"));
        if (!skip) {
            throw new IllegalStateException((damaged.size() == 1 ? "a selected document is damaged: "
                    : damaged.size() + " selected documents are damaged: ") + String.join(", ", named)
                    + "; run glossa check " + project + ", or leave them out with " + SKIP_OPTION + " or --documents");
        }
        out.warn("skipped " + Plural.of(damaged.size(), "damaged document") + ": " + String.join(", ", named));
        List<Document> usable = selected.stream().filter(d -> !damaged.containsKey(d.getId())).toList();
        if (usable.isEmpty()) {
            throw new IllegalStateException("every selected document is damaged; nothing left to " + command);
        }
        return usable;
    }
}
