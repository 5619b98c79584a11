package org.glossa.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.glossa.core.files.FileErrors;
import org.glossa.model.Annotator;
import org.glossa.model.Document;
import org.glossa.model.Project;
import org.glossa.model.validation.ModelValidator;

/** Reads a project's index file, refusing one that is not a project or whose names could not safely be paths. */
final class ProjectIndexFile {

    private ProjectIndexFile() {
    }

    /** @throws NoSuchFileException when the folder holds no project index */
    static void require(ProjectLayout layout) throws NoSuchFileException {
        if (!Files.isRegularFile(layout.index())) {
            throw new NoSuchFileException(layout.index().toString(), null,
                    "not a Glossa project (no " + ProjectLayout.INDEX_FILE + ")");
        }
    }

    /** Loads the index into the resource; a damaged index is a {@link DamagedFileException}. */
    static Project read(ProjectLayout layout, XMIResourceImpl resource) throws IOException {
        Path index = layout.index();
        require(layout);
        Instant now = VerifiedFiles.now();
        FileStamp stamp = FileStamp.of(index);
        Project snapshot = IndexSnapshot.load(layout, stamp, resource);
        if (snapshot != null) {
            checkFileNames(index, snapshot);
            return snapshot;
        }
        EObject root;
        try (InputStream in = Files.newInputStream(index)) {
            root = SecureXmi.load(resource, in);
        } catch (IOException | RuntimeException e) {
            throw new DamagedFileException(index, "cannot be read: " + FileErrors.rootReason(e), e);
        }
        if (!(root instanceof Project project)) {
            throw new DamagedFileException(index, "does not hold a Glossa project but a " + root.eClass().getName(), null);
        }
        checkFileNames(index, project);
        IndexSnapshot.save(layout, stamp, now, project);
        return project;
    }

    /** Ids and annotator names become paths: a tampered one (../../x, /etc/x) must never be used as one. */
    private static void checkFileNames(Path index, Project project) throws DamagedFileException {
        for (Document document : project.getDocuments()) {
            String id = document.getId();
            if (id == null || !ModelValidator.FILE_SAFE_NAME.matcher(id).matches()) {
                throw new DamagedFileException(index, "document id '" + id + "' is not a file-safe name (letters,"
                        + " digits, '.', '_' or '-'); it would be used as a path", null);
            }
        }
        for (Annotator annotator : project.getAnnotators()) {
            String name = annotator.getName();
            if (name == null || !ModelValidator.FILE_SAFE_NAME.matcher(name).matches()) {
                throw new DamagedFileException(index, "annotator name '" + name + "' is not a file-safe name"
                        + " (letters, digits, '.', '_' or '-'); it would be used as a path", null);
            }
        }
    }
}
