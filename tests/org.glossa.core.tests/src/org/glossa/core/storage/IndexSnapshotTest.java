package org.glossa.core.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.schema.NewsSchema;
import org.glossa.model.validation.InvalidModelException;
import org.glossa.text.ContentHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The binary snapshot of the project index is the same project as the XMI it was taken of, is used only while
 * {@code project.xmi} is unchanged, and a damaged one is ignored.
 */
class IndexSnapshotTest {
    @TempDir
    Path dir;

    @TempDir
    Path parsedCopy;

    @BeforeEach
    void createProjectAndMoveTheClockOn() throws IOException, InvalidModelException {
        try (ProjectStore store = ProjectStore.create(dir, "snapshot", NewsSchema.create())) {
            add(store, "d1", "Mayor Ines Calloway said the bridge opens in May.\n");
            add(store, "d2", "Acme Corp shares fell 5% in Berlin.\n");
            store.registerAnnotator("alice");
            store.save();
        }
        VerifiedFiles.clock = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
    }

    @AfterEach
    void resetClock() {
        VerifiedFiles.clock = Clock.systemUTC();
    }

    @Test
    void aSnapshotIsTheSameProjectAndSavesTheSameBytes() throws IOException, InvalidModelException {
        ProjectStore parsed = ProjectStore.open(dir);
        assertTrue(Files.isRegularFile(snapshot()));
        ProjectStore fromSnapshot = ProjectStore.open(dir);
        assertTrue(EcoreUtil.equals(parsed.project(), fromSnapshot.project()));
        assertFalse(fromSnapshot.isDirty());

        // The same change saved by a writer that read the snapshot and by one that parsed the XMI.
        Files.copy(dir.resolve("project.xmi"), parsedCopy.resolve("project.xmi"));
        Files.createDirectories(parsedCopy.resolve("texts"));
        for (String id : new String[] { "d1", "d2" }) {
            Files.copy(dir.resolve("texts/" + id + ".txt"), parsedCopy.resolve("texts/" + id + ".txt"));
        }
        for (Path project : new Path[] { dir, parsedCopy }) {
            try (ProjectStore writer = ProjectStore.openForWriting(project, "test")) {
                writer.document("d2").orElseThrow().setTitle("Shares fell");
                writer.save();
            }
        }
        assertArrayEquals(Files.readAllBytes(parsedCopy.resolve("project.xmi")),
                Files.readAllBytes(dir.resolve("project.xmi")));
        assertEquals("Shares fell", ProjectStore.open(dir).document("d2").orElseThrow().getTitle());
    }

    @Test
    void aChangedIndexIsReadAgain() throws IOException, InvalidModelException {
        ProjectStore.open(dir);
        try (ProjectStore writer = ProjectStore.openForWriting(dir, "test")) {
            add(writer, "d3", "A third text.\n");
            writer.save();
        }
        assertTrue(ProjectStore.open(dir).document("d3").isPresent());
    }

    @Test
    void aDamagedSnapshotIsIgnored() throws IOException {
        ProjectStore parsed = ProjectStore.open(dir);
        byte[] bytes = Files.readAllBytes(snapshot());
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(snapshot(), bytes);
        assertTrue(EcoreUtil.equals(parsed.project(), ProjectStore.open(dir).project()));
        Files.write(snapshot(), new byte[0]);
        assertTrue(EcoreUtil.equals(parsed.project(), ProjectStore.open(dir).project()));
        assertArrayEquals(SecureXmi.serialize(parsed.project().eResource()),
                SecureXmi.serialize(ProjectStore.open(dir).project().eResource()));
    }

    private Path snapshot() {
        return dir.resolve(".glossa/cache/" + IndexSnapshot.FILE_NAME);
    }

    private static void add(ProjectStore store, String id, String text) throws IOException {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId(id);
        document.setContentHash(ContentHash.of(text));
        document.setBodyEnd(text.length());
        store.addDocument(document, text);
    }
}
