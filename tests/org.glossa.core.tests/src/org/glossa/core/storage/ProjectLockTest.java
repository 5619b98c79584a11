package org.glossa.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.glossa.model.Document;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer at a time, named when another is refused; readers never wait. (Across processes: the launcher tests.) */
class ProjectLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondWriterIsRefusedAtOnceNamingTheHolder() throws Exception {
        ProjectStore.create(dir, "test", NewsSchema.create(), "glossa init").close();
        try (ProjectStore first = ProjectStore.openForWriting(dir, "glossa annotations import")) {
            assertTrue(first.isWritable());
            ProjectLockedException refused = assertThrows(ProjectLockedException.class,
                    () -> ProjectStore.openForWriting(dir, "Glossa workbench"));
            String message = refused.getMessage();
            assertTrue(message.startsWith(dir.toAbsolutePath().normalize() + " is being changed by glossa annotations import (pid "
                    + ProcessHandle.current().pid() + ", "), message);
            assertTrue(message.matches(".*, since \\d\\d:\\d\\d:\\d\\d\\); try again when it has finished"), message);
            assertEquals("glossa annotations import", refused.holder().orElseThrow().what());

            String recorded = Files.readString(dir.resolve(".glossa/lock"));
            assertTrue(recorded.contains("what=glossa annotations import") && recorded.contains("pid="
                    + ProcessHandle.current().pid()) && recorded.contains("since=20"), recorded);

            ProjectStore reader = ProjectStore.open(dir);
            assertFalse(reader.isWritable(), "a reader takes no lock and is never refused");
        }
        try (ProjectStore next = ProjectStore.openForWriting(dir, "Glossa workbench")) {
            assertTrue(next.isWritable(), "closing released the lock");
            assertTrue(Files.readString(dir.resolve(".glossa/lock")).contains("what=Glossa workbench"),
                    "the previous holder's record is overwritten");
        }
    }

    @Test
    void aReaderCannotSaveAndNeitherCanAClosedWriter() throws Exception {
        ProjectStore store = ProjectStore.create(dir, "test", NewsSchema.create());
        Document doc = ProjectStoreTest.addDocument(store, "d1", "Some text.\n");
        store.save();
        store.close();
        ProjectStore reader = ProjectStore.open(dir);
        reader.document("d1").orElseThrow().setTitle("changed");
        IllegalStateException e = assertThrows(IllegalStateException.class, reader::save);
        assertTrue(e.getMessage().contains("opened for reading") && e.getMessage().contains("openForWriting"), e.getMessage());
        doc.setTitle("changed after close");
        assertThrows(IllegalStateException.class, store::save);
    }

    @Test
    void creatingAProjectTakesTheLockAndAFolderWithoutAProjectGetsNoLockFile() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThrows(java.nio.file.NoSuchFileException.class, () -> ProjectStore.openForWriting(empty, "test"));
        assertFalse(Files.exists(empty.resolve(".glossa")), "nothing written into a folder that is no project");
        Path project = dir.resolve("new");
        try (ProjectStore created = ProjectStore.create(project, "test", NewsSchema.create(), "glossa init")) {
            assertTrue(created.isWritable());
            ProjectLockedException refused = assertThrows(ProjectLockedException.class,
                    () -> ProjectStore.openForWriting(project, "glossa import"));
            assertTrue(refused.getMessage().contains("is being changed by glossa init"), refused.getMessage());
        }
    }
}
