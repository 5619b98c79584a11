package org.glossa.core.doctor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.glossa.core.storage.AtomicFiles;
import org.glossa.core.storage.ProjectLayout;
import org.glossa.core.storage.ProjectStore;

/**
 * What the index does not account for: texts and annotation folders of unknown documents, stray files,
 * temporary files of interrupted saves, and journals of saves the next writer recovers.
 */
final class FolderScan {
    private final ProjectLayout layout;
    private final Set<String> documentIds;
    private final Findings findings;
    private final Listings listings;

    FolderScan(ProjectLayout layout, Set<String> documentIds, Findings findings, Listings listings) {
        this.layout = layout;
        this.documentIds = documentIds;
        this.findings = findings;
        this.listings = listings;
    }

    void run() {
        scanTexts();
        scanAnnotations();
        scanLeftovers();
        scanJournals();
    }

    private void scanTexts() {
        for (Path file : listings.entries(layout.texts())) {
            String name = file.getFileName().toString();
            if (listings.isRegularFile(file) && name.endsWith(".txt")) {
                String id = name.substring(0, name.length() - ".txt".length());
                if (!documentIds.contains(id)) {
                    findings.add(file, null, null, FindingKind.ORPHAN_TEXT, "is not the text of any document in "
                            + ProjectLayout.INDEX_FILE, null);
                }
            } else {
                findings.add(file, null, null, FindingKind.STRAY_FILE,
                        "is not a document text (texts/ holds DOC.txt files only)", null);
            }
        }
    }

    private void scanAnnotations() {
        for (Path entry : listings.entries(layout.annotations())) {
            String id = entry.getFileName().toString();
            if (!listings.isFolder(entry)) {
                findings.add(entry, null, null, FindingKind.STRAY_FILE,
                        "is not a document's folder (annotations/ holds one folder per document)", null);
            } else if (!documentIds.contains(id)) {
                List<Path> files = listings.entries(entry);
                if (files.isEmpty()) {
                    findings.add(entry, id, null, FindingKind.ORPHAN_FOLDER, "is the folder of document '" + id
                            + "', which is not in " + ProjectLayout.INDEX_FILE, null);
                }
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    boolean set = name.endsWith(".xmi") && listings.isRegularFile(file);
                    findings.add(file, id, set ? name.substring(0, name.length() - 4) : null,
                            set ? FindingKind.SET_OF_UNKNOWN_DOCUMENT : FindingKind.FILE_OF_UNKNOWN_DOCUMENT,
                            (set ? "is an annotation set" : "is a file") + " of document '" + id + "', which is not in "
                                    + ProjectLayout.INDEX_FILE, null);
                }
            }
        }
    }

    /**
     * Temporary files of saves that never finished, down to the files in a document's folder ({@link ProjectStore#open}
     * removes them too), outside Glossa's own folder. From the listings the other checks made, not a walk of its own.
     */
    private void scanLeftovers() {
        List<Path> leftovers = new ArrayList<>();
        collectLeftovers(layout.root(), 1, leftovers);
        leftovers.stream().sorted().forEach(f -> findings.add(f, null, null, FindingKind.LEFTOVER_TEMP_FILE,
                "is left over from an interrupted save; the file it was meant to replace was kept", null));
    }

    private void collectLeftovers(Path folder, int depth, List<Path> leftovers) {
        for (Path entry : listings.all(folder)) {
            String name = entry.getFileName().toString();
            if (depth == 1 && name.equals(ProjectDoctor.OWN_FOLDER)) {
                continue;
            }
            if (name.endsWith(AtomicFiles.TEMP_SUFFIX)) {
                leftovers.add(entry);
            }
            if (depth < 3 && listings.isFolder(entry)) {
                collectLeftovers(entry, depth + 1, leftovers);
            }
        }
    }

    /** Journals of multi-file saves belong to the next writer, which completes or rolls them back. */
    private void scanJournals() {
        for (Path journal : listings.entries(layout.root().resolve(ProjectDoctor.OWN_FOLDER).resolve("journal"))) {
            findings.add(journal, null, null, FindingKind.INTERRUPTED_SAVE,
                    "is an interrupted save; the next writer recovers it",
                    "open the project in the workbench or run a command that saves; do not delete it");
        }
    }
}
