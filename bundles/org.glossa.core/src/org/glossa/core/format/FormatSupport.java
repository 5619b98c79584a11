package org.glossa.core.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glossa.core.files.FolderWalk;

/**
 * One data format Glossa writes (a training-data export) and/or reads (another tool's annotations). Each
 * format bundle ({@code org.glossa.io.*}) registers its implementations as OSGi services of this type; the
 * {@link FormatRegistry} collects them. Implementations are stateless.
 */
public interface FormatSupport {
    /** The id used on the command line, e.g. {@code conll}, {@code spans-jsonl}. */
    String id();

    /** A short human name, e.g. "CoNLL 2003 token file". */
    String name();

    /** One line for {@code glossa export --help}: what is written and how offsets are counted. */
    String description();

    default boolean canExport() {
        return false;
    }

    default boolean canImport() {
        return false;
    }

    /** The options this format understands (name → one-line description), for help texts and validation. */
    default Map<String, String> options() {
        return Map.of();
    }

    /** How exported offsets are counted, for the dataset card, e.g. "Unicode code points, end exclusive". */
    default String offsetConvention() {
        return "none: token-level format";
    }

    /**
     * Writes the documents of one source into {@link ExportContext#directory()}: every split present, each
     * exported span verified against the text ({@link ExportContext#verify}); what the format cannot carry is
     * reported in {@link ExportContext#report()}, never silently dropped.
     */
    default void write(ExportContext context, IProgressMonitor monitor) throws IOException, ExportException {
        throw new UnsupportedOperationException(id() + " cannot export");
    }

    /**
     * Reads the files (and the files inside folders given) into documents with spans and links. Nothing is
     * applied to any project here; malformed input throws {@link AnnotationImportException} naming file and line.
     */
    default List<ReadDocument> read(List<Path> files, IProgressMonitor monitor) throws IOException, AnnotationImportException {
        throw new UnsupportedOperationException(id() + " cannot import");
    }

    /**
     * {@link #read(List, IProgressMonitor)}, listing the files of folders through {@code folders} (which decides
     * about symbolic links and unreadable folders, and collects warnings). Formats that read folders override
     * this; the default is for formats that read only the files given.
     */
    default List<ReadDocument> read(List<Path> files, FolderWalk folders, IProgressMonitor monitor)
            throws IOException, AnnotationImportException {
        return read(files, monitor);
    }
}
