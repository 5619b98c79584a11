package org.glossa.core.ops;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportDocument;
import org.glossa.core.format.ExportException;
import org.glossa.core.format.ExportReport;
import org.glossa.core.format.SimpleExportContext;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.text.OrderedEffects;
import org.glossa.text.TextRegion;
import org.glossa.text.Tokenization;

/**
 * The {@link ExportContext} of an export operation: it knows the documents and their splits, and loads a
 * document's text and set only when the format comes to it, so that an export of any size holds a few documents
 * at a time. Loading, preparing and writing overlap: two threads load (parsing a set is most of an export's
 * work), one prepares and reports in document order, the caller writes in document order, so the output and the
 * report are those of a plain loop.
 */
final class StreamedExportContext implements ExportContext {
    /** Documents loaded or prepared ahead of the one being written: enough to keep every thread busy. */
    private static final int AHEAD = 8;
    /** Threads that load: both cores of a small machine, no more (more would only compete with the writer). */
    private static final int LOADERS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private final ProjectStore store;
    private final Path directory;
    private final String source;
    private final List<Document> documents;
    private final List<String> documentSplits;
    private final List<String> splits;
    private final List<String> layers;
    private final Set<String> labels;
    private final Map<String, String> options;
    private final Tokenization tokenization;
    private final ExportReport report;
    private final ExportReport orderedReport;
    private final BitSet outsideReported = new BitSet();
    private int outside;

    /**
     * @param documents      the exported documents, in order
     * @param documentSplits the split of each of them
     * @param splits         the splits present, in order
     */
    StreamedExportContext(ProjectStore store, Path directory, String source, List<Document> documents,
            List<String> documentSplits, List<String> splits, List<String> layers, Set<String> labels,
            Map<String, String> options, Tokenization tokenization, ExportReport report) {
        this.store = store;
        this.directory = directory;
        this.source = source;
        this.documents = List.copyOf(documents);
        this.documentSplits = List.copyOf(documentSplits);
        this.splits = List.copyOf(splits);
        this.layers = List.copyOf(layers);
        this.labels = Set.copyOf(labels);
        this.options = Map.copyOf(options);
        this.tokenization = tokenization;
        this.report = report;
        this.orderedReport = new OrderedExportReport(report);
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public AnnotationSchema schema() {
        return store.schema();
    }

    @Override
    public List<ExportDocument> documents() {
        List<ExportDocument> loaded = new ArrayList<>(documents.size());
        try {
            for (int i = 0; i < documents.size(); i++) {
                loaded.add(reported(i, load(i)));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return loaded;
    }

    @Override
    public int documentCount() {
        return documents.size();
    }

    @Override
    public List<Document> projectDocuments() {
        return documents;
    }

    @Override
    public List<String> documentSplits() {
        return documentSplits;
    }

    @Override
    public <T> void forEachDocument(Preparation<T> prepare, Writing<T> write) throws IOException, ExportException {
        ExecutorService loader = Executors.newFixedThreadPool(LOADERS, daemon("glossa-export-load"));
        ExecutorService preparer = Executors.newSingleThreadExecutor(daemon("glossa-export-prepare"));
        ArrayDeque<Future<Prepared<T>>> window = new ArrayDeque<>();
        try {
            int next = 0;
            for (int i = 0; i < documents.size(); i++) {
                while (next < documents.size() && window.size() < AHEAD) {
                    int index = next++;
                    Future<Loaded> loaded = loader.submit(() -> load(index));
                    window.add(preparer.submit(() -> {
                        ExportDocument document = reported(index, await(loaded));
                        return new Prepared<>(document, prepare.prepare(document));
                    }));
                }
                Prepared<T> prepared = await(window.poll());
                write.write(prepared.document(), prepared.value());
            }
        } finally {
            window.forEach(future -> future.cancel(true));
            loader.shutdownNow();
            preparer.shutdownNow();
        }
    }

    /**
     * Each worker loads a document and prepares it at once, collecting the effects the preparation has on the
     * report and the tokenization; the caller carries them out in document order, just before writing the
     * document, so the report is the plain loop's.
     */
    @Override
    public <T> void forEachDocumentConcurrently(Preparation<T> prepare, Writing<T> write) throws IOException, ExportException {
        ExecutorService workers = Executors.newFixedThreadPool(LOADERS, daemon("glossa-export-prepare"));
        ArrayDeque<Future<Ready<T>>> window = new ArrayDeque<>();
        try {
            int next = 0;
            for (int i = 0; i < documents.size(); i++) {
                while (next < documents.size() && window.size() < AHEAD) {
                    int index = next++;
                    window.add(workers.submit(() -> {
                        Loaded loaded = load(index);
                        return new Ready<>(index, loaded, OrderedEffects.collect(() -> prepare.prepare(loaded.document())));
                    }));
                }
                Ready<T> ready = await(window.poll());
                ExportDocument document = reported(ready.index(), ready.loaded());
                write.write(document, ready.prepared().apply());
            }
        } finally {
            window.forEach(future -> future.cancel(true));
            workers.shutdownNow();
        }
    }

    @Override
    public List<String> splits() {
        return splits;
    }

    @Override
    public List<String> layers() {
        return layers;
    }

    @Override
    public Set<String> labels() {
        return labels;
    }

    @Override
    public Map<String, String> options() {
        return options;
    }

    @Override
    public Tokenization tokenization() {
        return tokenization;
    }

    /** The report; what a concurrent preparation reports is carried out in document order. */
    @Override
    public ExportReport report() {
        return orderedReport;
    }

    @Override
    public void verify(ExportDocument document, SpanAnnotation span, String exportedText) throws ExportException {
        SimpleExportContext.verifyCovered(document, span, exportedText);
    }

    /** How many spans lay outside their document's body region (each reported once, when first loaded). */
    synchronized int outside() {
        return outside;
    }

    /**
     * Document {@code index} with its selected spans inside the body, in document order, and those outside. The
     * set is read afresh and kept nowhere.
     */
    private Loaded load(int index) throws IOException {
        Document document = documents.get(index);
        ProjectStore.LoadedDocument loaded = store.read(document, source);
        TextRegion body = new TextRegion(document.getBodyBegin(), document.getBodyEnd());
        List<SpanAnnotation> inside = new ArrayList<>();
        List<SpanAnnotation> outsideSpans = new ArrayList<>();
        for (SpanAnnotation span : loaded.set().getSpans()) {
            if (!layers.contains(span.getLayer()) || (!labels.isEmpty() && !labels.contains(span.getLabel()))) {
                continue;
            }
            boolean inBody = span.getBegin() >= body.begin() && span.getEnd() <= body.end();
            (inBody ? inside : outsideSpans).add(span);
        }
        inside.sort(Spans.DOCUMENT_ORDER);
        outsideSpans.sort(Spans.DOCUMENT_ORDER);
        return new Loaded(new ExportDocument(document, loaded.text(), body, List.copyOf(inside), documentSplits.get(index)),
                outsideSpans);
    }

    /** The document, its spans outside the body reported the first time (called in document order). */
    private synchronized ExportDocument reported(int index, Loaded loaded) {
        if (!outsideReported.get(index)) {
            outsideReported.set(index);
            for (SpanAnnotation span : loaded.outside()) {
                report.notCarried(loaded.document(), span, ExportOperation.OUTSIDE_BODY);
            }
            outside += loaded.outside().size();
        }
        return loaded.document();
    }

    private static <V> V await(Future<V> future) throws IOException, ExportException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the export was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof ExportException export) {
                throw export;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Loaded(ExportDocument document, List<SpanAnnotation> outside) {
    }

    private record Prepared<T>(ExportDocument document, T value) {
    }

    private record Ready<T>(int index, Loaded loaded, OrderedEffects.Deferred<T> prepared) {
    }
}
