package org.glossa.core.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.glossa.core.files.FileErrors;
import org.glossa.core.files.InputLimits;
import org.glossa.core.files.TextTooLargeException;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Annotator;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Project;
import org.glossa.model.validation.InvalidModelException;
import org.glossa.model.validation.ModelProblem;
import org.glossa.model.validation.ModelValidator;

/**
 * An open project: its index in memory, texts and annotation sets loaded on demand. Opening a project of
 * thousands of documents reads one file; a set is read the first time it is asked for.
 * <p>
 * A store opened with {@link #openForWriting} (or {@link #create}) holds the project's {@link ProjectLock}
 * until {@link #close()}: only such a store may {@link #save()}, so two writers never interleave their
 * read-modify-write. {@link #open} gives a reader, which takes no lock and never deletes anything.
 * <p>
 * Not thread-safe: callers (operations, jobs) serialise access.
 */
public final class ProjectStore implements AutoCloseable {
    private final ProjectLayout layout;
    private final XMIResourceImpl indexResource;
    private final Project project;
    private final Map<String, Document> documentsById = new HashMap<>();
    private final LoadedSets loadedSets = new LoadedSets();
    private final Map<String, String> texts = new HashMap<>();
    /** Texts of documents added since the last save: written with the index, so a crash orphans none. */
    private final Map<String, String> unsavedTexts = new LinkedHashMap<>();
    private final List<StorageProblem> problems = new ArrayList<>();
    private final StoredFileReader fileReader = new StoredFileReader(problems);
    private final ProjectLock lock;
    private final List<Runnable> saveListeners = new CopyOnWriteArrayList<>();
    private final SchemaBoundRecord verified;

    private ProjectStore(ProjectLayout layout, XMIResourceImpl indexResource, Project project, ProjectLock lock) {
        this.layout = layout;
        this.indexResource = indexResource;
        this.project = project;
        this.lock = lock;
        this.verified = new SchemaBoundRecord(layout, project);
        project.getDocuments().forEach(d -> documentsById.put(d.getId(), d));
    }

    /** Creates a new, empty project in {@code dir} (which must not hold a project yet), saves it and keeps it locked. */
    public static ProjectStore create(Path dir, String name, AnnotationSchema schema) throws IOException {
        return create(dir, name, schema, "Glossa");
    }

    /**
     * Creates a new, empty project in {@code dir} (which must not hold a project yet) and saves it; the store
     * holds the lock for {@code holder} (e.g. "glossa init") until it is closed.
     */
    public static ProjectStore create(Path dir, String name, AnnotationSchema schema, String holder) throws IOException {
        ProjectLayout layout = new ProjectLayout(dir.toAbsolutePath().normalize());
        if (Files.exists(layout.index())) {
            throw new IOException(dir + " already holds a Glossa project");
        }
        Files.createDirectories(layout.root());
        ProjectLock lock = ProjectLock.acquire(layout, holder);
        try {
            if (Files.exists(layout.index())) { // created meanwhile by a writer that held the lock
                throw new IOException(dir + " already holds a Glossa project");
            }
            Project project = GlossaFactory.eINSTANCE.createProject();
            project.setName(name);
            project.setFormatVersion(1);
            project.setSchema(schema);
            XMIResourceImpl resource = SecureXmi.newResource(URI.createFileURI(layout.index().toString()));
            resource.getContents().add(project);
            ProjectStore store = new ProjectStore(layout, resource, project, lock);
            Files.createDirectories(layout.texts());
            Files.createDirectories(layout.annotations());
            store.saveIndex();
            return store;
        } catch (Throwable e) { // whatever failed, this store is not returned: its lock must not outlive it
            lock.close();
            throw e;
        }
    }

    /**
     * Opens the project in {@code dir} for reading. A damaged index makes the project unusable and is reported
     * as a {@link DamagedFileException}. A reader takes no lock and changes nothing: leftovers of interrupted
     * saves (or of a save in progress by a live writer) are only reported in {@link #problems()}.
     */
    public static ProjectStore open(Path dir) throws IOException {
        ProjectLayout layout = new ProjectLayout(dir.toAbsolutePath().normalize());
        ProjectStore store = load(layout, null);
        store.problems.addAll(Journal.pending(layout));
        InterruptedSaves.report(layout, store.problems);
        return store;
    }

    /**
     * Opens the project in {@code dir} for inspection ({@code glossa check}): a reader like {@link #open}, whose
     * {@link #problems()} leave leftovers of interrupted saves to the project doctor, which reports them itself.
     */
    public static ProjectStore inspect(Path dir) throws IOException {
        return load(new ProjectLayout(dir.toAbsolutePath().normalize()), null);
    }

    /**
     * Opens the project in {@code dir} for changing it: takes the project's lock for {@code holder} (what is
     * writing, e.g. "glossa annotations import"), or fails at once with a {@link ProjectLockedException}
     * naming the writer that holds it. Under the lock, an interrupted save is completed or rolled back and
     * leftovers are removed; both are reported in {@link #problems()} as lines starting with "recovered:".
     * The lock is held until {@link #close()}.
     */
    public static ProjectStore openForWriting(Path dir, String holder) throws IOException {
        ProjectLayout layout = new ProjectLayout(dir.toAbsolutePath().normalize());
        ProjectIndexFile.require(layout);
        ProjectLock lock = ProjectLock.acquire(layout, holder);
        try {
            List<StorageProblem> recovered = new ArrayList<>(Journal.recover(layout));
            ProjectStore store = load(layout, lock);
            store.problems.addAll(recovered);
            InterruptedSaves.remove(layout, store.problems);
            return store;
        } catch (Throwable e) { // whatever failed, this store is not returned: its lock must not outlive it
            lock.close();
            throw e;
        }
    }

    private static ProjectStore load(ProjectLayout layout, ProjectLock lock) throws IOException {
        XMIResourceImpl resource = SecureXmi.newResource(URI.createFileURI(layout.index().toString()));
        Project project = ProjectIndexFile.read(layout, resource);
        return new ProjectStore(layout, resource, project, lock);
    }

    /** Whether this store holds the project's lock and may save. */
    public boolean isWritable() {
        return lock != null && lock.isValid();
    }

    /** Releases the lock of a writer (unsaved changes are not saved); nothing for a reader. */
    @Override
    public void close() {
        verified.save(project.getDocuments());
        if (lock != null) {
            lock.close();
        }
    }

    public ProjectLayout layout() {
        return layout;
    }

    public Project project() {
        return project;
    }

    public AnnotationSchema schema() {
        return project.getSchema();
    }

    public Optional<Document> document(String id) {
        return Optional.ofNullable(documentsById.get(id));
    }

    /** Problems met while opening or loading files; the affected files were left as they are. */
    public List<StorageProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /**
     * Adds a document with its text. The text is kept in memory and written on {@link #save()}, in the same
     * commit as the index that lists it, so a crash never leaves a text no document owns.
     *
     * @throws TextTooLargeException when the text is over {@link InputLimits#MAX_TEXT_BYTES} (the last gate:
     *                               importers refuse such texts earlier, naming their file)
     */
    public Document addDocument(Document document, String text) throws IOException {
        InputLimits.checkText("document " + document.getId(), text);
        if (documentsById.containsKey(document.getId())) {
            throw new IllegalArgumentException("document id '" + document.getId() + "' is already used");
        }
        layout.text(document.getId()); // refuses an id that leads outside the project
        document.setTextLength(text.length());
        project.getDocuments().add(document);
        documentsById.put(document.getId(), document);
        texts.put(document.getId(), text);
        unsavedTexts.put(document.getId(), text);
        return document;
    }

    /** The text of a document added since the last save (its file does not exist yet), if it is one. */
    public Optional<String> unsavedText(Document document) {
        return Optional.ofNullable(unsavedTexts.get(document.getId()));
    }

    /** The document's immutable text, read once and checked against the recorded length and hash. */
    public String text(Document document) throws DamagedFileException {
        String cached = texts.getOrDefault(document.getId(), unsavedTexts.get(document.getId()));
        if (cached != null) {
            return cached;
        }
        String text = fileReader.readText(document, layout.text(document.getId()));
        texts.put(document.getId(), text);
        return text;
    }

    /**
     * The annotator's (or, with {@link ProjectLayout#GOLD}, the gold) annotation set of a document, loaded
     * on first use, or a new empty one if none was saved yet.
     */
    public AnnotationSet annotations(Document document, String annotator) throws DamagedFileException {
        AnnotationSet loaded = loadedSets.set(document.getId(), annotator);
        if (loaded != null) {
            return loaded;
        }
        Path file = layout.annotationFile(document.getId(), annotator);
        XMIResourceImpl resource = SecureXmi.newResource(URI.createFileURI(file.toString()));
        AnnotationSet set;
        if (Files.isRegularFile(file)) {
            set = fileReader.readSet(document, annotator, file, resource, schema(), this::text,
                    unsavedTexts.containsKey(document.getId()) ? null
                            : verified.unchangedSinceVerified(document, annotator, file));
        } else {
            set = LoadedSets.addEmptySet(resource, document, annotator);
        }
        loadedSets.put(document.getId(), annotator, resource);
        return set;
    }

    /**
     * The document's text and the annotator's (or gold's) set, read from their files and checked exactly as
     * {@link #text} and {@link #annotations} check them, but kept nowhere: a pass over a big corpus (an export)
     * holds one document at a time. Safe to call from another thread while nothing changes the project; a
     * document added since the last save or a set changed in memory is taken from memory. Like {@link #annotations},
     * it trusts the record of verified files for files unchanged since they were found sound (the text's hash and the
     * set's validation are not computed again; {@code glossa check} never trusts it), and records the files it
     * found sound (see {@link RecordedReading}); the caller {@link VerifiedFiles#save saves} the record.
     */
    public LoadedDocument read(Document document, String annotator) throws DamagedFileException {
        String text = unsavedTexts.get(document.getId());
        boolean textFromFile = text == null;
        RecordedReading reading = new RecordedReading(verified, fileReader, layout);
        if (textFromFile) {
            text = reading.text(document);
        }
        AnnotationSet changed = loadedSets.changedSet(document.getId(), annotator);
        if (changed != null) {
            return new LoadedDocument(text, changed);
        }
        Path file = layout.annotationFile(document.getId(), annotator);
        XMIResourceImpl resource = SecureXmi.newResource(URI.createFileURI(file.toString()));
        resource.setTrackingModification(false); // a set kept nowhere is never saved: nothing to track
        AnnotationSet set = textFromFile ? reading.set(document, annotator, file, resource, schema(), text)
                : fileReader.readSet(document, annotator, file, resource, schema(), new StoredFileReader.KnownText(text));
        return new LoadedDocument(text, set);
    }

    /** A document's text with one of its annotation sets, as {@link #read} gives them. */
    public record LoadedDocument(String text, AnnotationSet set) {
    }

    /**
     * Whether the annotator (or gold) has an annotation set for the document, possibly empty: its file exists, or it
     * was created or changed in memory and is written on the next save. A set only read into memory (as an editor
     * does for any document it shows, creating an empty one) is not a set until something changes it, as in
     * {@link #statuses}. Nothing is loaded.
     */
    public boolean hasAnnotations(Document document, String annotator) {
        return loadedSets.changedSet(document.getId(), annotator) != null
                || Files.isRegularFile(layout.annotationFile(document.getId(), annotator));
    }

    /**
     * The status of every annotation set of a document, by annotator name ({@code gold} for the gold set),
     * read from the files' first element without loading the annotations.
     */
    public Map<String, AnnotationStatus> statuses(Document document) {
        return SetStatuses.of(document, layout, verified.forStatuses(), loadedSets, problems);
    }

    /**
     * The record of files found sound, for the schema as it is now; callers take it once per pass over the corpus
     * and {@link VerifiedFiles#save save} it afterwards.
     */
    public VerifiedFiles verifiedFiles() {
        return verified.current();
    }

    /**
     * Uses the record of verified files read ahead of the index (see {@link VerifiedFiles#loadAsRecorded}) when it is
     * the one for the schema and none was taken yet; else the store reads its own when asked.
     */
    public void adoptVerifiedFiles(VerifiedFiles loadedAhead) {
        verified.adopt(loadedAhead);
    }

    /**
     * The status and span counts of the annotator's (or gold's) set of the document: from memory when it is loaded,
     * from {@code record} when its file is unchanged since it was found sound, else read, checked and recorded.
     */
    public SetDigest digest(Document document, String annotator, VerifiedFiles record) throws DamagedFileException {
        Path file = layout.annotationFile(document.getId(), annotator);
        boolean inMemory = loadedSets.contains(document.getId(), annotator);
        Instant now = VerifiedFiles.now();
        FileStamp stamp = inMemory ? null : FileStamp.of(file);
        SetDigest known = stamp == null ? null : record.soundSet(document, annotator, stamp);
        if (known != null) {
            return known;
        }
        SetDigest digest = SetDigest.of(annotations(document, annotator));
        if (stamp != null) {
            record.recordSet(document, annotator, stamp, now, digest);
        }
        return digest;
    }

    /**
     * The status of one annotator's (or gold's) set of the document: NEW when there is none, its status in memory when
     * it is loaded, else from the record of verified files while its file is unchanged, else from the file's first
     * element (then recorded; the record is written when the store {@link #close closes}). A corpus view shows this
     * for every row.
     */
    public AnnotationStatus status(Document document, String annotator) {
        AnnotationSet loaded = loadedSets.set(document.getId(), annotator);
        Path file = layout.annotationFile(document.getId(), annotator);
        if (loadedSets.changedSet(document.getId(), annotator) != null) {
            return loaded.getStatus();
        }
        Instant now = VerifiedFiles.now();
        FileStamp stamp = FileStamp.of(file);
        if (stamp == null) {
            return AnnotationStatus.NEW;
        }
        if (loaded != null) {
            return loaded.getStatus();
        }
        VerifiedFiles record = verified.forStatuses();
        AnnotationStatus known = record.knownStatus(document, annotator, stamp);
        if (known != null) {
            return known;
        }
        try {
            AnnotationStatus status = SetHeaderReader.status(file);
            record.recordStatus(document, annotator, stamp, now, status);
            return status;
        } catch (IOException e) {
            problems.add(new StorageProblem(file, FileErrors.rootReason(e)));
            return AnnotationStatus.NEW;
        }
    }

    /** Annotator names (and {@code gold}) that have an annotation file for the document. */
    public List<String> annotatorsOf(Document document) {
        return new ArrayList<>(statuses(document).keySet());
    }

    public boolean isDirty() {
        return indexResource.isModified() || !unsavedTexts.isEmpty() || loadedSets.anyChanged();
    }

    /**
     * Validates everything that changed, then writes every changed file — new texts, annotation sets, the
     * index — in one {@link Journal journaled} commit (one file alone: {@link AtomicFiles}). If anything is
     * invalid, nothing is written; a crash at any moment leaves all the old files or, after recovery, all the
     * new ones.
     *
     * @throws IllegalStateException if this store does not hold the project's lock (opened with {@link #open})
     */
    public void save() throws IOException, InvalidModelException {
        requireLock();
        List<ModelProblem> invalid = new ArrayList<>();
        if (indexResource.isModified()) {
            invalid.addAll(ModelValidator.validate(project));
        }
        List<XMIResourceImpl> changedSets = loadedSets.changed();
        for (XMIResourceImpl resource : changedSets) {
            AnnotationSet set = LoadedSets.setOf(resource);
            Document document = documentsById.get(set.getDocumentId());
            invalid.addAll(document == null ? ModelValidator.validate(set, schema(), 0)
                    : ModelValidator.validate(set, schema(), text(document)));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidModelException("not saved", invalid);
        }
        // Texts first and the index last: a reader between two renames sees no document without its text.
        Map<Path, byte[]> files = new LinkedHashMap<>();
        unsavedTexts.forEach((id, text) -> files.put(layout.text(id), text.getBytes(StandardCharsets.UTF_8)));
        for (XMIResourceImpl resource : changedSets) {
            files.put(Path.of(resource.getURI().toFileString()), SecureXmi.serialize(resource));
        }
        boolean indexChanged = indexResource.isModified() || !unsavedTexts.isEmpty();
        if (indexChanged) {
            files.put(layout.index(), SecureXmi.serialize(indexResource));
        }
        if (files.size() == 1) {
            Map.Entry<Path, byte[]> only = files.entrySet().iterator().next();
            AtomicFiles.write(only.getKey(), only.getValue());
        } else if (!files.isEmpty()) {
            Journal.commit(layout, files);
        }
        changedSets.forEach(resource -> resource.setModified(false));
        indexResource.setModified(false);
        unsavedTexts.clear();
        saveListeners.forEach(Runnable::run);
    }

    /**
     * Runs the listener after every successful {@link #save()}: whoever saved, everything in memory is then on disk
     * (editing sessions sharing the store mark their undo history as saved).
     */
    public void addSaveListener(Runnable listener) {
        saveListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeSaveListener(Runnable listener) {
        saveListeners.remove(listener);
    }

    /**
     * Adds the annotator to the project's list if the name is not there yet, and writes the index at once when that
     * is its only change, so that registering is never an unsaved change of its own. (When the index holds other
     * unsaved changes, the name joins them and is written with them.)
     *
     * @return whether the name was new
     * @throws IllegalArgumentException if the name is not a valid annotator name
     * @throws IOException if the index cannot be written; the name stays registered in memory, unsaved
     */
    public boolean registerAnnotator(String name) throws IOException {
        if (name == null || !ModelValidator.FILE_SAFE_NAME.matcher(name).matches() || ModelValidator.GOLD.equals(name)) {
            throw new IllegalArgumentException("annotator name '" + name + "' is not file-safe or is 'gold'");
        }
        if (project.getAnnotators().stream().anyMatch(a -> name.equals(a.getName()))) {
            return false;
        }
        // new documents' texts are written with the index, never after it
        boolean otherChanges = indexResource.isModified() || !unsavedTexts.isEmpty();
        Annotator entry = GlossaFactory.eINSTANCE.createAnnotator();
        entry.setName(name);
        project.getAnnotators().add(entry);
        if (!otherChanges) {
            saveIndex();
        }
        return true;
    }

    private void saveIndex() throws IOException {
        requireLock();
        AtomicFiles.write(layout.index(), SecureXmi.serialize(indexResource));
        indexResource.setModified(false);
    }

    private void requireLock() {
        if (!isWritable()) {
            throw new IllegalStateException(layout.root() + " was opened for reading"
                    + (lock != null ? " (its lock was released)" : "") + "; open it with openForWriting to save");
        }
    }

    /** Forgets unmodified loaded sets, e.g. after a pass over the whole corpus, so memory stays bounded. */
    public void releaseUnmodifiedSets() {
        loadedSets.releaseUnchanged();
        texts.clear();
    }

    LoadedSets loadedSets() {
        return loadedSets;
    }

    SchemaBoundRecord verifiedRecord() {
        return verified;
    }

    /** How many annotation sets are in memory (for tests of lazy loading). */
    int loadedSetCount() {
        return loadedSets.size();
    }

}
