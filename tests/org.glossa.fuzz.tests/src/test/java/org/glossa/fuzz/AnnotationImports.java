package org.glossa.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.AnnotationImportException;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.format.FormatSupport;
import org.glossa.core.ops.ImportAnnotationsOperation;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.schema.NewsSchema;
import org.glossa.model.validation.InvalidModelException;

/**
 * What every importer's fuzz target does with the files of one input: reads them with the format, then imports
 * them into a new project, as {@code glossa annotations import} does. A rejection with the importer's own
 * exception (file and line) is expected; anything else that escapes (NullPointerException, an index out of
 * bounds, a stack overflow, running out of memory) is a crash that Jazzer reports.
 */
final class AnnotationImports {
    private AnnotationImports() {
    }

    static void run(FormatSupport format, Path dir, Path... files) throws IOException, InvalidModelException {
        try {
            format.read(List.of(files), new NullProgressMonitor());
            // closed after each input: the next input's project is made in the same folder and takes its lock
            try (ProjectStore store = ProjectStore.create(dir.resolve("project"), "fuzz", NewsSchema.create())) {
                new ImportAnnotationsOperation(store, new FormatRegistry(List.of(format)), format.id(), "ana", null, false,
                        List.of(files)).execute(new NullProgressMonitor());
            }
        } catch (AnnotationImportException expected) {
            // malformed input, reported with file and line
        }
    }
}
