package org.glossa.core.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glossa.core.doctor.DoctorReport;
import org.glossa.core.doctor.Finding;
import org.glossa.core.doctor.ProjectDoctor;
import org.glossa.core.format.ExportException;
import org.glossa.core.format.ExportFiles;
import org.glossa.core.format.ExportReport;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.format.FormatSupport;
import org.glossa.core.format.RecordingExportReport;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectLayout;
import org.glossa.core.storage.ProjectStore;
import org.glossa.core.storage.TokenCache;
import org.glossa.model.Document;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;
import org.glossa.model.schema.NewsSchema;
import org.glossa.text.TextRegion;
import org.glossa.text.Tokenization;
import org.glossa.text.Tokenizations;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Exports a project's annotations as training data in one format: selects the source's sets, documents, layers
 * and labels, splits the documents, lets the format write each source's files and writes the dataset card
 * ({@code README.md} and {@code card.json}) beside them. Documents the source has no set for are left out and
 * listed ({@link ExportSelection}); spans outside a document's body region are left out and reported; gold
 * documents with undecided disagreements are flagged. Nothing in the project changes.
 */
public final class ExportOperation {
    /** The reason recorded for spans that are not exported because they are not inside the body region. */
    public static final String OUTSIDE_BODY = "outside the document's body region";

    private final ProjectStore store;
    private final FormatRegistry formats;
    private final ExportRequest request;
    private final Function<ExportReport, Tokenization> tokenizations;
    private AgreementSummary agreement;
    private UndecidedDisagreements undecided;

    public ExportOperation(ProjectStore store, FormatRegistry formats, ExportRequest request) {
        this(store, formats, request, report -> Tokenizations.icu(report::note, tokenCache(store)));
    }

    /** @param tokenizations makes the tokenization of each source's export from that export's report */
    public ExportOperation(ProjectStore store, FormatRegistry formats, ExportRequest request,
            Function<ExportReport, Tokenization> tokenizations) {
        this.store = store;
        this.formats = formats;
        this.request = request;
        this.tokenizations = tokenizations;
    }

    /**
     * The project's cache of each text's tokens: a second export of the same texts skips ICU's breaking (the
     * tokens are checked before use; see {@link TokenCache}).
     */
    private static TokenCache tokenCache(ProjectStore store) {
        Map<String, Document> documents = new java.util.HashMap<>();
        store.project().getDocuments().forEach(document -> documents.put(document.getId(), document));
        return new TokenCache(store.layout(), documents);
    }

    /** Computes the agreement figures of the exported documents for the dataset card. */
    public ExportOperation withAgreement(AgreementSummary summary) {
        this.agreement = summary;
        return this;
    }

    /** Flags exported gold documents where annotators disagree and gold has decided nothing yet. */
    public ExportOperation withUndecidedDisagreements(UndecidedDisagreements finder) {
        this.undecided = finder;
        return this;
    }

    /**
     * @throws IllegalArgumentException when the request names an unknown format, option, layer, label, annotator
     *                                  or document, names a document the source has no set for, or selects no
     *                                  document that has one (see {@link ExportSelection})
     * @throws IOException              when the output folder is not empty (without overwrite) or cannot be
     *                                  written, or an annotation file is damaged
     * @throws ExportException          when the format cannot write a span correctly
     */
    public ExportResult execute(IProgressMonitor monitor) throws IOException, ExportException {
        FormatSupport format = formats.exporter(request.format());
        checkOptions(format);
        List<String> layers = selectedLayers();
        checkLabels(layers);
        ExportSelection selection = ExportSelection.of(store, request.source(), request.documents());
        // The exported sets are checked as they are loaded, one by one; the others now.
        refuseDamaged(selection, otherSets(selection));
        checkFolder(request.output());
        // Everything is written into a staging folder beside the output and moved there only when complete:
        // a failure half-way leaves no partial file behind.
        ExportStaging staging = ExportStaging.beside(request.output());
        try {
            ExportResult result;
            try {
                result = write(format, layers, selection, staging.folder(), monitor);
            } catch (DamagedFileException e) {
                // Described as before any streaming: every damaged document, from the doctor.
                refuseDamaged(selection, null);
                throw e;
            } catch (java.io.UncheckedIOException e) {
                if (e.getCause() instanceof DamagedFileException) {
                    refuseDamaged(selection, null);
                }
                throw e;
            }
            staging.publish();
            return result;
        } finally {
            staging.discard();
            // What the export found sound is trusted by the next pass over the corpus (a second export skips it).
            store.verifiedFiles().save(store.project().getDocuments());
        }
    }

    private ExportResult write(FormatSupport format, List<String> layers, ExportSelection selection, Path stagingFolder,
            IProgressMonitor monitor) throws IOException, ExportException {
        Path output = request.output();

        SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + format.name(),
                selection.sources().size() * 10 + 2);
        List<ExportResult.Source> results = new ArrayList<>();
        List<String> notes = new ArrayList<>(selection.notes());
        String tokenizer = null;
        boolean each = request.source().equals(ExportRequest.EACH);
        for (ExportSelection.Source source : selection.sources()) {
            RecordingExportReport report = new RecordingExportReport();
            Path directory = each ? ExportFiles.inside(stagingFolder, source.name()) : stagingFolder;
            Files.createDirectories(directory);
            DatasetSplitter splitter = new DatasetSplitter(request.split(), request.seed(), request.stratify());
            List<Document> documents = source.documents();
            List<String> split = split(source, layers, splitter, report, progress.split(3));
            List<String> splits = splitter.splitNames().stream().filter(split::contains).toList();
            LazyTokenization tokenization = new LazyTokenization(tokenizations, report);
            StreamedExportContext context = new StreamedExportContext(store, directory, source.name(), documents, split,
                    splits, layers, request.labels(), request.options(), tokenization, report);
            int notesBefore = report.noteCount();
            format.write(context, progress.split(7));
            int outside = context.outside();
            if (outside > 0) {
                report.insertNote(notesBefore, outside + (outside == 1 ? " span lies" : " spans lie")
                        + " outside the documents' body regions and " + (outside == 1 ? "was" : "were") + " left out");
            }
            if (tokenization.used()) {
                tokenizer = tokenization.description();
            }
            List<String> empty = splitter.splitNames().stream().filter(name -> !splits.contains(name)).toList();
            if (!empty.isEmpty()) {
                report.note("no document went to " + String.join(", ", empty) + ": " + split.size()
                        + " documents" + (request.groupBy() == null ? "" : " in their groups") + " cannot fill " + request.split());
            }
            report.moved(stagingFolder, output);
            results.add(new ExportResult.Source(source.name(), each ? output.resolve(source.name()) : output,
                    documentsBySplit(documents, split, splitter.splitNames()), source.leftOut(), report));
        }
        Map<String, Integer> undecidedPlaces = undecided(layers, selection);
        progress.worked(1);
        DatasetCard card = new DatasetCard(store, format, request, layers, tokenizer, results, notes,
                agreement(layers, results), undecidedPlaces);
        Path readme = card.writeReadme(stagingFolder);
        Path json = card.writeJson(stagingFolder);
        progress.worked(1);
        return new ExportResult(output, results, notes, undecidedPlaces,
                output.resolve(readme.getFileName().toString()), output.resolve(json.getFileName().toString()));
    }

    /**
     * Refuses when a selected document's text or one of its sets ({@code annotators}' only, when given) is
     * damaged: training data from a changed text or half a set would be wrong without anyone noticing.
     */
    private void refuseDamaged(ExportSelection selection, Set<String> annotators) throws IOException {
        java.util.LinkedHashSet<Document> documents = new java.util.LinkedHashSet<>();
        selection.sources().forEach(source -> documents.addAll(source.documents()));
        if (annotators != null) {
            // Only documents that have such sets: the texts and exported sets are checked as they are loaded.
            documents.removeIf(document -> setFiles(document).stream().noneMatch(annotators::contains));
            if (documents.isEmpty()) {
                return;
            }
        }
        DoctorReport report = new ProjectDoctor(store).examineDocuments(documents, annotators);
        Map<String, List<Finding>> damaged = report.byDocument();
        if (damaged.isEmpty()) {
            return;
        }
        Map.Entry<String, List<Finding>> first = damaged.entrySet().iterator().next();
        Finding finding = first.getValue().get(0);
        int more = report.findings().size() - 1;
        throw new IOException("document '" + first.getKey() + "' is damaged: " + report.absolute(finding) + ": "
                + finding.message() + (more > 0 ? " (and " + more + " more problems in "
                        + String.join(", ", damaged.keySet()) + ")" : "") + "; nothing was written. Run glossa check "
                + store.layout().root() + ", or leave the damaged documents out with --documents");
    }

    /**
     * The annotators (and gold) whose sets the export does not load but the card's agreement may read: every
     * one with a set of a selected document, except the exported sources.
     */
    private Set<String> otherSets(ExportSelection selection) {
        Set<String> exported = new TreeSet<>();
        selection.sources().forEach(source -> exported.add(source.name()));
        Set<String> others = new TreeSet<>();
        for (ExportSelection.Source source : selection.sources()) {
            for (Document document : source.documents()) {
                setFiles(document).stream().filter(name -> !exported.contains(name)).forEach(others::add);
            }
        }
        return others;
    }

    /** The undecided places per exported gold document, or null when not checked (not gold, or no finder). */
    private Map<String, Integer> undecided(List<String> layers, ExportSelection selection) throws IOException {
        if (undecided == null || !request.source().equals(ProjectLayout.GOLD)) {
            return null;
        }
        List<String> ids = selection.sources().get(0).documentIds();
        Map<String, Integer> counts = undecided.count(store, layers, ids);
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String id : ids) {
            int count = counts.getOrDefault(id, 0);
            if (count > 0) {
                ordered.put(id, count);
            }
        }
        return ordered;
    }

    /** The agreement over the exported documents, or why there is none. */
    private ObjectNode agreement(List<String> layers, List<ExportResult.Source> results) throws IOException {
        if (agreement == null) {
            return null;
        }
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        results.forEach(source -> source.documents().values().forEach(ids::addAll));
        return agreement.summarize(store, layers, List.copyOf(ids));
    }

    /**
     * Whose set files the document's folder holds, by name only: nothing is read (the store's listing reads
     * every file's first element).
     */
    private List<String> setFiles(Document document) {
        Path folder = store.layout().annotationsOf(document.getId());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".xmi") && !name.startsWith("."))
                    .map(name -> name.substring(0, name.length() - ".xmi".length())).toList();
        } catch (IOException e) {
            return store.annotatorsOf(document); // the store's listing, which records the problem
        }
    }

    private void checkOptions(FormatSupport format) {
        Map<String, String> known = format.options();
        List<String> unknown = request.options().keySet().stream().filter(name -> !known.containsKey(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("format " + format.id() + " has no option " + String.join(", ", unknown)
                    + "; its options: " + (known.isEmpty() ? "none" : String.join(", ", new TreeSet<>(known.keySet()))));
        }
    }

    /** The requested layers by their schema names, or every layer with Entity first. */
    private List<String> selectedLayers() {
        List<String> all = store.schema().getLayers().stream().map(Layer::getName).toList();
        if (request.layers().isEmpty()) {
            List<String> ordered = new ArrayList<>(all);
            if (ordered.remove(NewsSchema.ENTITY)) {
                ordered.add(0, NewsSchema.ENTITY);
            }
            return ordered;
        }
        List<String> selected = new ArrayList<>();
        for (String wanted : request.layers()) {
            String name = all.stream().filter(l -> l.equals(wanted)).findFirst()
                    .or(() -> all.stream().filter(l -> l.equalsIgnoreCase(wanted)).findFirst())
                    .orElseThrow(() -> new IllegalArgumentException("unknown layer '" + wanted + "'; layers: "
                            + String.join(", ", all)));
            if (!selected.contains(name)) {
                selected.add(name);
            }
        }
        return selected;
    }

    private void checkLabels(List<String> layers) {
        Set<String> known = new TreeSet<>();
        for (String layer : layers) {
            SchemaQuery.layer(store.schema(), layer).ifPresent(l -> l.getLabels().stream().map(Label::getName).forEach(known::add));
        }
        List<String> unknown = request.labels().stream().filter(label -> !known.contains(label)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("label " + String.join(", ", unknown) + " is not in the layers "
                    + String.join(", ", layers) + "; their labels: " + String.join(", ", known));
        }
    }

    private void checkFolder(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(folder + " is a file, not a folder");
        }
        if (Files.isDirectory(folder) && !request.overwrite()) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(folder + " is not empty; choose an empty folder or overwrite its files");
                }
            }
        }
    }

    /**
     * The split of each of the source's documents, decided from their metadata before any set is loaded; only
     * stratification counts each document's labels, reading one set at a time.
     */
    private List<String> split(ExportSelection.Source source, List<String> layers, DatasetSplitter splitter,
            RecordingExportReport report, IProgressMonitor monitor) throws IOException {
        List<Document> documents = source.documents();
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + describe(source.name()), documents.size());
        List<DatasetSplitter.Item> items = new ArrayList<>(documents.size());
        int ungrouped = 0;
        boolean counting = request.stratify() && request.split() != null;
        for (Document document : documents) {
            progress.checkCanceled();
            String group = groupOf(document);
            if (request.groupBy() != null && group == null) {
                ungrouped++;
            }
            Map<String, Integer> labels = counting ? labelCounts(document, source.name(), layers) : Map.of();
            items.add(new DatasetSplitter.Item(document.getId(), group, labels));
            progress.worked(1);
        }
        if (ungrouped > 0) {
            report.note(ungrouped + " of " + documents.size() + " documents have no '" + request.groupBy()
                    + "'; each of them was placed as a group of its own");
        }
        Map<String, String> assignment = splitter.assign(items);
        return documents.stream().map(d -> assignment.get(d.getId())).toList();
    }

    /** The exported spans of a document (selected layers and labels, inside the body) counted by label. */
    private Map<String, Integer> labelCounts(Document document, String source, List<String> layers) throws IOException {
        Map<String, Integer> labels = new TreeMap<>();
        for (SpanAnnotation span : store.read(document, source).set().getSpans()) {
            boolean selected = layers.contains(span.getLayer())
                    && (request.labels().isEmpty() || request.labels().contains(span.getLabel()));
            if (selected && span.getBegin() >= document.getBodyBegin() && span.getEnd() <= document.getBodyEnd()) {
                labels.merge(span.getLabel(), 1, Integer::sum);
            }
        }
        return labels;
    }

    private String groupOf(Document document) {
        String key = request.groupBy();
        if (key == null) {
            return null;
        }
        // Case and surrounding blanks do not make another outlet.
        String value = key.equals("source") && document.getSource() != null ? document.getSource()
                : document.getMetadata().get(key);
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<String>> documentsBySplit(List<Document> documents, List<String> documentSplits,
            List<String> splits) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (String split : splits) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                if (documentSplits.get(i).equals(split)) {
                    ids.add(documents.get(i).getId());
                }
            }
            result.put(split, List.copyOf(ids));
        }
        return result;
    }

    private static String describe(String source) {
        return source.equals(ProjectLayout.GOLD) ? "the gold annotations" : source + "'s annotations";
    }

    /**
     * Made on first use, so formats that do not tokenize never need the tokenizer; remembers whether it was
     * used, so the card names a tokenizer only when one was.
     */
    private static final class LazyTokenization implements Tokenization {
        private final Function<ExportReport, Tokenization> factory;
        private final ExportReport report;
        private Tokenization delegate;

        LazyTokenization(Function<ExportReport, Tokenization> factory, ExportReport report) {
            this.factory = factory;
            this.report = report;
        }

        synchronized boolean used() {
            return delegate != null;
        }

        private synchronized Tokenization delegate() {
            if (delegate == null) {
                delegate = factory.apply(report);
            }
            return delegate;
        }

        @Override
        public List<Sentence> sentences(String documentId, String text, TextRegion body, List<SpanAnnotation> respect) {
            return delegate().sentences(documentId, text, body, respect);
        }

        @Override
        public String description() {
            return delegate().description();
        }
    }
}
