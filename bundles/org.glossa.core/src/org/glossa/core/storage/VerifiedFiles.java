package org.glossa.core.storage;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

import org.glossa.model.AnnotationSchema;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;

/**
 * A machine-local record of the texts and annotation sets that were read in full and found sound, with the stamp of
 * the file version that was read (size, times, inode) and, for a set, its {@link SetDigest}. Listing, counting and
 * the project doctor trust a file whose stamp still matches instead of parsing it again, so a large corpus lists in
 * a moment; every file changed since, inside Glossa or outside, is read and checked again.
 * <p>
 * A set's entry also holds for one text (the document's content hash) and one schema and Glossa build (the
 * {@code rules} key): a changed text, schema or validator makes every entry it touched void. Only sound files are
 * recorded, never findings. The record lives in {@code .glossa/cache/} and is disposable: a missing, damaged or
 * foreign file is an empty record, and a record that cannot be written (a read-only project) is simply not kept.
 */
public final class VerifiedFiles {
    static final String FILE_NAME = "verified-files";
    private static final String MAGIC = "glossa verified files";
    private static final int FORMAT = 3;

    private record TextEntry(int length, FileStamp stamp) {
    }

    /** A set file's version: its status, and its digest when it was found sound (null when only its header was read). */
    private record SetEntry(FileStamp stamp, AnnotationStatus status, SetDigest digest) {
    }

    /** What is recorded for one document, valid for one content hash. */
    private static final class DocumentEntry {
        final String contentHash;
        TextEntry text;
        final Map<String, SetEntry> sets = new TreeMap<>();

        DocumentEntry(String contentHash) {
            this.contentHash = contentHash;
        }
    }

    /** The clock that says when a file was stamped; tests move it on instead of waiting. */
    static volatile java.time.Clock clock = java.time.Clock.systemUTC();

    private final Path file;
    private final String rules;
    private final Map<String, DocumentEntry> documents = new HashMap<>();
    private boolean changed;

    private VerifiedFiles(Path file, String rules) {
        this.file = file;
        this.rules = rules;
    }

    /** The project's record for its current schema, empty when there is none that can be trusted. */
    public static VerifiedFiles load(ProjectLayout layout, AnnotationSchema schema) {
        return loadFor(layout, ValidationRules.key(schema));
    }

    /**
     * The project's record as it was written, for whichever schema it was made: read before the index is (on
     * another thread while it loads), and used only if {@link #isFor} the schema the index then holds.
     */
    public static VerifiedFiles loadAsRecorded(ProjectLayout layout) {
        return loadFor(layout, null);
    }

    /** @param rules the rules the record must be for, or null for those it was made for */
    private static VerifiedFiles loadFor(ProjectLayout layout, String rules) {
        Path file = CacheFiles.folder(layout).resolve(FILE_NAME);
        byte[] bytes = null;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            // missing or unreadable: start afresh
        }
        String recorded = bytes == null ? null : recordedRules(bytes);
        VerifiedFiles record = new VerifiedFiles(file, rules != null ? rules : recorded != null ? recorded : "");
        if (recorded != null && recorded.equals(record.rules)) {
            try {
                record.read(bytes);
            } catch (IOException | RuntimeException e) {
                record.documents.clear(); // cut short, damaged or foreign: start afresh
            }
        }
        record.changed = false;
        return record;
    }

    /** The moment to pass with a stamp taken now to {@link #recordText} or {@link #recordSet}. */
    public static Instant now() {
        return clock.instant();
    }

    /** Whether this record is the one for {@code schema} as it is now. */
    public boolean isFor(AnnotationSchema schema) {
        return rules.equals(ValidationRules.key(schema));
    }

    /** Whether the document's text file, as {@code stamp} identifies it, was found sound for its content hash. */
    public synchronized boolean isSoundText(Document document, FileStamp stamp) {
        DocumentEntry entry = entry(document);
        return entry != null && entry.text != null && stamp != null && entry.text.stamp().equals(stamp)
                && entry.text.length() == document.getTextLength();
    }

    /** The digest of the annotator's set of the document when its file, as {@code stamp} identifies it, was found sound. */
    public synchronized SetDigest soundSet(Document document, String annotator, FileStamp stamp) {
        DocumentEntry entry = entry(document);
        SetEntry set = entry == null ? null : entry.sets.get(annotator);
        return set != null && stamp != null && set.stamp().equals(stamp) ? set.digest() : null;
    }

    /** The status in the annotator's set file of the document, as {@code stamp} identifies it, when it is known. */
    public synchronized AnnotationStatus knownStatus(Document document, String annotator, FileStamp stamp) {
        DocumentEntry entry = entry(document);
        SetEntry set = entry == null ? null : entry.sets.get(annotator);
        return set != null && stamp != null && set.stamp().equals(stamp) ? set.status() : null;
    }

    /**
     * Records the status read from the header of the annotator's set file of the document (nothing else of it was
     * checked), unless a verdict on the same version is recorded.
     *
     * @param stamp the file's stamp taken before it was read
     * @param now   the moment that stamp was taken
     */
    public synchronized void recordStatus(Document document, String annotator, FileStamp stamp, Instant now,
            AnnotationStatus status) {
        DocumentEntry known = entry(document);
        SetEntry set = known == null ? null : known.sets.get(annotator);
        if (set != null && set.stamp().equals(stamp)) {
            return;
        }
        DocumentEntry entry = entryToRecord(document, stamp, now);
        if (entry != null) {
            entry.sets.put(annotator, new SetEntry(stamp, status, null));
            changed = true;
        }
    }

    /**
     * Records that the document's text was read in full and found sound.
     *
     * @param stamp the file's stamp taken before it was read
     * @param now   the moment that stamp was taken
     */
    public synchronized void recordText(Document document, FileStamp stamp, Instant now) {
        DocumentEntry entry = entryToRecord(document, stamp, now);
        if (entry != null) {
            entry.text = new TextEntry(document.getTextLength(), stamp);
            changed = true;
        }
    }

    /**
     * Records that the annotator's set of the document was read in full and found sound.
     *
     * @param stamp the file's stamp taken before it was read
     * @param now   the moment that stamp was taken
     */
    public synchronized void recordSet(Document document, String annotator, FileStamp stamp, Instant now,
            SetDigest digest) {
        DocumentEntry entry = entryToRecord(document, stamp, now);
        if (entry != null) {
            entry.sets.put(annotator, new SetEntry(stamp, digest.status(), digest));
            changed = true;
        }
    }

    /**
     * Writes the record when something was added, keeping only the entries of {@code current} documents with their
     * current content hash. Never fails: a record that cannot be written is not kept.
     */
    public synchronized void save(Collection<Document> current) {
        Map<String, DocumentEntry> kept = new TreeMap<>();
        for (Document document : current) {
            DocumentEntry entry = entry(document);
            if (entry != null) {
                kept.put(document.getId(), entry);
            }
        }
        if (!changed && kept.size() == documents.size()) {
            return;
        }
        try {
            CacheFiles.replace(file, bytes(kept));
            changed = false;
        } catch (IOException e) {
            // A cache only: without it the next command reads every file again.
        }
    }

    private DocumentEntry entry(Document document) {
        DocumentEntry entry = documents.get(document.getId());
        return entry != null && entry.contentHash.equals(document.getContentHash()) ? entry : null;
    }

    private DocumentEntry entryToRecord(Document document, FileStamp stamp, Instant now) {
        if (stamp == null || document.getContentHash() == null || !stamp.settledAt(now)) {
            return null; // changed just now: a second change within the same clock tick would look the same
        }
        DocumentEntry entry = entry(document);
        if (entry == null) {
            entry = new DocumentEntry(document.getContentHash());
            documents.put(document.getId(), entry);
        }
        return entry;
    }

    /** Names (annotators, layers, labels, statuses) are written once, in a table, and referred to by number. */
    private byte[] bytes(Map<String, DocumentEntry> entries) throws IOException {
        Map<String, Integer> names = new java.util.LinkedHashMap<>();
        for (DocumentEntry entry : entries.values()) {
            entry.sets.forEach((annotator, set) -> {
                names.putIfAbsent(annotator, names.size());
                names.putIfAbsent(set.status().getLiteral(), names.size());
                if (set.digest() != null) {
                    set.digest().spans().forEach((layer, labels) -> {
                        names.putIfAbsent(layer, names.size());
                        labels.keySet().forEach(label -> names.putIfAbsent(label, names.size()));
                    });
                }
            });
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * entries.size() + 64);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(buffer))) {
            writeString(out, MAGIC);
            out.writeInt(FORMAT);
            writeString(out, rules);
            out.writeInt(names.size());
            for (String name : names.keySet()) {
                writeString(out, name);
            }
            out.writeInt(entries.size());
            for (Map.Entry<String, DocumentEntry> document : entries.entrySet()) {
                DocumentEntry entry = document.getValue();
                writeString(out, document.getKey());
                writeString(out, entry.contentHash);
                out.writeBoolean(entry.text != null);
                if (entry.text != null) {
                    out.writeInt(entry.text.length());
                    writeStamp(out, entry.text.stamp());
                }
                out.writeInt(entry.sets.size());
                for (Map.Entry<String, SetEntry> set : entry.sets.entrySet()) {
                    SetDigest digest = set.getValue().digest();
                    out.writeInt(names.get(set.getKey()));
                    writeStamp(out, set.getValue().stamp());
                    out.writeInt(names.get(set.getValue().status().getLiteral()));
                    out.writeBoolean(digest != null);
                    if (digest == null) {
                        continue;
                    }
                    out.writeInt(digest.spans().size());
                    for (Map.Entry<String, Map<String, Integer>> layer : digest.spans().entrySet()) {
                        out.writeInt(names.get(layer.getKey()));
                        out.writeInt(layer.getValue().size());
                        for (Map.Entry<String, Integer> label : layer.getValue().entrySet()) {
                            out.writeInt(names.get(label.getKey()));
                            out.writeInt(label.getValue());
                        }
                    }
                }
            }
        }
        CRC32 crc = new CRC32();
        crc.update(buffer.toByteArray());
        DataOutputStream tail = new DataOutputStream(buffer);
        tail.writeLong(crc.getValue());
        return buffer.toByteArray();
    }

    /** The rules a sound record of this format was made for, or null when the bytes are no such record. */
    private static String recordedRules(byte[] bytes) {
        if (bytes.length < Long.BYTES) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - Long.BYTES);
        try {
            return ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong() == crc.getValue()
                    && MAGIC.equals(readString(in)) && in.getInt() == FORMAT ? readString(in) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Reads the entries of a record whose checksum, format and rules {@link #recordedRules} accepted. */
    private void read(byte[] bytes) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - Long.BYTES);
        readString(in);
        in.getInt();
        readString(in);
        int nameCount = in.getInt();
        if (nameCount < 0 || nameCount > in.remaining()) {
            return;
        }
        String[] names = new String[nameCount];
        for (int i = 0; i < names.length; i++) {
            names[i] = readString(in);
        }
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            String id = readString(in);
            DocumentEntry entry = new DocumentEntry(readString(in));
            if (in.get() != 0) {
                entry.text = new TextEntry(in.getInt(), readStamp(in));
            }
            int sets = in.getInt();
            for (int j = 0; j < sets; j++) {
                String annotator = names[in.getInt()];
                FileStamp stamp = readStamp(in);
                AnnotationStatus status = AnnotationStatus.get(names[in.getInt()]);
                if (status == null) {
                    throw new IOException("unknown status");
                }
                entry.sets.put(annotator, new SetEntry(stamp, status, in.get() != 0 ? readDigest(in, names, status)
                        : null));
            }
            documents.put(id, entry);
        }
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(ByteBuffer in) {
        int length = in.getInt();
        String value = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    private static void writeStamp(DataOutputStream out, FileStamp stamp) throws IOException {
        out.writeLong(stamp.size());
        out.writeLong(stamp.modified());
        out.writeLong(stamp.changed());
        out.writeLong(stamp.inode());
    }

    private static FileStamp readStamp(ByteBuffer in) {
        return new FileStamp(in.getLong(), in.getLong(), in.getLong(), in.getLong());
    }

    private static SetDigest readDigest(ByteBuffer in, String[] names, AnnotationStatus status) {
        Map<String, Map<String, Integer>> spans = new TreeMap<>();
        int layers = in.getInt();
        for (int i = 0; i < layers; i++) {
            Map<String, Integer> labels = spans.computeIfAbsent(names[in.getInt()], l -> new TreeMap<>());
            int count = in.getInt();
            for (int j = 0; j < count; j++) {
                labels.put(names[in.getInt()], in.getInt());
            }
        }
        return new SetDigest(status, spans);
    }
}
