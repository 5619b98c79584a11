package org.glossa.core.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalInt;

import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;

/**
 * How many spans an annotator's set of a document holds, for a corpus list: known at once for a set in memory, for a
 * document without a set (none) and for a file unchanged since the record of verified files found it sound; any
 * other set is read (kept nowhere, so scrolling through a large corpus holds no sets) and then recorded.
 */
public final class SpanCounts {
    private final ProjectStore store;

    public SpanCounts(ProjectStore store) {
        this.store = store;
    }

    /** The count when it is known without reading the set's file, else empty. */
    public OptionalInt known(Document document, String annotator) {
        AnnotationSet loaded = store.loadedSets().set(document.getId(), annotator);
        if (loaded != null) {
            return OptionalInt.of(loaded.getSpans().size());
        }
        FileStamp stamp = FileStamp.of(file(document, annotator));
        if (stamp == null) {
            return OptionalInt.of(0);
        }
        SetDigest digest = store.verifiedRecord().forStatuses().soundSet(document, annotator, stamp);
        return digest == null ? OptionalInt.empty() : OptionalInt.of(digest.total());
    }

    /**
     * The count, reading and checking the set's file when it is not known; a set found sound is recorded (the record is
     * written when the store closes), so the next count of the same file is known.
     */
    public int count(Document document, String annotator) throws DamagedFileException {
        OptionalInt known = known(document, annotator);
        if (known.isPresent()) {
            return known.getAsInt();
        }
        Path file = file(document, annotator);
        Instant now = VerifiedFiles.now();
        FileStamp before = FileStamp.of(file);
        SetDigest digest = SetDigest.of(store.read(document, annotator).set());
        if (before != null && before.equals(FileStamp.of(file))) {
            store.verifiedFiles().recordSet(document, annotator, before, now, digest);
        }
        return digest.total();
    }

    private Path file(Document document, String annotator) {
        return store.layout().annotationFile(document.getId(), annotator);
    }
}
