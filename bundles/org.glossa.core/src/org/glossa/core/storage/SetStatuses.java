package org.glossa.core.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.glossa.core.files.FileErrors;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;

/** The statuses of a document's annotation sets, without loading their annotations. */
final class SetStatuses {
    private SetStatuses() {
    }

    /**
     * By annotator name ({@code gold} for gold): from the record of verified files for unchanged files, else from the
     * file's first element; a set loaded and changed in memory says its own. What cannot be read goes to
     * {@code problems}.
     */
    static Map<String, AnnotationStatus> of(Document document, ProjectLayout layout, VerifiedFiles record,
            LoadedSets loadedSets, List<StorageProblem> problems) {
        Map<String, AnnotationStatus> result = new TreeMap<>();
        try {
            for (Path file : layout.annotationFiles(document.getId())) {
                String annotator = ProjectLayout.annotatorOf(file);
                AnnotationStatus known = record.knownStatus(document, annotator, FileStamp.of(file));
                try {
                    result.put(annotator, known != null ? known : SetHeaderReader.status(file));
                } catch (IOException e) {
                    problems.add(new StorageProblem(file, FileErrors.rootReason(e)));
                }
            }
        } catch (IOException e) {
            Path dir = layout.annotationsOf(document.getId());
            problems.add(new StorageProblem(dir, "cannot be listed: " + FileErrors.rootReason(e)));
        }
        loadedSets.forEachOf(document.getId(), (annotator, resource) -> {
            if (resource.isModified() || result.containsKey(annotator)) {
                result.put(annotator, LoadedSets.setOf(resource).getStatus());
            }
        });
        return result;
    }
}
