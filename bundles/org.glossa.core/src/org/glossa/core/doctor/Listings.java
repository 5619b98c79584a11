package org.glossa.core.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.glossa.core.files.FileErrors;

/**
 * The project's folders as one examination sees them: each folder is listed once and each entry asked once whether it
 * is a folder, however many checks look at it (a corpus of 20,000 documents has 60,000 entries).
 */
final class Listings {
    private final Findings findings;
    private final Map<Path, List<Path>> listed = new HashMap<>();
    private final Map<Path, Boolean> folders = new HashMap<>();

    Listings(Findings findings) {
        this.findings = findings;
    }

    /** The folder's entries, sorted, without hidden ones (temporary files are scanned separately). */
    List<Path> entries(Path folder) {
        return all(folder).stream().filter(p -> !p.getFileName().toString().startsWith(".")).toList();
    }

    /** The folder's entries, sorted, hidden ones included; none (and a finding) when it cannot be listed. */
    List<Path> all(Path folder) {
        List<Path> known = listed.get(folder);
        if (known != null) {
            return known;
        }
        List<Path> entries = List.of();
        try (Stream<Path> stream = Files.list(folder)) {
            entries = stream.sorted().toList();
        } catch (NoSuchFileException | NotDirectoryException e) {
            // nothing to list
        } catch (IOException e) {
            findings.add(folder, null, null, FindingKind.UNREADABLE, "cannot be listed: " + FileErrors.rootReason(e),
                    null);
        }
        listed.put(folder, entries);
        return entries;
    }

    /** Whether the path is a folder itself (a link to one is not followed, as a walk does not follow it). */
    boolean isFolder(Path path) {
        return folders.computeIfAbsent(path, p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS));
    }
}
