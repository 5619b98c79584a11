package org.glossa.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.glossa.model.Document;
import org.glossa.model.Origin;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save of several files is one commit: a crash injected after every single step of it (staging each file,
 * writing the manifest, the commit rename, moving each file into place) leaves, once a writer has reopened the
 * project, either every old file or every new one, and the recovery is reported.
 */
class JournalTest {
    private static final String OLD_TEXT = "Mayor Ines Calloway said the bridge opens in May.\n";
    private static final String NEW_TEXT = "Premier Ana Ruiz met Mayor Calloway in Springfield. 서울\n";

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
    void aCrashAfterAnyStepLeavesAllOldOrAllNewFiles() throws Exception {
        List<String> steps = stepsOfOneSave();
        assertTrue(steps.size() >= 10, "4 files staged, manifest, commit, 4 moves, done: " + steps);
        int rolledBack = 0;
        int completed = 0;
        for (int crashAt = 0; crashAt < steps.size(); crashAt++) {
            Path project = dir.resolve("crash-" + crashAt);
            oldProject(project);
            String step = steps.get(crashAt);
            int[] calls = {0};
            int target = crashAt;
            Journal.setHook((s, i) -> {
                if (calls[0]++ == target) {
                    throw new Crash();
                }
            });
            ProjectStore writer = ProjectStore.openForWriting(project, "test");
            changeEverything(writer);
            assertThrows(Crash.class, writer::save, step);
            writer.close(); // the operating system releases a dead process's lock
            Journal.setHook(null);

            boolean committed = !step.startsWith("STAGED") && !step.startsWith("MANIFEST_WRITTEN");
            try (ProjectStore reopened = ProjectStore.openForWriting(project, "test")) {
                List<String> messages = reopened.problems().stream().map(StorageProblem::message).toList();
                if (committed) {
                    assertAllNew(project, reopened, step);
                    if (!step.equals("DONE")) {
                        assertEquals(List.of("recovered: completed an interrupted save of 4 files"), messages, step);
                    }
                    completed++;
                } else {
                    assertAllOld(project, reopened, step);
                    assertEquals(1, messages.size(), step + ": " + messages);
                    assertTrue(messages.get(0).startsWith("recovered: rolled back an unfinished save of "), messages.get(0));
                    rolledBack++;
                }
                assertNoLeftovers(project, step);
            }
        }
        assertEquals(5, rolledBack, "4 files staged one by one, then the manifest");
        assertEquals(steps.size() - 5, completed);
    }

    @Test
    void recoveryIsIdempotentWhenItIsItselfInterrupted() throws Exception {
        Path project = dir.resolve("twice");
        oldProject(project);
        int[] calls = {0};
        Journal.setHook((step, i) -> {
            if (step == Journal.Step.MOVED && calls[0]++ == 1) {
                throw new Crash(); // the save: two files moved
            }
        });
        ProjectStore writer = ProjectStore.openForWriting(project, "test");
        changeEverything(writer);
        assertThrows(Crash.class, writer::save);
        writer.close();
        Journal.setHook((step, i) -> {
            if (step == Journal.Step.MOVED && i == 2) {
                throw new Crash(); // the recovery: one more file moved
            }
        });
        assertThrows(Crash.class, () -> ProjectStore.openForWriting(project, "test"));
        Journal.setHook(null);
        try (ProjectStore reopened = ProjectStore.openForWriting(project, "test")) {
            assertAllNew(project, reopened, "second recovery");
            assertNoLeftovers(project, "second recovery");
        }
    }

    @Test
    void aReaderReportsAPendingJournalAndLeavesItAlone() throws Exception {
        Path project = dir.resolve("reader");
        oldProject(project);
        Journal.setHook((step, i) -> {
            if (step == Journal.Step.COMMITTED) {
                throw new Crash();
            }
        });
        ProjectStore writer = ProjectStore.openForWriting(project, "test");
        changeEverything(writer);
        assertThrows(Crash.class, writer::save);
        writer.close();
        Journal.setHook(null);

        ProjectStore reader = ProjectStore.open(project);
        assertTrue(reader.problems().stream().anyMatch(p -> p.message().startsWith("a committed save is in progress")),
                reader.problems().toString());
        assertFalse(reader.document("d2").isPresent(), "not moved into place by a reader");
        try (Stream<Path> journals = Files.list(project.resolve(".glossa/journal"))) {
            assertEquals(1, journals.count(), "the reader deleted nothing");
        }
        try (ProjectStore recovered = ProjectStore.openForWriting(project, "test")) {
            assertAllNew(project, recovered, "after the reader");
        }
    }

    @Test
    void anEmptyJournalFolderIsRemovedWithoutReportingASave() throws Exception {
        Path project = dir.resolve("empty-journal");
        oldProject(project);
        // what a kill leaves between creating the folder and staging, or between deleting the marker and the folder
        Path journal = Files.createDirectories(project.resolve(".glossa/journal/1-empty"));
        try (ProjectStore reopened = ProjectStore.openForWriting(project, "test")) {
            assertEquals(List.of(), reopened.problems());
            assertFalse(Files.exists(journal));
            assertAllOld(project, reopened, "empty journal");
        }
    }

    @Test
    void aManifestNamingAFileOutsideTheProjectIsRefused() throws Exception {
        Path project = dir.resolve("tampered");
        oldProject(project);
        Path journal = Files.createDirectories(project.resolve(".glossa/journal/1-tampered"));
        Files.writeString(journal.resolve("0"), "owned");
        Files.writeString(journal.resolve(Journal.COMMITTED), "0\t../outside.txt\n");
        DamagedFileException e = assertThrows(DamagedFileException.class, () -> ProjectStore.openForWriting(project, "test"));
        assertTrue(e.getMessage().contains("committed") && e.getMessage().contains("../outside.txt"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("outside.txt")));
    }

    /** Runs one save with a hook that only records the steps. */
    private List<String> stepsOfOneSave() throws Exception {
        Path project = dir.resolve("dry-run");
        oldProject(project);
        List<String> steps = new ArrayList<>();
        Journal.setHook((step, i) -> steps.add(step + (i >= 0 ? " " + i : "")));
        try (ProjectStore writer = ProjectStore.openForWriting(project, "test")) {
            changeEverything(writer);
            writer.save();
        }
        Journal.setHook(null);
        return steps;
    }

    /** d1 with one span of alice's. */
    private static void oldProject(Path project) throws Exception {
        try (ProjectStore store = ProjectStore.create(project, "test", NewsSchema.create())) {
            Document d1 = ProjectStoreTest.addDocument(store, "d1", OLD_TEXT);
            Spans.add(store.annotations(d1, "alice"), NewsSchema.ENTITY, "PER", 6, 19, "alice", Origin.MANUAL);
            store.save();
        }
    }

    /** Four files: d2's new text, alice's changed set of d1, bob's new set of d2, the index. */
    private static void changeEverything(ProjectStore store) throws Exception {
        Document d1 = store.document("d1").orElseThrow();
        Spans.add(store.annotations(d1, "alice"), NewsSchema.ENTITY, "ORG", 0, 5, "alice", Origin.MANUAL);
        Document d2 = ProjectStoreTest.addDocument(store, "d2", NEW_TEXT);
        Spans.add(store.annotations(d2, "bob"), NewsSchema.ENTITY, "PER", 8, 16, "bob", Origin.MANUAL);
    }

    private static void assertAllOld(Path project, ProjectStore store, String step) throws IOException {
        assertFalse(store.document("d2").isPresent(), step);
        assertFalse(Files.exists(project.resolve("texts/d2.txt")), step + ": no orphaned text");
        assertFalse(Files.exists(project.resolve("annotations/d2/bob.xmi")), step);
        assertEquals(1, store.annotations(store.document("d1").orElseThrow(), "alice").getSpans().size(), step);
    }

    private static void assertAllNew(Path project, ProjectStore store, String step) throws IOException {
        Document d2 = store.document("d2").orElseThrow(() -> new AssertionError(step + ": d2 missing"));
        assertEquals(NEW_TEXT, store.text(d2), step);
        assertEquals(1, store.annotations(d2, "bob").getSpans().size(), step);
        assertEquals(2, store.annotations(store.document("d1").orElseThrow(), "alice").getSpans().size(), step);
        assertTrue(Files.isRegularFile(project.resolve("texts/d2.txt")), step);
    }

    private static void assertNoLeftovers(Path project, String step) throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            Path journal = project.resolve(".glossa/journal");
            List<Path> left = files.filter(f -> f.toString().endsWith(AtomicFiles.TEMP_SUFFIX)
                    || f.startsWith(journal) && !f.equals(journal)).toList();
            assertEquals(List.of(), left, step);
        }
    }
}
