package org.glossa.core.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.glossa.core.files.FileErrors;
import org.glossa.core.storage.FileStamp;
import org.glossa.core.storage.ProjectLayout;

/**
 * The project's folders as one examination sees them: each folder is listed once and each entry asked once whether it
 * is a folder, however many checks look at it (a corpus of 20,000 documents has 60,000 entries).
 */
final class Listings {
    private final Map<Path, List<Path>> listed = new HashMap<>();
    /** Why a folder could not be listed; named as a finding when a check first asks for it. */
    private final Map<Path, String> unlistable = new HashMap<>();
    private final Map<Path, FileStamp.Look> looks = new HashMap<>();
    private Findings findings;

    Listings(Findings findings) {
        this.findings = findings;
    }

    /** From now on, a folder that cannot be listed is named in these findings. */
    void reportTo(Findings findings) {
        this.findings = findings;
    }

    /**
     * Lists the project's folders and looks at their entries ahead of the checks, which then find them here: what
     * an examination of {@code layout}'s project reads from the file system, without reporting anything.
     */
    void prefetch(ProjectLayout layout) {
        for (Path text : list(layout.texts())) {
            look(text);
        }
        for (Path folder : list(layout.annotations())) {
            if (look(folder).folder()) {
                list(folder).forEach(this::look);
            }
        }
        list(layout.root());
    }

    /** The folder's entries, sorted, without hidden ones (temporary files are scanned separately). */
    List<Path> entries(Path folder) {
        return all(folder).stream().filter(p -> !p.getFileName().toString().startsWith(".")).toList();
    }

    /** The folder's entries, sorted, hidden ones included; none (and a finding) when it cannot be listed. */
    List<Path> all(Path folder) {
        List<Path> entries = list(folder);
        String reason = unlistable.remove(folder);
        if (reason != null) {
            findings.add(folder, null, null, FindingKind.UNREADABLE, "cannot be listed: " + reason, null);
        }
        return entries;
    }

    private List<Path> list(Path folder) {
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
            unlistable.put(folder, FileErrors.rootReason(e));
        }
        listed.put(folder, entries);
        return entries;
    }

    /** Whether the path is a folder itself (a link to one is not followed, as a walk does not follow it). */
    boolean isFolder(Path path) {
        return look(path).folder();
    }

    /** Whether the path is a regular file or a link to one, as {@link Files#isRegularFile} says. */
    boolean isRegularFile(Path path) {
        FileStamp.Look look = look(path);
        return look.stamp() != null || look.link() && Files.isRegularFile(path);
    }

    /**
     * The stamp of the regular file as this examination first saw it, or null (a later change is caught the next
     * time: a record of verified files made with an earlier stamp no longer matches the file).
     */
    FileStamp stamp(Path path) {
        return look(path).stamp();
    }

    /** Each path is looked at once per examination: a corpus of 20,000 documents has 60,000 files. */
    private FileStamp.Look look(Path path) {
        return looks.computeIfAbsent(path, FileStamp::look);
    }
}
