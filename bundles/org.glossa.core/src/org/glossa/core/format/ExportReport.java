package org.glossa.core.format;

import java.nio.file.Path;

import org.glossa.model.SpanAnnotation;

/** What an export wrote and what it could not carry; becomes part of the dataset card and the command's output. */
public interface ExportReport {
    /** A file written (relative paths are resolved against the export folder). */
    void written(Path file);

    /** A span that the output carries, counted per split and label for the dataset card. */
    void carried(ExportDocument document, SpanAnnotation span);

    /** A span the format cannot express (nested in a token format, crossing a sentence, ...), with the reason. */
    void notCarried(ExportDocument document, SpanAnnotation span, String reason);

    /** Anything else the user should read. */
    void note(String message);
}
