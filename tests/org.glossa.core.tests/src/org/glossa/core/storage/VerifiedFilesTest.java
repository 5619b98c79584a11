package org.glossa.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.doctor.DoctorReport;
import org.glossa.core.doctor.FindingKind;
import org.glossa.core.doctor.ProjectDoctor;
import org.glossa.core.ops.ComputeStatisticsOperation;
import org.glossa.core.ops.ProjectStatistics;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Origin;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.model.validation.InvalidModelException;
import org.glossa.text.ContentHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record of files found sound may save reading them, never hide a change: on real project folders, every
 * change after a file was recorded (same size included), a schema change and a damaged record are noticed by the
 * trusting doctor and by the statistics exactly as by a full reading.
 */
class VerifiedFilesTest {
    private static final String TEXT = "Mayor Ines Calloway said the bridge opens in May.\n";

    @TempDir
    Path dir;

    @BeforeEach
    void createProjectAndMoveTheClockOn() throws IOException, InvalidModelException {
        ProjectStore store = ProjectStore.create(dir, "record", NewsSchema.create());
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId("d1");
        document.setContentHash(ContentHash.of(TEXT));
        document.setBodyEnd(TEXT.length());
        store.addDocument(document, TEXT);
        Spans.add(store.annotations(document, "alice"), "Entity", "PER", 6, 19, "alice", Origin.MANUAL);
        Spans.add(store.annotations(document, "alice"), "Entity", "MISC", 45, 48, "alice", Origin.MANUAL);
        Spans.add(store.annotations(document, "bob"), "Entity", "PER", 6, 19, "bob", Origin.MANUAL);
        store.annotations(document, "alice").setStatus(AnnotationStatus.IN_PROGRESS);
        store.annotations(document, "bob").setStatus(AnnotationStatus.IN_PROGRESS);
        store.save();
        store.close();
        // Files changed within the last seconds are never recorded (a second change could keep their stamp).
        VerifiedFiles.clock = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
    }

    @AfterEach
    void resetClock() {
        VerifiedFiles.clock = Clock.systemUTC();
    }

    @Test
    void aCleanPassRecordsEveryTextAndSetAndTheNextPassAgreesWithAFullReading() throws IOException {
        ProjectStore store = ProjectStore.open(dir);
        assertEquals(List.of(), new ProjectDoctor(store).examineProject(true).findings());
        ProjectStatistics full = statistics(store);

        ProjectStore reopened = ProjectStore.open(dir);
        VerifiedFiles record = reopened.verifiedFiles();
        Document document = reopened.document("d1").orElseThrow();
        assertTrue(record.isSoundText(document, FileStamp.of(reopened.layout().text("d1"))));
        SetDigest alice = record.soundSet(document, "alice", FileStamp.of(reopened.layout().annotationFile("d1", "alice")));
        assertNotNull(alice);
        assertEquals(Map.of("Entity", Map.of("PER", 1, "MISC", 1)), alice.spans());
        assertEquals(AnnotationStatus.IN_PROGRESS, alice.status());
        assertEquals(List.of(), new ProjectDoctor(reopened).examineProject(true).findings());
        assertEquals(full, statistics(reopened));
        assertEquals(Map.of("alice", AnnotationStatus.IN_PROGRESS, "bob", AnnotationStatus.IN_PROGRESS),
                reopened.statuses(document));
    }

    @Test
    void aSetChangedOutsideGlossaWithTheSameSizeIsReadAgain() throws IOException {
        recordEverything();
        Path alice = dir.resolve("annotations/d1/alice.xmi");
        String xml = Files.readString(alice);
        Files.writeString(alice, xml.replace("label=\"MISC\"", "label=\"MISX\""));
        assertEquals(xml.length(), Files.readString(alice).length());

        DoctorReport report = new ProjectDoctor(ProjectStore.open(dir)).examineProject(true);
        assertEquals(List.of(FindingKind.SPANS_INVALID), report.findings().stream().map(f -> f.kind()).toList());

        Files.writeString(alice, xml.replace("label=\"MISC\"", "label=\"DATE\"").replace("status=\"in-progress\"",
                "status=\"finished\"   "));
        ProjectStore store = ProjectStore.open(dir);
        assertEquals(List.of(), new ProjectDoctor(store).examineProject(true).findings());
        ProjectStatistics.AnnotatorStatistics counted = statistics(store).annotators().get("alice");
        assertEquals(Map.of("Entity", Map.of("PER", 1, "DATE", 1)), counted.spans());
        assertEquals(1, counted.statuses().get("finished"));
        Document document = store.document("d1").orElseThrow();
        assertEquals(AnnotationStatus.FINISHED, ProjectStore.open(dir).statuses(document).get("alice"));
    }

    @Test
    void aTextChangedWithTheSameLengthIsStillAHashMismatch() throws IOException {
        recordEverything();
        Path text = dir.resolve("texts/d1.txt");
        Files.writeString(text, TEXT.replace("Ines", "Inez"), StandardCharsets.UTF_8);

        DoctorReport report = new ProjectDoctor(ProjectStore.open(dir)).examineProject(true);
        assertEquals(List.of(FindingKind.TEXT_CHANGED), report.findings().stream().map(f -> f.kind()).toList());
    }

    @Test
    void aSchemaChangeVoidsTheRecord() throws IOException, InvalidModelException {
        recordEverything();
        try (ProjectStore store = ProjectStore.openForWriting(dir, "test")) {
            store.schema().getLayers().get(0).getLabels().removeIf(label -> "MISC".equals(label.getName()));
            store.save();
        }
        DoctorReport report = new ProjectDoctor(ProjectStore.open(dir)).examineProject(true);
        assertEquals(List.of(FindingKind.SPANS_INVALID), report.findings().stream().map(f -> f.kind()).toList());
        assertEquals("annotations/d1/alice.xmi", report.findings().get(0).file().toString());
    }

    @Test
    void aRecordReadAheadOfTheIndexIsUsedOnlyForTheSchemaItWasMadeFor() throws IOException, InvalidModelException {
        recordEverything();
        Path alice = dir.resolve("annotations/d1/alice.xmi");
        VerifiedFiles ahead = VerifiedFiles.loadAsRecorded(new ProjectLayout(dir));
        ProjectStore store = ProjectStore.open(dir);
        Document document = store.document("d1").orElseThrow();
        store.adoptVerifiedFiles(ahead);
        assertTrue(store.verifiedFiles() == ahead, "the record read ahead is the store's");
        assertNotNull(store.verifiedFiles().soundSet(document, "alice", FileStamp.of(alice)));

        try (ProjectStore writer = ProjectStore.openForWriting(dir, "test")) {
            writer.schema().getLayers().get(0).getLabels().removeIf(label -> "MISC".equals(label.getName()));
            writer.save();
        }
        VerifiedFiles stale = VerifiedFiles.loadAsRecorded(new ProjectLayout(dir));
        ProjectStore changed = ProjectStore.open(dir);
        changed.adoptVerifiedFiles(stale);
        assertTrue(changed.verifiedFiles() != stale, "a record of another schema is not taken");
        assertNull(changed.verifiedFiles().soundSet(document, "alice", FileStamp.of(alice)));
        assertThrows(DamagedFileException.class, () -> changed.annotations(document, "alice"),
                "the set is validated against the new schema");
    }

    @Test
    void aDamagedOrForeignRecordIsIgnoredAndWrittenAfresh() throws IOException {
        recordEverything();
        Path file = dir.resolve(".glossa/cache/" + VerifiedFiles.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        ProjectStore store = ProjectStore.open(dir);
        Document document = store.document("d1").orElseThrow();
        assertNull(store.verifiedFiles().soundSet(document, "alice", FileStamp.of(store.layout().annotationFile("d1",
                "alice"))));
        assertEquals(List.of(), new ProjectDoctor(store).examineProject(true).findings());

        Files.write(file, "not a record".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), new ProjectDoctor(ProjectStore.open(dir)).examineProject(true).findings());
        ProjectStore again = ProjectStore.open(dir);
        assertNotNull(again.verifiedFiles().soundSet(document, "bob", FileStamp.of(again.layout().annotationFile("d1",
                "bob"))));
    }

    @Test
    void filesChangedJustNowAreNotRecorded() throws IOException {
        VerifiedFiles.clock = Clock.systemUTC();
        ProjectStore store = ProjectStore.open(dir);
        assertEquals(List.of(), new ProjectDoctor(store).examineProject(true).findings());
        Document document = store.document("d1").orElseThrow();
        ProjectStore reopened = ProjectStore.open(dir);
        assertNull(reopened.verifiedFiles().soundSet(document, "alice",
                FileStamp.of(reopened.layout().annotationFile("d1", "alice"))));
    }

    @Test
    void aStatusReadFromTheHeaderIsRecordedAndReadAgainWhenTheFileChanges() throws IOException {
        ProjectStore store = ProjectStore.open(dir);
        Document document = store.document("d1").orElseThrow();
        assertEquals(AnnotationStatus.IN_PROGRESS, store.status(document, "alice"));
        assertEquals(AnnotationStatus.NEW, store.status(document, "carol"));
        store.close();

        Path alice = dir.resolve("annotations/d1/alice.xmi");
        ProjectStore reopened = ProjectStore.open(dir);
        assertEquals(AnnotationStatus.IN_PROGRESS, reopened.verifiedFiles().knownStatus(document, "alice",
                FileStamp.of(alice)));
        assertNull(reopened.verifiedFiles().soundSet(document, "alice", FileStamp.of(alice)),
                "only the header was read: no verdict on the set");

        String xml = Files.readString(alice);
        Files.writeString(alice, xml.replace("status=\"in-progress\"", "status=\"finished\"   "));
        assertEquals(AnnotationStatus.FINISHED, ProjectStore.open(dir).status(document, "alice"));
        assertEquals(AnnotationStatus.FINISHED, ProjectStore.open(dir).statuses(document).get("alice"));
    }

    @Test
    void aSetIsValidatedOnLoadUnlessItsFileAndTextAreTheVersionsFoundSound() throws IOException {
        recordEverything();
        ProjectStore store = ProjectStore.open(dir);
        Document document = store.document("d1").orElseThrow();
        assertEquals(2, store.annotations(document, "alice").getSpans().size());

        Path alice = dir.resolve("annotations/d1/alice.xmi");
        String xml = Files.readString(alice);
        Files.writeString(alice, xml.replace("label=\"MISC\"", "label=\"MISX\""));
        assertThrows(DamagedFileException.class, () -> ProjectStore.open(dir).annotations(document, "alice"));

        Files.writeString(alice, xml);
        recordEverything();
        Files.writeString(dir.resolve("texts/d1.txt"), TEXT.replace("Ines", "Inez"), StandardCharsets.UTF_8);
        assertThrows(DamagedFileException.class, () -> ProjectStore.open(dir).annotations(document, "bob"));
    }

    @Test
    void theExportsReadingRecordsWhatItFoundSoundAndStillNoticesEveryLaterChange() throws IOException {
        ProjectStore store = ProjectStore.open(dir);
        Document document = store.document("d1").orElseThrow();
        Path alice = dir.resolve("annotations/d1/alice.xmi");
        Path text = dir.resolve("texts/d1.txt");
        assertNull(store.verifiedFiles().soundSet(document, "alice", FileStamp.of(alice)));

        assertEquals(2, store.read(document, "alice").set().getSpans().size());
        assertTrue(store.verifiedFiles().isSoundText(document, FileStamp.of(text)));
        assertEquals(Map.of("Entity", Map.of("PER", 1, "MISC", 1)),
                store.verifiedFiles().soundSet(document, "alice", FileStamp.of(alice)).spans());
        store.verifiedFiles().save(store.project().getDocuments());
        ProjectStore trusting = ProjectStore.open(dir);
        assertEquals(2, trusting.read(document, "alice").set().getSpans().size());

        String xml = Files.readString(alice);
        Files.writeString(alice, xml.replace("label=\"MISC\"", "label=\"MISX\""));
        DamagedFileException invalid = assertThrows(DamagedFileException.class, () -> ProjectStore.open(dir).read(document, "alice"));
        assertTrue(invalid.getMessage().contains("holds invalid annotations"), invalid.getMessage());

        Files.writeString(alice, xml);
        ProjectStore again = ProjectStore.open(dir);
        again.read(document, "alice");
        again.verifiedFiles().save(again.project().getDocuments());
        Files.writeString(text, TEXT.replace("Ines", "Inez"), StandardCharsets.UTF_8);
        DamagedFileException changed = assertThrows(DamagedFileException.class, () -> ProjectStore.open(dir).read(document, "bob"));
        assertTrue(changed.getMessage().contains("hash mismatch"), changed.getMessage());
    }

    private void recordEverything() throws IOException {
        assertEquals(List.of(), new ProjectDoctor(ProjectStore.open(dir)).examineProject(true).findings());
    }

    private static ProjectStatistics statistics(ProjectStore store) {
        return new ComputeStatisticsOperation(store).execute(new NullProgressMonitor());
    }
}
