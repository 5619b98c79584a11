package org.glossa.core.doctor;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the doctor found in a project.
 *
 * @param root      the project folder; every finding's file is relative to it
 * @param documents how many documents the index lists (0 when the index cannot be read)
 * @param sets      how many annotation files were examined
 */
public record DoctorReport(Path root, int documents, int sets, List<Finding> findings) {
    public DoctorReport {
        findings = List.copyOf(findings);
    }

    public boolean isClean() {
        return findings.isEmpty();
    }

    public long repairable() {
        return findings.stream().filter(Finding::repairable).count();
    }

    /** The findings per document, for the documents that have any, in the order found. */
    public Map<String, List<Finding>> byDocument() {
        Map<String, List<Finding>> result = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (finding.documentId() != null) {
                result.computeIfAbsent(finding.documentId(), id -> new java.util.ArrayList<>()).add(finding);
            }
        }
        return result;
    }

    public Path absolute(Finding finding) {
        return root.resolve(finding.file());
    }
}
