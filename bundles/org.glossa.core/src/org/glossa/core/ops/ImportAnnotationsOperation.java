package org.glossa.core.ops;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossa.core.files.FolderWalk;
import org.glossa.core.files.InputLimits;
import org.glossa.core.format.AnnotationImportException;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.format.FormatSupport;
import org.glossa.core.format.ReadDocument;
import org.glossa.core.format.ReadDocument.ReadLink;
import org.glossa.core.format.ReadDocument.ReadSpan;
import org.glossa.core.format.XmlText;
import org.glossa.core.ops.ImportAnnotationsIssues.Location;
import org.glossa.core.storage.ProjectLayout;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Annotator;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Layer;
import org.glossa.model.query.SchemaQuery;
import org.glossa.model.schema.NewsSchema;
import org.glossa.model.validation.InvalidModelException;
import org.glossa.model.validation.ModelProblem;
import org.glossa.model.validation.ModelValidator;
import org.glossa.text.ContentHash;

/**
 * Imports another tool's annotations into one annotator's sets (or the gold sets, with the name {@code gold}).
 * <p>
 * Each document of the files is matched to a project document by id, else by identical text; a document whose
 * text the project does not have is created from the file's text (whole text as body). Types that name a layer
 * become spans of that layer; other types are labels of the chosen layer, added to the schema when missing
 * (refused with {@code strict}). Relations become links of the source span's layer, attributes are kept where
 * the layer defines them (under their own name or the one the request's {@link AttributeMapping} gives); what
 * cannot be kept is reported (or refused with {@code strict}); an attribute value the schema does not allow is an
 * error, since leaving it out would export the schema's default instead. Offsets are taken
 * exactly as read: no snapping to words.
 * <p>
 * A document a file annotates with no spans (an empty brat {@code .ann}) gets an empty set: the annotator found
 * nothing to mark there, which agreement counts as such; a document a file gives only the text of gets none.
 * <p>
 * All or nothing: everything is first applied to copies of the schema and the sets and validated there; only
 * when every file is fine are documents created, spans added and the project saved, once. Any problem throws
 * an {@link AnnotationImportException} naming the file and line, and the project is left unchanged.
 */
public final class ImportAnnotationsOperation {
    private final ProjectStore store;
    private final FormatRegistry formats;
    private final String formatId;
    private final String annotator;
    private final String layerName;
    private final boolean strict;
    private final List<Path> paths;
    private final AttributeMapping attributes;
    private final boolean followSymlinks;

    public ImportAnnotationsOperation(ProjectStore store, FormatRegistry formats, ImportAnnotationsRequest request) {
        this.store = store;
        this.formats = formats;
        this.formatId = request.formatId();
        this.annotator = request.annotator();
        this.layerName = request.layer() == null || request.layer().isBlank() ? NewsSchema.ENTITY : request.layer();
        this.strict = request.strict();
        this.paths = request.paths();
        this.attributes = request.attributes();
        this.followSymlinks = request.followSymlinks();
    }

    /** An import without attribute mappings; see {@link ImportAnnotationsRequest} for the parameters. */
    public ImportAnnotationsOperation(ProjectStore store, FormatRegistry formats, String formatId, String annotator,
            String layer, boolean strict, List<Path> paths) {
        this(store, formats, new ImportAnnotationsRequest(formatId, annotator, layer, strict, paths, AttributeMapping.NONE));
    }

    /**
     * @throws AnnotationImportException malformed or unusable input, naming file and line; nothing was changed
     * @throws IllegalArgumentException  an unknown format, layer, an annotator name that cannot name files, or an
     *                                   attribute mapping to attributes or values the schema does not have
     */
    public ImportAnnotationsResult execute(IProgressMonitor monitor)
            throws IOException, AnnotationImportException, InvalidModelException {
        FormatSupport format = formats.importer(formatId);
        checkAnnotator();
        Layer layer = defaultLayer();
        attributes.check(store.schema());
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + format.name() + " annotations", 10);
        FolderWalk folders = new FolderWalk(followSymlinks, true);
        List<ReadDocument> read = format.read(paths, folders, progress.split(6));
        ImportAnnotationsIssues issues = new ImportAnnotationsIssues(strict);

        List<ImportAnnotationsTarget> targets = match(read, issues);
        issues.throwIfAny();
        Map<String, Map<String, Location>> missingLabels = checkSpans(targets, layer, issues);
        issues.throwIfAny();
        progress.worked(1);

        // Dry run on copies: every rule the store checks on save is checked here, before anything changes.
        AnnotationSchema dry = EcoreUtil.copy(store.schema());
        addLabels(dry, missingLabels);
        for (ImportAnnotationsTarget target : targets) {
            progress.checkCanceled();
            AnnotationSet set = target.existing() == null ? newSet(target.id())
                    : EcoreUtil.copy(store.annotations(target.existing(), annotator));
            Map<String, Location> origins = new HashMap<>();
            new ImportAnnotationsWriter(dry, layer.getName(), annotator, attributes).write(set, target, issues, origins);
            for (ModelProblem problem : ModelValidator.validate(set, dry, target.text())) {
                Location where = locate(problem, origins, target);
                issues.error(where.file(), where.line(), problem.toString());
            }
        }
        issues.throwIfAny();
        progress.worked(1);

        Map<String, List<String>> labelsAdded = addLabels(store.schema(), missingLabels);
        List<String> matched = new ArrayList<>();
        List<String> created = new ArrayList<>();
        ImportAnnotationsWriter writer = new ImportAnnotationsWriter(store.schema(), layer.getName(), annotator, attributes);
        ImportAnnotationsWriter.Counts total = new ImportAnnotationsWriter.Counts();
        List<String> withoutSpans = new ArrayList<>();
        boolean anySet = false;
        for (ImportAnnotationsTarget target : targets) {
            Document document = target.existing();
            if (document == null) {
                document = store.addDocument(newDocument(target), target.text());
                created.add(target.id());
            } else if (!matched.contains(target.id())) {
                matched.add(target.id());
            }
            // Warnings were collected in the dry run, which made the same decisions.
            AnnotationSet set = store.annotations(document, annotator);
            ImportAnnotationsWriter.Counts counts = writer.write(set, target, new ImportAnnotationsIssues(strict),
                    new HashMap<>());
            total.spans += counts.spans;
            total.links += counts.links;
            total.alreadyPresent += counts.alreadyPresent;
            if (target.annotated()) {
                anySet = true;
                if (set.getSpans().isEmpty() && !withoutSpans.contains(target.id())) {
                    withoutSpans.add(target.id());
                }
            }
        }
        if (anySet) {
            registerAnnotator();
        }
        store.save();
        progress.worked(2);
        return new ImportAnnotationsResult(matched, created, total.spans, total.links, total.alreadyPresent,
                labelsAdded, withoutSpans, concat(folders.warnings(), issues.warnings()));
    }

    private void checkAnnotator() {
        if (!ModelValidator.FILE_SAFE_NAME.matcher(annotator).matches()) {
            throw new IllegalArgumentException("annotator name '" + annotator
                    + "' must be letters, digits, '.', '_' or '-' (it names the annotation files)");
        }
    }

    private Layer defaultLayer() {
        return SchemaQuery.layer(store.schema(), layerName)
                .or(() -> store.schema().getLayers().stream().filter(l -> l.getName().equalsIgnoreCase(layerName)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("unknown layer '" + layerName + "'; layers: "
                        + String.join(", ", store.schema().getLayers().stream().map(Layer::getName).toList())));
    }

    /** Matches every read document to a project document (by id, else by text) or plans its creation. */
    private Map<String, Document> bodyHashes;

    private List<ImportAnnotationsTarget> match(List<ReadDocument> read, ImportAnnotationsIssues issues) throws IOException {
        Map<String, ImportAnnotationsTarget> targets = new LinkedHashMap<>();
        Map<String, ImportAnnotationsTarget> createdByHash = new HashMap<>();
        Map<String, Document> projectByHash = new HashMap<>();
        for (Document document : store.project().getDocuments()) {
            if (document.getContentHash() != null) {
                projectByHash.putIfAbsent(document.getContentHash(), document);
            }
        }
        for (ReadDocument given : read) {
            if (given.text() != null && InputLimits.utf8Length(given.text()) > InputLimits.MAX_TEXT_BYTES) {
                issues.error(given.file(), 0, "the text of document " + (given.id() == null ? "without id" : "'" + given.id() + "'")
                        + " is " + InputLimits.utf8Length(given.text()) + " bytes, over the limit of " + InputLimits.textLimit());
                continue;
            }
            int invalidInId = XmlText.firstInvalid(given.id());
            if (invalidInId >= 0) {
                issues.error(given.file(), 0, "the document id holds the character " + XmlText.name(invalidInId)
                        + ", which a project file (XML) cannot store");
                continue;
            }
            ReadDocument document = bodyOnlyToWholeText(given);
            String id = document.id();
            Document byId = id == null ? null : store.document(id).orElse(null);
            // A target of this id exists when an earlier file matched the document or will create it.
            ImportAnnotationsTarget target = id == null ? null : targets.get(id);
            if (byId != null || target != null) {
                String text = target != null ? target.text() : store.text(byId);
                if (document.text() != null && !document.text().equals(text)) {
                    issues.error(document.file(), 0, "text of " + id + " in " + fileName(document.file())
                            + " differs from the project's document " + id + difference(document.text(), text));
                    continue;
                }
                if (target == null) {
                    target = new ImportAnnotationsTarget(id, byId, text);
                    targets.put(id, target);
                }
                target.reads().add(document);
            } else if (document.text() != null) {
                String hash = ContentHash.of(document.text());
                Document byText = projectByHash.get(hash);
                Document byBody = byText == null ? projectByBodyHash(hash) : null;
                if (byBody != null) {
                    String whole = store.text(byBody);
                    ReadDocument shifted = inWholeText(document, byBody.getBodyBegin(), whole);
                    targets.computeIfAbsent(byBody.getId(), k -> new ImportAnnotationsTarget(k, byBody, whole)).reads().add(shifted);
                    continue;
                }
                if (byText != null) {
                    target = targets.computeIfAbsent(byText.getId(), k -> new ImportAnnotationsTarget(k, byText, document.text()));
                } else {
                    target = createdByHash.computeIfAbsent(hash, h -> {
                        String newId = DocumentIds.unique(id != null ? id : baseName(document.file()),
                                candidate -> store.document(candidate).isPresent() || targets.containsKey(candidate));
                        ImportAnnotationsTarget created = new ImportAnnotationsTarget(newId, null, document.text());
                        targets.put(newId, created);
                        return created;
                    });
                }
                target.reads().add(document);
            } else {
                issues.error(document.file(), 0, "document " + (id == null ? "without id" : "'" + id + "'")
                        + " is not in the project, and the file gives no text to create it from");
            }
        }
        return new ArrayList<>(targets.values());
    }

    /**
     * Files of exports that carry only the article body (span JSONL, doccano) count offsets from the body: when
     * the project's document of that id has exactly that body, the spans are moved into its whole text.
     */
    private ReadDocument bodyOnlyToWholeText(ReadDocument read) throws IOException {
        Document existing = read.id() == null || read.text() == null ? null : store.document(read.id()).orElse(null);
        if (existing == null) {
            return read;
        }
        String whole = store.text(existing);
        if (!read.text().equals(whole) && read.text().equals(whole.substring(existing.getBodyBegin(), existing.getBodyEnd()))) {
            return inWholeText(read, existing.getBodyBegin(), whole);
        }
        return read;
    }

    /** The document whose body text has this hash, if any (computed on demand: only body-only files need it). */
    private Document projectByBodyHash(String hash) throws IOException {
        if (bodyHashes == null) {
            bodyHashes = new HashMap<>();
            for (Document document : store.project().getDocuments()) {
                String text = store.text(document);
                bodyHashes.putIfAbsent(ContentHash.of(text.substring(document.getBodyBegin(), document.getBodyEnd())), document);
            }
        }
        return bodyHashes.get(hash);
    }

    /** The same document with its spans moved from body-relative to whole-text offsets. */
    private static ReadDocument inWholeText(ReadDocument read, int bodyBegin, String wholeText) {
        List<ReadSpan> spans = new ArrayList<>();
        for (ReadSpan span : read.spans()) {
            spans.add(span.at(span.begin() + bodyBegin, span.end() + bodyBegin));
        }
        return new ReadDocument(read.id(), wholeText, spans, read.links(), read.metadata(), read.file(), read.annotated());
    }

    /**
     * Checks keys, offsets, types and relation ends of every span; returns the labels that the schema lacks, by
     * layer, with where each was first used.
     */
    private Map<String, Map<String, Location>> checkSpans(List<ImportAnnotationsTarget> targets, Layer defaultLayer,
            ImportAnnotationsIssues issues) {
        ImportAnnotationsMapping mapping = new ImportAnnotationsMapping(store.schema(), defaultLayer);
        Map<String, Map<String, Location>> missing = new LinkedHashMap<>();
        for (ImportAnnotationsTarget target : targets) {
            int length = target.text().length();
            for (ReadDocument read : target.reads()) {
                Set<String> keys = new HashSet<>();
                for (ReadSpan span : read.spans()) {
                    String name = "span " + (span.key() == null ? "" : span.key() + " ");
                    checkStorable(read, span.line(), name + "type", span.type(), issues);
                    checkStorable(read, span.line(), name + "note", span.note(), issues);
                    if (span.attributes() != null) {
                        span.attributes().forEach((key, value) -> {
                            checkStorable(read, span.line(), name + "attribute name", key, issues);
                            checkStorable(read, span.line(), name + "attribute " + key, value, issues);
                        });
                    }
                    if (span.key() == null || !keys.add(span.key())) {
                        issues.error(read.file(), span.line(), span.key() == null ? "a span has no key"
                                : "span key " + span.key() + " is used twice in document " + target.id());
                        continue;
                    }
                    if (span.begin() < 0 || span.begin() >= span.end() || span.end() > length) {
                        issues.error(read.file(), span.line(), name + "[" + span.begin() + ", " + span.end()
                                + ") is not a non-empty range inside the text of " + target.id() + " (length " + length + ")");
                    } else if (insidePair(target.text(), span.begin()) || insidePair(target.text(), span.end())) {
                        issues.error(read.file(), span.line(), name + "[" + span.begin() + ", " + span.end()
                                + ") cuts a character in two (an offset falls between the halves of a surrogate pair)");
                    }
                    if (span.type() == null || span.type().isBlank()) {
                        issues.error(read.file(), span.line(), name + "has no type");
                        continue;
                    }
                    Optional<ImportAnnotationsMapping.Placement> placement = mapping.place(span.type());
                    if (placement.isEmpty()) {
                        issues.error(read.file(), span.line(), "type '" + span.type() + "' names a layer that has no labels");
                    } else if (placement.get().missing()) {
                        missing.computeIfAbsent(placement.get().layer().getName(), l -> new LinkedHashMap<>())
                                .putIfAbsent(placement.get().label(), new Location(read.file(), span.line()));
                    }
                    String asLabel = ImportAnnotationsMapping.labelName(span.type());
                    if (!asLabel.equals(span.type().strip()) && placement.isPresent()
                            && placement.get().label().equals(asLabel)) {
                        issues.warn(read.file(), span.line(), "type '" + span.type() + "' became label '"
                                + placement.get().label() + "' (labels have no spaces)");
                    }
                }
                for (ReadLink link : read.links()) {
                    checkStorable(read, link.line(), "relation type", link.type(), issues);
                    for (String end : new String[] { link.from(), link.to() }) {
                        if (end == null || !keys.contains(end)) {
                            issues.error(read.file(), link.line(), "relation " + link.type() + " refers to span "
                                    + end + ", which document " + target.id() + " does not define");
                        }
                    }
                    if (link.type() == null || link.type().isBlank()) {
                        issues.error(read.file(), link.line(), "a relation has no type");
                    }
                }
            }
        }
        if (strict) {
            missing.forEach((layer, labels) -> {
                Location first = labels.values().iterator().next();
                issues.error(first.file(), first.line(), "labels not in layer " + layer + ": "
                        + String.join(", ", labels.keySet()) + " (a strict import does not add labels)");
            });
        }
        return missing;
    }

    /** A string that XML cannot hold would make the project unsavable after the import changed it: refused first. */
    private static void checkStorable(ReadDocument read, int line, String what, String value, ImportAnnotationsIssues issues) {
        int invalid = XmlText.firstInvalid(value);
        if (invalid >= 0) {
            issues.error(read.file(), line, what + " holds the character " + XmlText.name(invalid)
                    + ", which a project file (XML) cannot store");
        }
    }

    /** Adds the missing labels to a schema; returns them by layer. */
    private Map<String, List<String>> addLabels(AnnotationSchema schema, Map<String, Map<String, Location>> missing) {
        Map<String, List<String>> added = new LinkedHashMap<>();
        missing.forEach((layerName, labels) -> {
            Layer layer = SchemaQuery.layer(schema, layerName).orElseThrow();
            for (String label : labels.keySet()) {
                ImportAnnotationsMapping.addLabel(schema, layer, label, formatId);
                added.computeIfAbsent(layerName, l -> new ArrayList<>()).add(label);
            }
        });
        return added;
    }

    private AnnotationSet newSet(String documentId) {
        AnnotationSet set = GlossaFactory.eINSTANCE.createAnnotationSet();
        set.setDocumentId(documentId);
        set.setGold(ProjectLayout.GOLD.equals(annotator));
        set.setAnnotator(set.isGold() ? null : annotator);
        set.setStatus(AnnotationStatus.NEW);
        return set;
    }

    private Document newDocument(ImportAnnotationsTarget target) {
        ReadDocument origin = target.reads().get(0);
        Map<String, String> metadata = origin.metadata() == null ? Map.of() : origin.metadata();
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId(target.id());
        // metadata is kept as far as XML can hold it: a stray control character is not worth refusing the import
        document.setTitle(XmlText.clean(metadata.getOrDefault("title", target.id())));
        document.setSource(XmlText.clean(metadata.get("source")));
        document.setLanguage(XmlText.clean(metadata.get("language")));
        document.setContentHash(ContentHash.of(target.text()));
        document.setBodyBegin(0);
        document.setBodyEnd(target.text().length());
        metadata.forEach((key, value) -> {
            if (key != null && value != null) {
                document.getMetadata().put(XmlText.clean(key), XmlText.clean(value));
            }
        });
        document.getMetadata().put("format", formatId);
        document.getMetadata().put("importedFrom", fileName(origin.file()));
        return document;
    }

    private void registerAnnotator() {
        if (!ProjectLayout.GOLD.equals(annotator)
                && store.project().getAnnotators().stream().noneMatch(a -> annotator.equals(a.getName()))) {
            Annotator entry = GlossaFactory.eINSTANCE.createAnnotator();
            entry.setName(annotator);
            store.project().getAnnotators().add(entry);
        }
    }

    /** The file and line of the span a validation problem names ({@code DOC/ANNOTATOR span ID}). */
    private static Location locate(ModelProblem problem, Map<String, Location> origins, ImportAnnotationsTarget target) {
        int at = problem.where().lastIndexOf(" span ");
        Location location = at < 0 ? null : origins.get(problem.where().substring(at + 6));
        return location != null ? location : new Location(target.reads().get(0).file(), 0);
    }

    private static boolean insidePair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    /** Where two texts first differ, and a hint when line ends are the cause. */
    private static String difference(String fileText, String projectText) {
        int i = 0;
        while (i < fileText.length() && i < projectText.length() && fileText.charAt(i) == projectText.charAt(i)) {
            i++;
        }
        String hint = fileText.indexOf('\r') >= 0 && projectText.indexOf('\r') < 0
                ? "; the file's text has CR LF line ends, the project's has LF" : "";
        return " (first difference at offset " + i + "; " + fileText.length() + " characters in the file, "
                + projectText.length() + " in the project" + hint + ")";
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String fileName(Path file) {
        return file == null || file.getFileName() == null ? "?" : file.getFileName().toString();
    }

    private static String baseName(Path file) {
        String name = fileName(file);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
