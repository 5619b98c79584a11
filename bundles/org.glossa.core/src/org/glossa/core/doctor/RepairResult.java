package org.glossa.core.doctor;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ProjectRepair} did.
 *
 * @param repaired the findings repaired, with what was done
 * @param failed   repairs that were tried and failed, with the reason
 */
public record RepairResult(List<Repaired> repaired, List<Repaired> failed) {
    public RepairResult {
        repaired = List.copyOf(repaired);
        failed = List.copyOf(failed);
    }

    /**
     * @param movedTo where a quarantined file went (absolute), or null when the file was removed or nothing was done
     * @param what    one sentence: what was done, or why it failed
     */
    public record Repaired(Finding finding, Path movedTo, String what) {
        @Override
        public String toString() {
            return Finding.slashed(finding.file()) + ": " + what;
        }
    }
}
