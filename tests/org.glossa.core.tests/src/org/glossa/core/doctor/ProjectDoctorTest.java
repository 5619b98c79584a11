package org.glossa.core.doctor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.glossa.core.storage.AtomicFiles;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.model.validation.InvalidModelException;
import org.glossa.text.ContentHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe cases of damaged projects, on real project folders: for each, the doctor names the file and the reason,
 * the repair does only what is safe, and a second examination is clean where the damage was repairable.
 */
class ProjectDoctorTest {
    /** The party emoji is one character outside the BMP: two UTF-16 units, at 20 and 21. */
    private static final String TEXT_1 = "Mayor Ines Calloway 🎉 said the bridge opens in May.\n";
    private static final String TEXT_2 = "Acme Corp shares fell 5% in Berlin.\n";
    private static final Instant NOW = Instant.parse("2026-12-07T11:30:00Z");

    @TempDir
    Path dir;

    @BeforeEach
    void createProject() throws IOException, InvalidModelException {
        ProjectStore store = ProjectStore.create(dir, "doctor", NewsSchema.create());
        Document d1 = document(store, "d1", TEXT_1);
        Document d2 = document(store, "d2", TEXT_2);
        Spans.add(store.annotations(d1, "alice"), "Entity", "PER", 6, 19, "alice", Origin.MANUAL);
        Spans.add(store.annotations(d1, "alice"), "Entity", "MISC", 20, 22, "alice", Origin.MANUAL);
        Spans.add(store.annotations(d1, "bob"), "Entity", "PER", 6, 19, "bob", Origin.MANUAL);
        Spans.add(store.annotations(d2, "alice"), "Entity", "ORG", 0, 9, "alice", Origin.MANUAL);
        store.save();
        store.close();
    }

    private static Document document(ProjectStore store, String id, String text) throws IOException {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId(id);
        document.setTitle("Title of " + id);
        document.setContentHash(ContentHash.of(text));
        document.setBodyEnd(text.length());
        return store.addDocument(document, text);
    }

    @Test
    void anIntactProjectIsClean() throws IOException {
        DoctorReport report = ProjectDoctor.examine(dir);
        assertEquals(List.of(), report.findings());
        assertEquals(2, report.documents());
        assertEquals(3, report.sets());
    }

    @Test
    void aDeletedTextIsNamedAndNeverRepaired() throws IOException {
        Files.delete(dir.resolve("texts/d1.txt"));
        Finding finding = only(ProjectDoctor.examine(dir), FindingKind.TEXT_MISSING);
        assertEquals(Path.of("texts/d1.txt"), finding.file());
        assertEquals("d1", finding.documentId());
        assertTrue(finding.message().contains("is missing"), finding.message());
        assertFalse(finding.repairable());
        assertTrue(finding.advice().contains("backup"), finding.advice());

        repair();
        assertEquals(FindingKind.TEXT_MISSING, only(ProjectDoctor.examine(dir), FindingKind.TEXT_MISSING).kind());
    }

    @Test
    void aChangedByteInATextIsAHashMismatchAndTheTextIsLeftAsItIs() throws IOException {
        Path text = dir.resolve("texts/d2.txt");
        byte[] bytes = Files.readAllBytes(text);
        bytes[0] = 'E'; // "Ecme Corp": same length, other content
        Files.write(text, bytes);
        Finding finding = only(ProjectDoctor.examine(dir), FindingKind.TEXT_CHANGED);
        assertEquals(Path.of("texts/d2.txt"), finding.file());
        assertTrue(finding.message().contains("hash mismatch"), finding.message());
        assertFalse(finding.repairable());

        repair();
        assertArrayEquals(bytes, Files.readAllBytes(text), "a changed text is never \"fixed\"");
        only(ProjectDoctor.examine(dir), FindingKind.TEXT_CHANGED);
    }

    @Test
    void aTextThatIsNoLongerUtf8OrHasAnotherLengthIsNamed() throws IOException {
        Files.write(dir.resolve("texts/d2.txt"), new byte[] { 'A', (byte) 0xFF, 'c' });
        Files.writeString(dir.resolve("texts/d1.txt"), TEXT_1 + "appended", StandardCharsets.UTF_8);
        DoctorReport report = ProjectDoctor.examine(dir);
        assertTrue(only(report, FindingKind.TEXT_NOT_UTF8).message().contains("not valid UTF-8"));
        Finding longer = only(report, FindingKind.TEXT_CHANGED);
        assertEquals(Path.of("texts/d1.txt"), longer.file());
        assertTrue(longer.message().contains((TEXT_1.length() + 8) + " characters"), longer.message());
    }

    @Test
    void anEmptySetIsQuarantinedAndTheProjectIsThenClean() throws IOException {
        Path bob = dir.resolve("annotations/d1/bob.xmi");
        Files.write(bob, new byte[0]);
        Finding finding = only(ProjectDoctor.examine(dir), FindingKind.SET_EMPTY);
        assertEquals(Path.of("annotations/d1/bob.xmi"), finding.file());
        assertEquals("bob", finding.annotator());
        assertTrue(finding.message().contains("0 bytes"), finding.message());

        RepairResult result = repair();
        assertEquals(1, result.repaired().size());
        Path moved = result.repaired().get(0).movedTo();
        assertEquals(dir.resolve(".glossa/quarantine/20261207T113000Z/annotations/d1/bob.xmi"), moved);
        assertTrue(Files.isRegularFile(moved), "moved, never deleted");
        assertFalse(Files.exists(bob));
        assertTrue(ProjectDoctor.examine(dir).isClean());
    }

    @Test
    void anUnparseableSetIsNamedWithTheParsersLineAndQuarantined() throws IOException {
        Path alice = dir.resolve("annotations/d2/alice.xmi");
        String xml = Files.readString(alice);
        Files.writeString(alice, xml.substring(0, xml.length() / 2));
        Finding finding = only(ProjectDoctor.examine(dir), FindingKind.SET_UNPARSEABLE);
        assertEquals(Path.of("annotations/d2/alice.xmi"), finding.file());
        assertTrue(finding.message().startsWith("cannot be read: line "), finding.message());

        repair();
        assertTrue(Files.isRegularFile(dir.resolve(".glossa/quarantine/20261207T113000Z/annotations/d2/alice.xmi")));
        assertTrue(ProjectDoctor.examine(dir).isClean());
    }

    @Test
    void aSetOfAnUnknownDocumentIsQuarantinedWithItsFolder() throws IOException {
        Path ghost = Files.createDirectories(dir.resolve("annotations/ghost"));
        Files.copy(dir.resolve("annotations/d2/alice.xmi"), ghost.resolve("alice.xmi"));
        Finding finding = only(ProjectDoctor.examine(dir), FindingKind.SET_OF_UNKNOWN_DOCUMENT);
        assertEquals(Path.of("annotations/ghost/alice.xmi"), finding.file());
        assertTrue(finding.message().contains("document 'ghost', which is not in project.xmi"), finding.message());

        repair();
        assertFalse(Files.exists(ghost), "the emptied folder of an unknown document goes too");
        assertTrue(Files.isRegularFile(dir.resolve(".glossa/quarantine/20261207T113000Z/annotations/ghost/alice.xmi")));
        assertTrue(ProjectDoctor.examine(dir).isClean());
    }

    @Test
    void anOrphanedTextAndStrayFilesAreQuarantined() throws IOException {
        Files.writeString(dir.resolve("texts/ghost.txt"), "not in the index");
        Files.writeString(dir.resolve("texts/notes.md"), "a note");
        Files.writeString(dir.resolve("annotations/d1/alice.xmi.bak"), "a backup");
        Files.writeString(dir.resolve(".gitignore"), "*.bak"); // not Glossa's to judge
        DoctorReport report = ProjectDoctor.examine(dir);
        assertEquals(Path.of("texts/ghost.txt"), only(report, FindingKind.ORPHAN_TEXT).file());
        assertEquals(List.of(Path.of("annotations/d1/alice.xmi.bak"), Path.of("texts/notes.md")),
                report.findings().stream().filter(f -> f.kind() == FindingKind.STRAY_FILE).map(Finding::file).sorted()
                        .toList());
        assertEquals(3, report.findings().size(), report.findings().toString());

        assertEquals(3, repair().repaired().size());
        assertTrue(Files.isRegularFile(dir.resolve(".glossa/quarantine/20261207T113000Z/texts/ghost.txt")));
        assertTrue(Files.exists(dir.resolve(".gitignore")));
        assertTrue(ProjectDoctor.examine(dir).isClean());
    }

    @Test
    void aHandEditedSpanSplittingASurrogatePairIsInvalidEverywhere() throws IOException {
        Path alice = dir.resolve("annotations/d1/alice.xmi");
        String xml = Files.readString(alice);
        assertTrue(xml.contains("end=\"22\""), xml);
        Files.writeString(alice, xml.replace("end=\"22\"", "end=\"21\""));
        Finding finding = only(ProjectDoctor.examine(dir), FindingKind.SPANS_INVALID);
        assertEquals(Path.of("annotations/d1/alice.xmi"), finding.file());
        assertTrue(finding.message().contains("split a surrogate pair"), finding.message());
        assertFalse(finding.repairable());

        byte[] before = Files.readAllBytes(alice);
        repair();
        assertArrayEquals(before, Files.readAllBytes(alice), "annotations are never rewritten");

        // The store refuses to load the set, naming the file.
        ProjectStore store = ProjectStore.open(dir);
        DamagedFileException refused = assertThrows(DamagedFileException.class,
                () -> store.annotations(store.document("d1").orElseThrow(), "alice"));
        assertEquals(alice, refused.file());
        assertTrue(refused.getMessage().contains("split a surrogate pair"), refused.getMessage());
    }

    @Test
    void aDanglingLinkIsAnInvalidSpanAndTheSetStaysInPlace() throws IOException, InvalidModelException {
        ProjectStore store = ProjectStore.openForWriting(dir, "test");
        AnnotationSet set = store.annotations(store.document("d2").orElseThrow(), "alice");
        SpanAnnotation quote = Spans.add(set, "Quote", "QUOTE", 10, 30, "alice", Origin.MANUAL);
        Spans.link(quote, NewsSchema.SPEAKER, set.getSpans().get(0));
        store.save();
        Path alice = dir.resolve("annotations/d2/alice.xmi");
        String xml = Files.readString(alice);
        String target = set.getSpans().get(0).getId();
        assertTrue(xml.contains("target=\"#" + target + "\""), xml);
        Files.writeString(alice, xml.replace("target=\"#" + target + "\"", "target=\"#gone\""));

        Finding finding = only(ProjectDoctor.examine(dir), FindingKind.SPANS_INVALID);
        assertEquals(Path.of("annotations/d2/alice.xmi"), finding.file());
        assertTrue(finding.message().startsWith("has a dangling link: line "), finding.message());
        assertTrue(finding.message().contains("gone"), finding.message());
        assertFalse(finding.repairable());
        repair();
        assertTrue(Files.exists(alice), "the annotator's work stays in place");
    }

    @Test
    void aSpanSplittingASurrogatePairIsNeverSaved() throws IOException {
        ProjectStore store = ProjectStore.openForWriting(dir, "test");
        Document d1 = store.document("d1").orElseThrow();
        AnnotationSet set = store.annotations(d1, "bob");
        SpanAnnotation half = Spans.add(set, "Entity", "MISC", 21, 22, "bob", Origin.MANUAL);
        InvalidModelException refused = assertThrows(InvalidModelException.class, store::save);
        assertTrue(refused.getMessage().contains("span " + half.getId()), refused.getMessage());
        assertTrue(refused.getMessage().contains("split a surrogate pair"), refused.getMessage());
    }

    @Test
    void aLeftoverTemporaryFileIsReportedByCheckAndRemovedByTheRepair() throws IOException {
        Path leftover = dir.resolve("annotations/d1/.bob.xmi4711" + AtomicFiles.TEMP_SUFFIX);
        Files.writeString(leftover, "<half written");
        Finding finding = only(ProjectDoctor.examine(dir), FindingKind.LEFTOVER_TEMP_FILE);
        assertEquals(dir.relativize(leftover), finding.file());
        assertTrue(Files.exists(leftover), "examining changes nothing");

        RepairResult result = repair();
        assertEquals("removed", result.repaired().get(0).what());
        assertFalse(Files.exists(leftover));
        assertTrue(ProjectDoctor.examine(dir).isClean());
    }

    @Test
    void aSetWhoseContentDisagreesWithItsPathIsNamedNotMoved() throws IOException {
        Files.copy(dir.resolve("annotations/d1/alice.xmi"), dir.resolve("annotations/d1/carol.xmi"));
        Files.copy(dir.resolve("annotations/d2/alice.xmi"), dir.resolve("annotations/d1/dave.xmi"));
        DoctorReport report = ProjectDoctor.examine(dir);
        List<Finding> misplaced = report.findings().stream().filter(f -> f.kind() == FindingKind.SET_MISPLACED).toList();
        assertEquals(2, misplaced.size(), report.findings().toString());
        assertTrue(misplaced.get(0).message().contains("holds alice's set of document 'd1', but its path says carol's"),
                misplaced.get(0).message());
        assertTrue(misplaced.get(1).message().contains("of document 'd2'"), misplaced.get(1).message());
        repair();
        assertTrue(Files.exists(dir.resolve("annotations/d1/carol.xmi")));
    }

    @Test
    void anInterruptedJournalIsLeftToTheNextWriter() throws IOException {
        Path journal = Files.createDirectories(dir.resolve(".glossa/journal/save-1"));
        Files.writeString(journal.resolve("plan"), "annotations/d1/alice.xmi");
        Finding finding = only(ProjectDoctor.examine(dir), FindingKind.INTERRUPTED_SAVE);
        assertEquals(Path.of(".glossa/journal/save-1"), finding.file());
        assertTrue(finding.message().contains("the next writer recovers it"), finding.message());
        repair();
        assertTrue(Files.exists(journal.resolve("plan")));
    }

    @Test
    void aDamagedIndexIsTheOneFinding() throws IOException {
        Files.writeString(dir.resolve("project.xmi"), "<?xml version=\"1.0\"?>\n<broken");
        DoctorReport report = ProjectDoctor.examine(dir);
        Finding finding = only(report, FindingKind.UNREADABLE);
        assertEquals(Path.of("project.xmi"), finding.file());
        assertEquals(1, report.findings().size());
    }

    @Test
    void commandsExamineOnlyTheDocumentsAndSetsTheyUse() throws IOException {
        Files.write(dir.resolve("annotations/d1/bob.xmi"), new byte[0]);
        Files.writeString(dir.resolve("texts/ghost.txt"), "orphan");
        ProjectStore store = ProjectStore.open(dir);
        Document d1 = store.document("d1").orElseThrow();
        Document d2 = store.document("d2").orElseThrow();
        assertEquals(List.of("d1"), List.copyOf(new ProjectDoctor(store).examineDocuments(List.of(d1, d2), null)
                .byDocument().keySet()));
        assertTrue(new ProjectDoctor(store).examineDocuments(List.of(d1, d2), List.of("alice")).isClean(),
                "bob's set is not read by a command on alice's sets");
    }

    private RepairResult repair() throws IOException {
        RepairResult result = new ProjectRepair(ProjectDoctor.examine(dir), NOW).execute();
        assertEquals(List.of(), result.failed());
        return result;
    }

    /** The one finding of that kind; fails naming every finding otherwise. */
    private static Finding only(DoctorReport report, FindingKind kind) {
        List<Finding> found = report.findings().stream().filter(f -> f.kind() == kind).toList();
        assertEquals(1, found.size(), kind + " in " + report.findings());
        return found.get(0);
    }
}
