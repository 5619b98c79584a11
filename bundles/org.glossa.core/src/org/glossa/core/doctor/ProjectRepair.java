package org.glossa.core.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.glossa.core.files.FileErrors;
import org.glossa.core.storage.ProjectLayout;

/**
 * Makes the repairs that cannot lose work: unusable files (empty or unparseable sets, files the index does not
 * know) are moved into a quarantine folder, temporary files of interrupted saves are removed. Sets that can be
 * read are never rewritten and texts are never "fixed"; those findings stay for a person to decide.
 */
public final class ProjectRepair {
    private final DoctorReport report;
    private final Instant now;

    public ProjectRepair(DoctorReport report, Instant now) {
        this.report = report;
        this.now = now;
    }

    public RepairResult execute() {
        Quarantine quarantine = new Quarantine(report.root(), now);
        List<RepairResult.Repaired> done = new ArrayList<>();
        List<RepairResult.Repaired> failed = new ArrayList<>();
        for (Finding finding : report.findings()) {
            Path file = report.absolute(finding);
            try {
                switch (finding.kind().repair()) {
                    case QUARANTINE -> {
                        Path target = quarantine.move(finding.file());
                        removeEmptyOrphanFolder(file.getParent());
                        done.add(new RepairResult.Repaired(finding, target, "moved into "
                                + Finding.slashed(report.root().relativize(target))));
                    }
                    case REMOVE -> {
                        Files.deleteIfExists(file);
                        done.add(new RepairResult.Repaired(finding, null, "removed"));
                    }
                    case NONE -> {
                        // reported only
                    }
                }
            } catch (IOException e) {
                failed.add(new RepairResult.Repaired(finding, null, "not repaired: " + FileErrors.rootReason(e)));
            }
        }
        return new RepairResult(done, failed);
    }

    /** A folder under annotations/ emptied by the quarantine and of no document in the index goes too. */
    private void removeEmptyOrphanFolder(Path folder) throws IOException {
        ProjectLayout layout = new ProjectLayout(report.root());
        if (!folder.getParent().equals(layout.annotations()) || !Files.isDirectory(folder)) {
            return;
        }
        boolean orphan = report.findings().stream().anyMatch(f -> (f.kind() == FindingKind.SET_OF_UNKNOWN_DOCUMENT
                || f.kind() == FindingKind.FILE_OF_UNKNOWN_DOCUMENT)
                && report.absolute(f).getParent().equals(folder));
        try (var entries = Files.list(folder)) {
            if (orphan && entries.findAny().isEmpty()) {
                Files.delete(folder);
            }
        }
    }
}
