package org.glossa.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.glossa.core.doctor.DoctorReport;
import org.glossa.core.doctor.FindingKind;
import org.glossa.core.doctor.ProjectDoctor;
import org.glossa.model.Document;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import is one journaled save whose texts are all written before any is forced to disk, and the index after
 * them: a crash after the texts were written but before the commit leaves the project as it was before the import.
 * A reader and the doctor see the interrupted save, the next writer rolls it back, and the import can be run again.
 */
class InterruptedImportTest {
    private static final int IMPORTED = 40;

    /** What a kill does to the process: nothing after it runs, no cleanup. */
    private static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    @TempDir
    Path dir;

    @AfterEach
    void clearHook() {
        Journal.setHook(null);
    }

    @Test
    void anImportKilledBeforeItsCommitLeavesTheProjectAsBefore() throws Exception {
        // the first text written, the last one, and the index after every text (the batch of forces not yet run)
        for (int crashAfter : new int[] { 0, IMPORTED - 1, IMPORTED }) {
            Path project = dir.resolve("crash-" + crashAfter);
            projectWithOneDocument(project);
            Journal.setHook((step, index) -> {
                if (step == Journal.Step.STAGED && index == crashAfter) {
                    throw new Crash();
                }
            });
            ProjectStore writer = ProjectStore.openForWriting(project, "glossa import");
            importTexts(writer);
            assertThrows(Crash.class, writer::save);
            writer.close(); // the operating system releases a dead process's lock
            Journal.setHook(null);

            try (ProjectStore reader = ProjectStore.open(project)) {
                assertEquals(List.of("d0"), ids(reader), "a reader sees the project before the import");
                assertEquals(List.of(project.resolve("texts/d0.txt")), texts(project), "no text outside the journal");
                assertTrue(reader.problems().stream().anyMatch(p -> p.message().contains("an unfinished save")),
                        reader.problems().toString());
            }
            DoctorReport check = ProjectDoctor.examine(project);
            assertEquals(1, check.findings().size(), check.findings().toString());
            assertEquals(FindingKind.INTERRUPTED_SAVE, check.findings().get(0).kind());

            try (ProjectStore next = ProjectStore.openForWriting(project, "glossa import")) {
                int staged = crashAfter + 1;
                assertEquals(List.of("recovered: rolled back an unfinished save of " + staged
                        + (staged == 1 ? " file" : " files") + " (the files before that save were kept)"),
                        next.problems().stream().map(StorageProblem::message).toList());
                assertEquals(List.of("d0"), ids(next));
                importTexts(next);
                next.save();
            }
            assertTrue(ProjectDoctor.examine(project).isClean(), "the import run again is complete");
            try (ProjectStore reopened = ProjectStore.open(project)) {
                assertEquals(IMPORTED + 1, ids(reopened).size());
                Document last = reopened.document("d" + IMPORTED).orElseThrow();
                assertEquals(text(IMPORTED), reopened.text(last));
                assertEquals(List.of(), reopened.problems());
            }
        }
    }

    @Test
    void aBatchOfForcesReportsAFileThatCannotBeForced() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            files.add(Files.writeString(dir.resolve("f" + i), text(i)));
        }
        BatchedForce.force(files); // every file there: returns once all are on disk
        files.add(5, dir.resolve("missing"));
        assertThrows(NoSuchFileException.class, () -> BatchedForce.force(files));
        assertFalse(Thread.currentThread().isInterrupted());
    }

    private static void projectWithOneDocument(Path project) throws Exception {
        try (ProjectStore store = ProjectStore.create(project, "test", NewsSchema.create())) {
            ProjectStoreTest.addDocument(store, "d0", text(0));
            store.save();
        }
    }

    /** What an article import does to the store: documents added with their texts, then one save. */
    private static void importTexts(ProjectStore store) throws IOException {
        for (int i = 1; i <= IMPORTED; i++) {
            ProjectStoreTest.addDocument(store, "d" + i, text(i));
        }
    }

    private static String text(int i) {
        return "Article " + i + ": the council agreed the harbour budget on Tuesday, the mayor said.\n";
    }

    private static List<String> ids(ProjectStore store) {
        return store.project().getDocuments().stream().map(Document::getId).toList();
    }

    private static List<Path> texts(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("texts"))) {
            return files.sorted().toList();
        }
    }
}
