package org.glossa.core.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A folder {@code .glossa/quarantine/TIMESTAMP/} where unusable files are moved, never deleted, under the same
 * path relative to the project, so a person can inspect them and put them back.
 */
final class Quarantine {
    static final String FOLDER = ProjectDoctor.OWN_FOLDER + "/quarantine";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path root;
    private final Path folder;

    /** A new quarantine folder named by the time (with -2, -3 … when a repair already ran that second). */
    Quarantine(Path root, Instant now) {
        this.root = root;
        Path base = root.resolve(FOLDER);
        String stamp = STAMP.format(now);
        Path candidate = base.resolve(stamp);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = base.resolve(stamp + "-" + n);
        }
        this.folder = candidate;
    }

    /** Moves the file or folder (relative to the project) into quarantine; returns where it went. */
    Path move(Path relative) throws IOException {
        Path target = folder.resolve(relative.toString());
        Files.createDirectories(target.getParent());
        Files.move(root.resolve(relative), target);
        return target;
    }
}
