package org.glossa.core.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glossa.model.AnnotationSchema;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.text.Tokenization;

/** Everything a format needs to write one source's dataset. Provided by the export operation. */
public interface ExportContext {
    /** The folder to write into (exists). With several sources, one folder per source. */
    Path directory();

    /**
     * A file inside {@link #directory()}, by its path elements (e.g. a split folder, then a document's file). Every
     * format writes through this, so a name taken from the data (a document id) never leads outside the output
     * folder.
     *
     * @throws IllegalArgumentException for an empty name, {@code .} or {@code ..}, or one with a separator
     */
    default Path file(String... names) {
        return ExportFiles.inside(directory(), names);
    }

    /** Whose annotations: {@code gold} or an annotator's name. */
    String source();

    AnnotationSchema schema();

    /**
     * All documents of this export, each tagged with its split, in a stable order, loaded all at once. For small
     * exports and tests; formats write through {@link #forEachDocument(Preparation, Writing)}, which holds only a
     * few documents at a time.
     */
    List<ExportDocument> documents();

    /** How many documents this export writes (nothing is loaded). */
    default int documentCount() {
        return documents().size();
    }

    /** The project's documents of this export (id, title, metadata), in the order of {@link #documents()} (nothing is loaded). */
    default List<Document> projectDocuments() {
        return documents().stream().map(ExportDocument::document).toList();
    }

    /** The splits of the documents, in the order of {@link #documents()} (nothing is loaded). */
    default List<String> documentSplits() {
        return documents().stream().map(ExportDocument::split).toList();
    }

    /**
     * Loads the documents one after another, in the order of {@link #documents()}, and gives each to
     * {@code prepare} and then, with what that made, to {@code write}, dropping it afterwards. {@code prepare}
     * may run on another thread while the document before is written, but always one document after another,
     * in order; {@code write} runs on the calling thread, in order. The output is the same as with a plain loop.
     */
    default <T> void forEachDocument(Preparation<T> prepare, Writing<T> write) throws IOException, ExportException {
        for (ExportDocument document : documents()) {
            write.write(document, prepare.prepare(document));
        }
    }

    /**
     * {@link #forEachDocument(Preparation, Writing)}, except that {@code prepare} may run for several documents at
     * once, on several threads (tokenizing is most of a token format's work: both cores share it). {@code prepare}
     * must then change nothing but through the context's {@link #report()} and {@link #tokenization()}, whose
     * effects are carried out in document order, just before the document is written; the output and the report
     * are still those of a plain loop.
     */
    default <T> void forEachDocumentConcurrently(Preparation<T> prepare, Writing<T> write) throws IOException, ExportException {
        forEachDocument(prepare, write);
    }

    /** {@link #forEachDocument(Preparation, Writing)} without a preparation. */
    default void forEachDocument(DocumentWriting write) throws IOException, ExportException {
        forEachDocument(document -> null, (document, nothing) -> write.write(document));
    }

    /** What a format computes from a document before writing it (e.g. its tokens); see {@link #forEachDocument}. */
    @FunctionalInterface
    interface Preparation<T> {
        T prepare(ExportDocument document) throws IOException, ExportException;
    }

    /** How a format writes a document that needs no {@link Preparation}. */
    @FunctionalInterface
    interface DocumentWriting {
        void write(ExportDocument document) throws IOException, ExportException;
    }

    /** How a format writes a document, with what its {@link Preparation} made. */
    @FunctionalInterface
    interface Writing<T> {
        void write(ExportDocument document, T prepared) throws IOException, ExportException;
    }

    /** The splits present, in order: {@code train, dev, test}, or just {@code all} without splitting. */
    List<String> splits();

    /** The selected layers (e.g. {@code Entity}); token formats use the first one unless told otherwise. */
    List<String> layers();

    /** The selected labels; empty means every label of the selected layers. */
    Set<String> labels();

    /** Format options given by the user ({@code --option name=value}), already checked against {@link FormatSupport#options()}. */
    Map<String, String> options();

    default String option(String name, String defaultValue) {
        return options().getOrDefault(name, defaultValue);
    }

    Tokenization tokenization();

    ExportReport report();

    /**
     * Checks that what the format writes for a span is exactly the text the span covers.
     *
     * @throws ExportException naming the document, the span (id, layer, label, offsets) and both texts
     */
    void verify(ExportDocument document, SpanAnnotation span, String exportedText) throws ExportException;
}
