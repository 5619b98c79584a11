package org.glossa.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;

import org.glossa.core.ops.StatusTally;
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
 * Span counts for a corpus list, on a real project folder: known at once for no set and for a set in memory, read
 * (and then recorded, so known at the next opening) for a file the record does not vouch for, and read again after
 * the file changed outside Glossa.
 */
class SpanCountsTest {
    private static final String TEXT = "Mayor Ines Calloway said the bridge opens in May.\n";

    @TempDir
    Path dir;

    @BeforeEach
    void createProjectAndMoveTheClockOn() throws IOException, InvalidModelException {
        try (ProjectStore store = ProjectStore.create(dir, "counts", NewsSchema.create())) {
            Document document = GlossaFactory.eINSTANCE.createDocument();
            document.setId("d1");
            document.setContentHash(ContentHash.of(TEXT));
            document.setBodyEnd(TEXT.length());
            store.addDocument(document, TEXT);
            Spans.add(store.annotations(document, "alice"), "Entity", "PER", 6, 19, "alice", Origin.MANUAL);
            Spans.add(store.annotations(document, "alice"), "Entity", "MISC", 45, 48, "alice", Origin.MANUAL);
            store.save();
        }
        // files changed within the last seconds are never recorded (a second change could keep their stamp)
        VerifiedFiles.clock = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
    }

    @AfterEach
    void resetClock() {
        VerifiedFiles.clock = Clock.systemUTC();
    }

    @Test
    void countsAreKnownOrReadOnceAndRecorded() throws IOException {
        try (ProjectStore store = ProjectStore.openForWriting(dir, "test")) {
            SpanCounts counts = new SpanCounts(store);
            Document document = store.document("d1").orElseThrow();
            assertEquals(OptionalInt.of(0), counts.known(document, "bob"), "no set: none");
            assertEquals(OptionalInt.empty(), counts.known(document, "alice"), "not recorded yet");
            assertEquals(2, counts.count(document, "alice"));
            assertEquals(OptionalInt.of(2), counts.known(document, "alice"), "recorded once read");
            assertEquals(0, store.loadedSetCount(), "reading a count keeps no set in memory");
        }
        try (ProjectStore store = ProjectStore.openForWriting(dir, "test")) {
            SpanCounts counts = new SpanCounts(store);
            Document document = store.document("d1").orElseThrow();
            assertEquals(OptionalInt.of(2), counts.known(document, "alice"), "the record was kept");
            Spans.add(store.annotations(document, "alice"), "Entity", "LOC", 29, 35, "alice", Origin.MANUAL);
            assertEquals(OptionalInt.of(3), counts.known(document, "alice"), "a set in memory counts itself");
        }
        Path file = dir.resolve("annotations/d1/alice.xmi");
        String xml = Files.readString(file);
        int first = xml.indexOf("<spans");
        int second = xml.indexOf("<spans", first + 1);
        Files.writeString(file, xml.substring(0, second) + xml.substring(xml.indexOf("/>", second) + 2));
        try (ProjectStore store = ProjectStore.openForWriting(dir, "test")) {
            Document document = store.document("d1").orElseThrow();
            SpanCounts counts = new SpanCounts(store);
            assertEquals(OptionalInt.empty(), counts.known(document, "alice"), "a changed file is not vouched for");
            assertEquals(1, counts.count(document, "alice"));
        }
    }

    @Test
    void aTallyMovesADocumentBetweenStatuses() {
        StatusTally tally = new StatusTally();
        tally.add(AnnotationStatus.NEW);
        tally.add(AnnotationStatus.NEW);
        tally.add(AnnotationStatus.FINISHED);
        tally.move(AnnotationStatus.NEW, AnnotationStatus.IN_PROGRESS);
        tally.move(AnnotationStatus.FINISHED, AnnotationStatus.FINISHED);
        assertEquals(1, tally.count(AnnotationStatus.NEW));
        assertEquals(1, tally.count(AnnotationStatus.IN_PROGRESS));
        assertEquals(1, tally.count(AnnotationStatus.FINISHED));
        assertEquals(3, tally.total());
        assertTrue(tally.count(AnnotationStatus.FINISHED) > 0);
    }
}
