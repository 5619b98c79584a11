package org.glossa.core.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glossa.model.AnnotationSchema;
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

    /** All documents of this export, each tagged with its split, in a stable order. */
    List<ExportDocument> documents();

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
