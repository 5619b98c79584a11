package org.glossa.io.conll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glossa.core.format.AnnotationImportException;
import org.glossa.core.format.ReadDocument.ReadSpan;
import org.glossa.core.format.ReadDocument;
import org.glossa.core.format.Utf8Lines;
import org.glossa.core.files.FolderWalk;
import org.glossa.core.files.InputLimits;
import org.glossa.core.files.ReadingFailure;

/**
 * Reads CoNLL-style token files into documents.
 * <ul>
 * <li>Layouts: CoNLL-2003 (4 or 5 space-separated columns), CoNLL-2002 (3 columns), two columns (token and
 * tag, TAB- or space-separated: doccano, DKPro), all with the token first and the tag last; GermEval 2014 (TAB,
 * token number, token, outer tag, embedded tag; {@code #} comment lines) with both tag columns read, so nested
 * entities become nested spans. Columns are separated by one TAB when the first token line has one, otherwise by
 * one or more spaces (doccano's example file uses two). Every token line must have as many columns as the first.
 * Also spaCy's sentence-per-line IOB files: one sentence per line, tokens {@code word|POS|TAG} or {@code word|TAG}.</li>
 * <li>A blank line ends a sentence; a line starting with {@code -DOCSTART-} ends a document. A file without one is
 * one document. Documents are named after the file ({@code train}), numbered when a file holds several
 * ({@code train-1}, {@code train-2}, ...); documents without tokens are skipped.</li>
 * <li>Tags: see {@link TagDecoder}.</li>
 * <li>The text is rebuilt by joining a sentence's tokens with single spaces and the sentences with line breaks
 * (as doccano does); span offsets are exact in that text.</li>
 * </ul>
 */
final class ConllReader {
    private static final Set<String> EXTENSIONS = Set.of("conll", "conll02", "conll03", "conll2002", "conll2003", "iob",
            "iob1", "iob2", "bio", "bioes", "bilou", "tsv", "txt", "sample");

    List<ReadDocument> read(List<Path> paths, FolderWalk folders, IProgressMonitor monitor)
            throws IOException, AnnotationImportException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            files.addAll(expand(path, folders));
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Reading CoNLL files", files.size());
        List<ReadDocument> documents = new ArrayList<>();
        for (Path file : files) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            documents.addAll(readFile(file));
            progress.worked(1);
        }
        return documents;
    }

    /** A file as given, or a folder's token files (by extension, not recursive), sorted by name. */
    private static List<Path> expand(Path path, FolderWalk folders) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        return folders.files(path, 1, f -> EXTENSIONS.contains(extension(f)));
    }

    /**
     * Reads one file line by line (never whole: a token file may be large); a line over the line bound, or a
     * document whose text grows over the text limit, is refused with the file and line.
     */
    List<ReadDocument> readFile(Path file) throws IOException, AnnotationImportException {
        try (Utf8Lines lines = new Utf8Lines(file)) {
            ConllLayout layout = null;
            FileDocuments documents = null;
            // Lines before the first token line are read again once the layout is known: a "#" line that fits
            // it is a token; they are few, and bounded like a text.
            List<String> before = new ArrayList<>();
            long beforeChars = 0;
            for (String raw = lines.next(); raw != null; raw = lines.next()) {
                int lineNumber = lines.lineNumber();
                if (layout == null) {
                    if (ConllLayout.precedesTokens(raw)) {
                        before.add(raw);
                        beforeChars += raw.length();
                        if (beforeChars > InputLimits.MAX_TEXT_BYTES) {
                            throw new AnnotationImportException(file, lineNumber,
                                    "no token line in the first " + InputLimits.textLimit());
                        }
                        continue;
                    }
                    layout = ConllLayout.detect(file, raw, lineNumber);
                    documents = new FileDocuments(file, layout.tagColumns().length);
                    for (int i = 0; i < before.size(); i++) {
                        readLine(before.get(i).stripTrailing(), i + 1, layout, documents);
                    }
                    before = null;
                }
                readLine(raw.stripTrailing(), lineNumber, layout, documents);
            }
            if (layout == null) {
                throw new AnnotationImportException(file, 0, "holds no token lines");
            }
            documents.endDocument();
            return documents.result();
        } catch (VirtualMachineError e) {
            throw ReadingFailure.of(file, e);
        }
    }

    private static void readLine(String line, int lineNumber, ConllLayout layout, FileDocuments documents)
            throws AnnotationImportException {
        Path file = documents.file;
        if (line.isBlank()) {
            documents.endSentence();
        } else if (line.startsWith("-DOCSTART-")) {
            documents.endDocument();
        } else if (layout.pipes()) {
            for (String field : layout.split(line)) {
                String[] token = ConllLayout.pipedToken(field, file, lineNumber);
                documents.token(token[0], new String[] { token[1] }, lineNumber);
            }
            documents.endSentence();
        } else {
            String[] fields = layout.split(line);
            if (line.startsWith("#") && !layout.fits(fields)) {
                return; // a comment line (GermEval), not a token "#" with its tags
            }
            layout.check(fields, file, lineNumber);
            documents.token(fields[layout.tokenColumn()], layout.tags(fields), lineNumber);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /** The documents of one file as its lines are read: the rebuilt text and the spans decoded so far. */
    private static final class FileDocuments {
        private final Path file;
        private final List<ReadDocument> finished = new ArrayList<>();
        private final TagDecoder[] decoders;
        private StringBuilder text = new StringBuilder();
        private List<ReadSpan> spans = new ArrayList<>();
        private boolean inSentence;
        private boolean hasTokens;
        private long textBytes;

        FileDocuments(Path file, int tagColumns) {
            this.file = file;
            this.decoders = new TagDecoder[tagColumns];
            for (int c = 0; c < tagColumns; c++) {
                decoders[c] = new TagDecoder((type, begin, end, line) -> spans.add(
                        new ReadSpan("T" + (spans.size() + 1), type, begin, end, Map.of(), null, line)));
            }
        }

        void token(String token, String[] tags, int line) throws AnnotationImportException {
            if (inSentence) {
                text.append(' ');
            } else if (hasTokens) {
                text.append('\n');
            }
            // the running size of the rebuilt text: refused at the limit, not after the whole file is held
            textBytes += 1 + InputLimits.utf8Length(token);
            if (textBytes > InputLimits.MAX_TEXT_BYTES) {
                throw new AnnotationImportException(file, line,
                        "the document's text grows over the limit of " + InputLimits.textLimit());
            }
            int begin = text.length();
            text.append(token);
            for (int c = 0; c < decoders.length; c++) {
                decoders[c].accept(tags[c], begin, text.length(), file, line);
            }
            inSentence = true;
            hasTokens = true;
        }

        void endSentence() {
            for (TagDecoder decoder : decoders) {
                decoder.close();
            }
            inSentence = false;
        }

        void endDocument() {
            endSentence();
            if (hasTokens) {
                spans.sort(Comparator.comparingInt(ReadSpan::begin).thenComparing(Comparator.comparingInt(ReadSpan::end).reversed()));
                finished.add(new ReadDocument(null, text.toString(), List.copyOf(spans), List.of(), Map.of(), file));
            }
            text = new StringBuilder();
            spans = new ArrayList<>();
            hasTokens = false;
            textBytes = 0;
        }

        List<ReadDocument> result() {
            String base = baseName(file);
            List<ReadDocument> named = new ArrayList<>();
            for (int i = 0; i < finished.size(); i++) {
                ReadDocument document = finished.get(i);
                String id = finished.size() == 1 ? base : base + "-" + (i + 1);
                named.add(new ReadDocument(id, document.text(), renumber(document.spans()), document.links(),
                        document.metadata(), file));
            }
            return named;
        }

        /** Keys T1, T2, ... in document order (decoding finishes nested spans out of order). */
        private static List<ReadSpan> renumber(List<ReadSpan> spans) {
            List<ReadSpan> result = new ArrayList<>();
            for (ReadSpan span : spans) {
                result.add(new ReadSpan("T" + (result.size() + 1), span.type(), span.begin(), span.end(), span.attributes(),
                        span.note(), span.line()));
            }
            return result;
        }
    }
}
