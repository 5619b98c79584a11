package org.glossa.core.doctor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.glossa.core.files.FileErrors;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.FileStamp;
import org.glossa.core.storage.ProjectLayout;
import org.glossa.core.storage.ProjectStore;
import org.glossa.core.storage.SecureXmi;
import org.glossa.core.storage.SetDigest;
import org.glossa.core.storage.StorageProblem;
import org.glossa.core.storage.VerifiedFiles;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.model.validation.ModelProblem;
import org.glossa.model.validation.ModelValidator;
import org.glossa.text.ContentHash;

/**
 * Examines a project's files, as INCEpTION's CAS Doctor does, and names every problem: missing, changed or
 * undecodable texts, empty, unparseable, misplaced or invalid annotation sets, files the index does not know,
 * leftovers of interrupted saves. Reads only; {@link ProjectRepair} makes the safe repairs.
 * <p>
 * The folder {@code .glossa/} is Glossa's own (lock, journals, quarantine) and never reported as stray;
 * hidden files elsewhere (a {@code .gitkeep}) are not Glossa's to judge.
 */
public final class ProjectDoctor {
    /** Glossa's own folder inside a project. */
    public static final String OWN_FOLDER = ".glossa";
    private static final String RESTORE = "restore it from a backup or version control";

    private final ProjectStore store;
    private final ProjectLayout layout;
    private final Findings findings;
    private final Listings listings;
    private final VerifiedFiles verified;
    private final boolean trustVerified;
    /** Per examined document, the status of each sound set read or trusted (sorted by annotator). */
    private final Map<String, Map<String, AnnotationStatus>> soundStatuses = new HashMap<>();
    private int sets;

    /**
     * A doctor that trusts texts and sets unchanged since they were last found sound (see {@link VerifiedFiles}), as
     * listing and counting do.
     */
    public ProjectDoctor(ProjectStore store) {
        this(store, true);
    }

    /**
     * @param trustVerified whether files unchanged since they were last found sound are taken as sound without
     *                      reading them; without it every file is read in full (and the record refreshed)
     */
    public ProjectDoctor(ProjectStore store, boolean trustVerified) {
        this(store, trustVerified, null);
    }

    /**
     * A doctor like {@link #ProjectDoctor(ProjectStore)} that takes over the file-system walk started {@code ahead}
     * of opening the store (when it walked the same project).
     */
    public ProjectDoctor(ProjectStore store, WalkAhead ahead) {
        this(store, true, ahead);
    }

    private ProjectDoctor(ProjectStore store, boolean trustVerified, WalkAhead ahead) {
        this.store = store;
        this.layout = store.layout();
        this.findings = new Findings(layout.root());
        Listings walked = ahead == null ? null : ahead.takeOver(store, findings);
        this.listings = walked != null ? walked : new Listings(findings);
        this.verified = store.verifiedFiles();
        this.trustVerified = trustVerified;
    }

    /**
     * Examines the whole project in {@code dir} without changing anything.
     *
     * @throws NoSuchFileException when {@code dir} holds no project at all
     */
    public static DoctorReport examine(Path dir) throws IOException {
        ProjectStore store;
        try {
            store = ProjectStore.inspect(dir);
        } catch (DamagedFileException e) {
            Path root = dir.toAbsolutePath().normalize();
            Finding index = new Finding(root.relativize(e.file()), null, null, FindingKind.UNREADABLE,
                    e.problem().message(), RESTORE + "; nothing else can be checked without the index");
            return new DoctorReport(root, 0, 0, List.of(index));
        }
        return new ProjectDoctor(store, false).examineProject(true);
    }

    /**
     * Examines the whole project.
     *
     * @param readSets whether to parse and validate every annotation set; without it sets are only checked for
     *                 being empty (fast enough for {@code glossa list})
     */
    public DoctorReport examineProject(boolean readSets) throws IOException {
        for (ModelProblem problem : ModelValidator.validate(store.project())) {
            add(layout.index(), null, null, FindingKind.INDEX_INVALID, problem.toString(),
                    "correct " + ProjectLayout.INDEX_FILE + " by hand or " + RESTORE);
        }
        for (Document document : store.project().getDocuments()) {
            TextCheck text = new TextCheck(document);
            text.intact();
            checkSets(document, text, readSets, null, true);
        }
        new FolderScan(layout, documentIds(), findings, listings).run();
        addStoreProblems();
        verified.save(store.project().getDocuments());
        return report();
    }

    /**
     * Examines only what commands use of these documents: their texts and annotation sets.
     *
     * @param annotators whose sets to examine ({@code gold} included), or null for every set
     */
    public DoctorReport examineDocuments(Collection<Document> documents, Collection<String> annotators) {
        Predicate<String> wanted = annotators == null ? a -> true : annotators::contains;
        for (Document document : documents) {
            TextCheck text = new TextCheck(document);
            text.intact();
            checkSets(document, text, true, wanted, false);
        }
        verified.save(store.project().getDocuments());
        return report();
    }

    private DoctorReport report() {
        return new DoctorReport(layout.root(), store.project().getDocuments().size(), sets, findings.list());
    }

    /**
     * A document's text, checked once: taken as intact when its file is unchanged since it was last found sound, and
     * read only when it is not, or when a set must be validated against it.
     */
    private final class TextCheck {
        private final Document document;
        private boolean checked;
        private boolean intact;
        private String content;

        TextCheck(Document document) {
            this.document = document;
        }

        boolean intact() {
            if (!checked) {
                checked = true;
                if (trustVerified && store.unsavedText(document).isEmpty()
                        && verified.isSoundText(document, listings.stamp(layout.text(document.getId())))) {
                    intact = true;
                } else {
                    content = checkText(document);
                    intact = content != null;
                }
            }
            return intact;
        }

        /** The text when it is intact, else null (and a finding). */
        String content() {
            if (intact() && content == null) {
                content = checkText(document);
                intact = content != null;
            }
            return content;
        }
    }

    /** The document's text when it is intact, else null (and a finding). */
    private String checkText(Document document) {
        String id = document.getId();
        java.util.Optional<String> unsaved = store.unsavedText(document);
        if (unsaved.isPresent()) {
            return unsaved.get(); // added since the last save: its file is written with the next save
        }
        Path file = layout.text(id);
        Instant now = VerifiedFiles.now();
        FileStamp stamp = FileStamp.of(file);
        if (!Files.exists(file)) {
            add(file, id, null, FindingKind.TEXT_MISSING, "is missing: document '" + id
                    + "' cannot be shown, compared or exported", RESTORE + "; its content hash is recorded in "
                    + ProjectLayout.INDEX_FILE);
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            add(file, id, null, FindingKind.UNREADABLE, "cannot be read: " + FileErrors.rootReason(e), null);
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            add(file, id, null, FindingKind.TEXT_NOT_UTF8, "is not valid UTF-8: it was changed after the import",
                    changedTextAdvice());
            return null;
        }
        if (text.length() != document.getTextLength()) {
            add(file, id, null, FindingKind.TEXT_CHANGED, "has " + text.length() + " characters, the imported text had "
                    + document.getTextLength() + ": annotation offsets cannot be trusted", changedTextAdvice());
            return null;
        }
        if (document.getContentHash() != null && !document.getContentHash().equals(ContentHash.of(text))) {
            add(file, id, null, FindingKind.TEXT_CHANGED, "differs from the imported text (hash mismatch, same length):"
                    + " annotation offsets cannot be trusted", changedTextAdvice());
            return null;
        }
        verified.recordText(document, stamp, now);
        return text;
    }

    private static String changedTextAdvice() {
        return "restore the imported text from a backup or version control; the doctor never changes a text, since"
                + " every annotation's offsets refer to the original";
    }

    /**
     * The status of every annotation set of the document as the last examination found it, read or trusted from the
     * record of verified files, so that a listing after an examination need not look at every file again; null when
     * the document was not examined with its sets read, or has a finding (ask the store, which reads what it can).
     */
    public Map<String, AnnotationStatus> examinedStatuses(Document document) {
        Map<String, AnnotationStatus> statuses = soundStatuses.get(document.getId());
        return statuses == null || findings.hasDocument(document.getId()) ? null : statuses;
    }

    private void checkSets(Document document, TextCheck text, boolean readSets, Predicate<String> wanted,
            boolean strays) {
        if (readSets && wanted == null) {
            soundStatuses.put(document.getId(), new TreeMap<>());
        }
        // a missing folder (no sets yet) or a file in its place lists as empty; the folder scan names the latter
        for (Path file : listings.entries(layout.annotationsOf(document.getId()))) {
            String name = file.getFileName().toString();
            if (name.endsWith(".xmi") && listings.isRegularFile(file)) {
                String annotator = name.substring(0, name.length() - ".xmi".length());
                if (wanted == null || wanted.test(annotator)) {
                    sets++;
                    checkSet(document, annotator, file, text, readSets);
                }
            } else if (strays) {
                add(file, document.getId(), null, FindingKind.STRAY_FILE, "is not an annotation set (a folder under "
                        + "annotations/ holds ANNOTATOR.xmi files only)", null);
            }
        }
    }

    private void checkSet(Document document, String annotator, Path file, TextCheck textCheck, boolean readSets) {
        String id = document.getId();
        Instant now = VerifiedFiles.now();
        FileStamp stamp = listings.stamp(file);
        long size;
        try {
            size = stamp != null ? stamp.size() : Files.size(file);
        } catch (IOException e) {
            add(file, id, annotator, FindingKind.UNREADABLE, "cannot be read: " + FileErrors.rootReason(e), null);
            return;
        }
        SetDigest known = readSets && trustVerified && size > 0 && textCheck.intact()
                ? verified.soundSet(document, annotator, stamp) : null;
        if (known != null) {
            sound(document, annotator, known.status());
            return; // unchanged since it was read in full and found sound
        }
        if (size == 0) {
            add(file, id, annotator, FindingKind.SET_EMPTY, "is empty (0 bytes): " + annotator + "'s annotations of '"
                    + id + "' are lost or were never written", "restore the file from a backup or version control "
                    + "into annotations/" + id + "/ after the repair");
            return;
        }
        if (!readSets) {
            return;
        }
        EObject root;
        XMIResourceImpl resource = SecureXmi.newResource(URI.createFileURI(file.toString()));
        try (InputStream in = Files.newInputStream(file)) {
            root = SecureXmi.load(resource, in);
        } catch (IOException | RuntimeException e) {
            if (onlyDanglingLinks(resource)) {
                // The file is sound XML holding the annotator's work: reported, never quarantined.
                UnresolvedReferenceException dangling = (UnresolvedReferenceException) resource.getErrors().get(0);
                int more = resource.getErrors().size() - 1;
                add(file, id, annotator, FindingKind.SPANS_INVALID, "has a dangling link: line " + dangling.getLine()
                        + ": '" + dangling.getReference() + "' is not a span of this set"
                        + (more > 0 ? " (and " + more + " more)" : ""),
                        "remove the link or restore its target span in the file by hand, or " + RESTORE);
            } else {
                add(file, id, annotator, FindingKind.SET_UNPARSEABLE, "cannot be read: " + FileErrors.rootReason(e),
                        "restore the file from a backup or version control after the repair");
            }
            return;
        }
        if (!(root instanceof AnnotationSet set)) {
            add(file, id, annotator, FindingKind.SET_UNPARSEABLE, "does not hold an annotation set but a "
                    + root.eClass().getName(), null);
            return;
        }
        String holder = set.isGold() ? ProjectLayout.GOLD : set.getAnnotator();
        if (!id.equals(set.getDocumentId()) || !annotator.equals(holder)) {
            add(file, id, annotator, FindingKind.SET_MISPLACED, "holds " + holder + "'s set of document '"
                    + set.getDocumentId() + "', but its path says " + annotator + "'s set of '" + id + "'",
                    "move it to annotations/" + set.getDocumentId() + "/" + holder + ".xmi if that is where it belongs;"
                            + " the doctor does not guess which is right");
            return;
        }
        if (set.getContentHash() != null && document.getContentHash() != null
                && !set.getContentHash().equals(document.getContentHash())) {
            add(file, id, annotator, FindingKind.SET_FOR_OTHER_TEXT, "was made for another text of document '" + id
                    + "' (hash mismatch): its offsets do not fit this text", "restore the text it was made for, or"
                            + " re-annotate the document");
            return;
        }
        String text = textCheck.content();
        List<ModelProblem> invalid = text != null ? ModelValidator.validate(set, store.schema(), text)
                : ModelValidator.validate(set, store.schema(), document.getTextLength());
        for (ModelProblem problem : invalid) {
            add(file, id, annotator, FindingKind.SPANS_INVALID, problem.toString(), "correct or remove the span in the "
                    + "file by hand (Glossa does not load the set until then), or " + RESTORE);
        }
        if (invalid.isEmpty() && text != null && store.unsavedText(document).isEmpty()) {
            verified.recordSet(document, annotator, stamp, now, SetDigest.of(set));
        }
        if (invalid.isEmpty()) {
            sound(document, annotator, set.getStatus());
        }
    }

    private void sound(Document document, String annotator, AnnotationStatus status) {
        Map<String, AnnotationStatus> statuses = soundStatuses.get(document.getId());
        if (statuses != null) {
            statuses.put(annotator, status);
        }
    }

    private static boolean onlyDanglingLinks(XMIResourceImpl resource) {
        return !resource.getErrors().isEmpty()
                && resource.getErrors().stream().allMatch(UnresolvedReferenceException.class::isInstance);
    }

    private void addStoreProblems() {
        Set<Path> named = new HashSet<>();
        findings.list().forEach(f -> named.add(f.file()));
        for (StorageProblem problem : store.problems()) {
            Path file = findings.relative(problem.file());
            if (named.add(file)) {
                findings.list().add(new Finding(file, null, null, FindingKind.STORE_PROBLEM, problem.message(), null));
            }
        }
    }

    private Set<String> documentIds() {
        Set<String> ids = new HashSet<>();
        store.project().getDocuments().forEach(d -> ids.add(d.getId()));
        return ids;
    }

    private void add(Path file, String documentId, String annotator, FindingKind kind, String message, String advice) {
        findings.add(file, documentId, annotator, kind, message, advice);
    }
}
