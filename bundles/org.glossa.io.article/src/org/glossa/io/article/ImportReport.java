package org.glossa.io.article;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did, file by file.
 *
 * @param imported   documents created, in import order
 * @param duplicates files whose text is already in the project (same content hash)
 * @param skipped    files that could not be imported, with the reason (binary, empty, undecodable, …)
 * @param warnings   what was left out on purpose: links leading outside a given folder, not followed
 * @param cancelled  whether the user cancelled before every file was seen
 */
public record ImportReport(List<Imported> imported, List<Duplicate> duplicates, List<Skipped> skipped,
        List<String> warnings, boolean cancelled) {

    public record Imported(Path file, String id, String title, int textLength, int bodyLength) {
    }

    public record Duplicate(Path file, String existingId) {
    }

    public record Skipped(Path file, String reason) {
    }
}
