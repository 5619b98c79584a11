package org.glossa.core.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.model.validation.InvalidModelException;
import org.glossa.text.ContentHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreTest {
    private static final String TEXT = "Menu\nMayor Ines Calloway said the bridge opens in May. 🎉 서울\n";

    @TempDir
    Path dir;

    @AfterEach
    void clearHook() {
        AtomicFiles.setBeforeRename(null);
    }

    @Test
    void savedProjectReopensWithSchemaDocumentsAndAnnotations() throws Exception {
        ProjectStore store = newProject();
        Document doc = addDocument(store, "bridge", TEXT);
        AnnotationSet set = store.annotations(doc, "alice");
        SpanAnnotation person = Spans.add(set, "Entity", "PER", 11, 24, "alice", Origin.MANUAL);
        // Ends after "May.": 56 would fall between the halves of the emoji's surrogate pair.
        SpanAnnotation quote = Spans.add(set, "Quote", "QUOTE", 11, 54, "alice", Origin.MANUAL);
        Spans.link(quote, NewsSchema.SPEAKER, person);
        set.setStatus(AnnotationStatus.FINISHED);
        store.save();
        assertFalse(store.isDirty());

        ProjectStore reopened = ProjectStore.open(dir);
        assertTrue(EcoreUtil.equals(store.schema(), reopened.schema()));
        Document reloaded = reopened.document("bridge").orElseThrow();
        assertEquals(TEXT, reopened.text(reloaded));
        assertEquals(Map.of("alice", AnnotationStatus.FINISHED), reopened.statuses(reloaded));
        AnnotationSet loaded = reopened.annotations(reloaded, "alice");
        assertTrue(EcoreUtil.equals(set, loaded));
        assertEquals("Ines Calloway", Spans.coveredText(loaded.getSpans().get(0), reopened.text(reloaded)));
        assertTrue(Files.isRegularFile(dir.resolve("annotations/bridge/alice.xmi")), "one file per (document, annotator)");
        assertArrayEquals(TEXT.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(dir.resolve("texts/bridge.txt")));
    }

    @Test
    void twoAnnotatorsWriteSeparateFilesAndSavingOneLeavesTheOtherUntouched() throws Exception {
        ProjectStore store = newProject();
        Document doc = addDocument(store, "d1", TEXT);
        Spans.add(store.annotations(doc, "alice"), "Entity", "PER", 11, 24, "alice", Origin.MANUAL);
        Spans.add(store.annotations(doc, "bob"), "Entity", "ORG", 11, 24, "bob", Origin.MANUAL);
        store.save();
        Path bobFile = dir.resolve("annotations/d1/bob.xmi");
        byte[] bobBefore = Files.readAllBytes(bobFile);
        long indexModified = Files.getLastModifiedTime(dir.resolve("project.xmi")).toMillis();

        store.close();
        ProjectStore second = ProjectStore.openForWriting(dir, "test");
        Document again = second.document("d1").orElseThrow();
        Spans.add(second.annotations(again, "alice"), "Entity", "GPE", 0, 4, "alice", Origin.MANUAL);
        second.save();
        assertArrayEquals(bobBefore, Files.readAllBytes(bobFile));
        assertEquals(indexModified, Files.getLastModifiedTime(dir.resolve("project.xmi")).toMillis());
        assertEquals(2, ProjectStore.open(dir).annotations(again, "alice").getSpans().size());
    }

    @Test
    void aFailureDuringSaveKeepsThePreviousFileIntact() throws Exception {
        ProjectStore store = newProject();
        Document doc = addDocument(store, "d1", TEXT);
        Spans.add(store.annotations(doc, "alice"), "Entity", "PER", 11, 24, "alice", Origin.MANUAL);
        store.save();
        Path file = dir.resolve("annotations/d1/alice.xmi");
        byte[] before = Files.readAllBytes(file);

        Spans.add(store.annotations(doc, "alice"), "Entity", "ORG", 30, 36, "alice", Origin.MANUAL);
        AtomicFiles.setBeforeRename(temporary -> {
            assertTrue(Files.size(temporary) > before.length, "the new version was written to a temporary file");
            throw new IOException("disk full (simulated)");
        });
        IOException failure = assertThrows(IOException.class, store::save);
        assertTrue(failure.getMessage().contains("simulated"));
        assertArrayEquals(before, Files.readAllBytes(file), "previous version intact");
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        assertTrue(store.isDirty(), "the unsaved change is still pending");

        AtomicFiles.setBeforeRename(null);
        store.save();
        assertEquals(2, ProjectStore.open(dir).annotations(doc, "alice").getSpans().size());
    }

    @Test
    void leftoversOfAKilledSaveAreReportedByReadersAndRemovedOnlyByAWriter() throws Exception {
        ProjectStore store = newProject();
        addDocument(store, "d1", TEXT);
        store.save();
        store.close();
        Path leftover = dir.resolve("annotations/.alice.xmi12345" + AtomicFiles.TEMP_SUFFIX);
        Files.writeString(leftover, "<half written");
        ProjectStore reader = ProjectStore.open(dir);
        assertTrue(Files.exists(leftover), "a reader never deletes what may be a live writer's file");
        assertEquals(1, reader.problems().size());
        assertTrue(reader.problems().get(0).message().contains("the next writer removes it"), reader.problems().toString());
        try (ProjectStore writer = ProjectStore.openForWriting(dir, "test")) {
            assertFalse(Files.exists(leftover));
            assertEquals(1, writer.problems().size());
            assertTrue(writer.problems().get(0).message().startsWith("recovered: left over from an interrupted save"),
                    writer.problems().toString());
        }
    }

    @Test
    void aDamagedAnnotationFileIsReportedByNameAndTheRestStillOpens() throws Exception {
        ProjectStore store = newProject();
        Document d1 = addDocument(store, "d1", TEXT);
        Document d2 = addDocument(store, "d2", TEXT + "second");
        Spans.add(store.annotations(d1, "alice"), "Entity", "PER", 11, 24, "alice", Origin.MANUAL);
        Spans.add(store.annotations(d2, "alice"), "Entity", "PER", 11, 24, "alice", Origin.MANUAL);
        store.save();
        Path damaged = dir.resolve("annotations/d1/alice.xmi");
        Files.writeString(damaged, Files.readString(damaged).replace("</glossa:AnnotationSet>", "").substring(0, 200));

        ProjectStore reopened = ProjectStore.open(dir);
        DamagedFileException e = assertThrows(DamagedFileException.class,
                () -> reopened.annotations(reopened.document("d1").orElseThrow(), "alice"));
        assertEquals(damaged, e.file());
        assertTrue(e.getMessage().startsWith(damaged.toString() + ": cannot be read"), e.getMessage());
        assertEquals(1, reopened.annotations(reopened.document("d2").orElseThrow(), "alice").getSpans().size());
        assertEquals(1, reopened.problems().size());
    }

    @Test
    void annotationsThatBreakTheSchemaAreReportedAsDamaged() throws Exception {
        ProjectStore store = newProject();
        Document d1 = addDocument(store, "d1", TEXT);
        Spans.add(store.annotations(d1, "alice"), "Entity", "PER", 11, 24, "alice", Origin.MANUAL);
        store.save();
        Path file = dir.resolve("annotations/d1/alice.xmi");
        Files.writeString(file, Files.readString(file).replace("end=\"24\"", "end=\"9999\""));
        ProjectStore reopened = ProjectStore.open(dir);
        DamagedFileException e = assertThrows(DamagedFileException.class,
                () -> reopened.annotations(reopened.document("d1").orElseThrow(), "alice"));
        assertTrue(e.getMessage().contains("[11, 9999)"), e.getMessage());
    }

    @Test
    void anInvalidModelIsNeverSavedSilently() throws Exception {
        ProjectStore store = newProject();
        Document doc = addDocument(store, "d1", TEXT);
        store.save();
        Spans.add(store.annotations(doc, "alice"), "Entity", "NOT_A_LABEL", 0, 4, "alice", Origin.MANUAL);
        InvalidModelException e = assertThrows(InvalidModelException.class, store::save);
        assertTrue(e.getMessage().contains("label 'NOT_A_LABEL' is not in layer Entity"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("annotations/d1/alice.xmi")));
    }

    @Test
    void openingReadsNoAnnotationFileUntilASetIsAskedFor() throws Exception {
        ProjectStore store = newProject();
        for (int i = 0; i < 50; i++) {
            Document doc = addDocument(store, "doc" + i, TEXT + i);
            AnnotationSet set = store.annotations(doc, "alice");
            Spans.add(set, "Entity", "PER", 11, 24, "alice", Origin.MANUAL);
            set.setStatus(i % 2 == 0 ? AnnotationStatus.FINISHED : AnnotationStatus.IN_PROGRESS);
        }
        store.save();
        // Make every annotation body unreadable but keep the root element: opening and listing statuses must
        // not notice, because they never parse the annotations themselves.
        for (int i = 0; i < 50; i++) {
            Path file = dir.resolve("annotations/doc" + i + "/alice.xmi");
            String xml = Files.readString(file);
            int rootEnd = xml.indexOf('>', xml.indexOf("<glossa:AnnotationSet")) + 1;
            Files.writeString(file, xml.substring(0, rootEnd) + "<spans id=");
        }
        ProjectStore reopened = ProjectStore.open(dir);
        assertEquals(0, reopened.loadedSetCount());
        assertEquals(AnnotationStatus.FINISHED, reopened.statuses(reopened.document("doc0").orElseThrow()).get("alice"));
        assertEquals(AnnotationStatus.IN_PROGRESS, reopened.statuses(reopened.document("doc1").orElseThrow()).get("alice"));
        assertEquals(0, reopened.loadedSetCount());
        assertTrue(reopened.problems().isEmpty());
        assertThrows(DamagedFileException.class, () -> reopened.annotations(reopened.document("doc7").orElseThrow(), "alice"));
    }

    @Test
    void externalEntitiesAndDoctypesAreNeverResolved() throws Exception {
        ProjectStore store = newProject();
        store.save();
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<glossa:Project xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:glossa=\"http://glossa.org/model/1.0\" name=\"&xxe;\"/>";
        Files.writeString(dir.resolve("project.xmi"), hostile);
        DamagedFileException e = assertThrows(DamagedFileException.class, () -> ProjectStore.open(dir));
        assertTrue(e.getMessage().contains("project.xmi"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void aChangedTextFileIsDetectedByItsHash() throws Exception {
        ProjectStore store = newProject();
        addDocument(store, "d1", TEXT);
        store.save();
        Files.writeString(dir.resolve("texts/d1.txt"), TEXT.replace("Mayor", "Mayer"));
        ProjectStore reopened = ProjectStore.open(dir);
        DamagedFileException e = assertThrows(DamagedFileException.class,
                () -> reopened.text(reopened.document("d1").orElseThrow()));
        assertTrue(e.getMessage().contains("hash mismatch"), e.getMessage());
    }

    private ProjectStore newProject() throws IOException {
        return ProjectStore.create(dir, "test", NewsSchema.create());
    }

    static Document addDocument(ProjectStore store, String id, String text) throws IOException {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId(id);
        document.setTitle("Title of " + id);
        document.setContentHash(ContentHash.of(text));
        document.setBodyBegin(0);
        document.setBodyEnd(text.length());
        return store.addDocument(document, text);
    }
}
