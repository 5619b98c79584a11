package org.glossa.io.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glossa.core.files.FolderWalk;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glossa.core.format.AnnotationImportException;
import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportFiles;
import org.glossa.core.format.ExportException;
import org.glossa.core.format.FormatSupport;
import org.glossa.core.format.ReadDocument;

/**
 * brat standoff (FORMATS.md §1.1), offsets in Unicode code points.
 * <p>
 * <b>Export</b>: per document {@code <id>.txt} (the whole text, unchanged, {@code \n} line ends) and
 * {@code <id>.ann} (spans of the body, see {@link BratAnnWriter}), in the export folder, or in a folder per
 * split ({@code train/}, ...) when the export is split; {@code annotation.conf} and {@code visual.conf} from
 * the schema in the export folder, where brat finds them for every split (see {@link BratConfiguration}).
 * The {@code T} type is the span's label (labels are unique within a layer; a label used by two exported
 * layers reads back into one of them only).
 * <p>
 * <b>Import</b> ({@code .ann} files, their {@code .txt} files, or folders searched recursively): every line's
 * offsets are converted to UTF-16 and every {@code T} line's text is checked against the {@code .txt} (a
 * mismatch is an error naming file and line).
 * <ul>
 * <li>{@code T} lines become spans typed with the brat type. A discontinuous span whose fragments are separated
 * only by white space or line breaks (how brat writes a span across lines) becomes one span from the first
 * fragment's start to the last one's end; other discontinuous spans are not supported.</li>
 * <li>{@code R} lines become links typed with the relation type, from the first argument to the second.</li>
 * <li>{@code A}/{@code M} lines become attributes of their span (a binary attribute has the value
 * {@code true}); {@code N} lines the attribute {@code normalization} ({@code Wikipedia:534366}); {@code #}
 * lines of type {@code AnnotatorNotes} the span's note, other {@code #} lines the attribute named by their type
 * (how Glossa writes free-text attributes).</li>
 * <li>Not supported: {@code E} events, attributes, notes and normalizations of events or relations, relations
 * with events as arguments, and discontinuous spans with text between their fragments: an error naming file
 * and line, or, when read {@link #BratFormat(boolean) leniently}, those lines are skipped with a warning.</li>
 * <li>{@code *} equivalence lines are always skipped with a warning.</li>
 * </ul>
 * Warnings are returned in the document's metadata under {@link #WARNINGS}, one per line.
 */
public final class BratFormat implements FormatSupport {
    /** Metadata key of a read document's warnings (lines skipped), one per line; not document metadata. */
    public static final String WARNINGS = "import.warnings";

    private final boolean lenient;

    /** Reads strictly: anything Glossa cannot keep is an error. */
    public BratFormat() {
        this(false);
    }

    /** @param lenient skip (with a warning) the lines Glossa cannot keep instead of failing */
    public BratFormat(boolean lenient) {
        this.lenient = lenient;
    }

    @Override
    public String id() {
        return "brat";
    }

    @Override
    public String name() {
        return "brat standoff";
    }

    @Override
    public String description() {
        return "<id>.txt + <id>.ann per document (T spans, R links, A attributes, # notes) with annotation.conf and"
                + " visual.conf from the schema; offsets in code points";
    }

    @Override
    public boolean canExport() {
        return true;
    }

    @Override
    public boolean canImport() {
        return true;
    }

    @Override
    public String offsetConvention() {
        return "Unicode code points, end exclusive (brat standoff); spans across line breaks as fragments between them";
    }

    @Override
    public void write(ExportContext context, IProgressMonitor monitor) throws IOException, ExportException {
        BratConfiguration configuration = new BratConfiguration(context.schema(), context.layers(), context.labels());
        write(context, context.file("annotation.conf"), configuration.annotationConf());
        write(context, context.file("visual.conf"), configuration.visualConf());
        BratAnnWriter writer = new BratAnnWriter(context);
        SubMonitor progress = SubMonitor.convert(monitor, "Writing brat files", context.documentCount());
        boolean split = !context.splits().equals(List.of("all"));
        context.forEachDocument(document -> {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (document.text().indexOf('\r') >= 0) {
                throw new ExportException("document " + document.id() + ": the text contains a carriage return, which brat"
                        + " counts differently depending on its Python version; Glossa's texts have \\n line ends");
            }
            Path folder = split ? context.file(document.split()) : context.directory();
            Files.createDirectories(folder);
            String ann = writer.write(document);
            write(context, ExportFiles.inside(folder, document.id() + ".txt"), document.text());
            write(context, ExportFiles.inside(folder, document.id() + ".ann"), ann);
            progress.worked(1);
        });
        writer.reportTotals();
    }

    private static void write(ExportContext context, Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        context.report().written(file);
    }

    @Override
    public List<ReadDocument> read(List<Path> files, IProgressMonitor monitor) throws IOException, AnnotationImportException {
        return read(files, FolderWalk.strict(), monitor);
    }

    @Override
    public List<ReadDocument> read(List<Path> files, FolderWalk folders, IProgressMonitor monitor)
            throws IOException, AnnotationImportException {
        return new BratReader(lenient).read(files, folders, monitor);
    }
}
