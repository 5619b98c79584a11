package org.glossa.core.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;

/**
 * Reads a text and a set for {@link ProjectStore#read} with the record of verified files, as listing and counting
 * use it: a file unchanged since it was found sound (same stamp before and after the reading) is not checked again
 * (no hash of the text, no validation of the set), and a file read and found sound is recorded, so that the next
 * pass (a second export) trusts it. {@code glossa check} reads without the record. Safe on several threads: the
 * record is.
 */
final class RecordedReading {
    private final SchemaBoundRecord verified;
    private final StoredFileReader reader;
    private final ProjectLayout layout;

    RecordedReading(SchemaBoundRecord verified, StoredFileReader reader, ProjectLayout layout) {
        this.verified = verified;
        this.reader = reader;
        this.layout = layout;
    }

    /** The document's text from its file, its hash checked unless the record vouches for the file. */
    String text(Document document) throws DamagedFileException {
        Path file = layout.text(document.getId());
        Instant now = VerifiedFiles.now();
        FileStamp before = FileStamp.of(file);
        VerifiedFiles record = verified.current();
        boolean vouched = before != null && record.isSoundText(document, before);
        String text = reader.readText(document, file, vouched ? unchanged(file, before) : null);
        if (!vouched && unchanged(file, before).getAsBoolean()) {
            record.recordText(document, before, now);
        }
        return text;
    }

    /**
     * The annotator's (or gold's) set of the document from its file, validated against {@code text} (read by
     * {@link #text}) unless the record vouches for both files; kept nowhere, so not attached to {@code resource}
     * unless EMF loads it.
     */
    AnnotationSet set(Document document, String annotator, Path file, XMIResourceImpl resource, AnnotationSchema schema,
            String text) throws DamagedFileException {
        Instant now = VerifiedFiles.now();
        FileStamp before = FileStamp.of(file);
        VerifiedFiles record = verified.current();
        boolean vouched = before != null && record.soundSet(document, annotator, before) != null
                && record.isSoundText(document, FileStamp.of(layout.text(document.getId())));
        AnnotationSet set = reader.readSet(document, annotator, file, resource, schema, new StoredFileReader.KnownText(text),
                vouched ? unchanged(file, before) : null, false);
        if (!vouched && unchanged(file, before).getAsBoolean()) {
            record.recordSet(document, annotator, before, now, SetDigest.of(set));
        }
        return set;
    }

    private static BooleanSupplier unchanged(Path file, FileStamp before) {
        return () -> before != null && before.equals(FileStamp.of(file));
    }
}
