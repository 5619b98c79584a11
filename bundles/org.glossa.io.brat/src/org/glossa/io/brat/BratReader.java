package org.glossa.io.brat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glossa.core.files.FolderWalk;
import org.glossa.core.files.InputLimits;
import org.glossa.core.files.ReadingFailure;
import org.glossa.core.format.AnnotationImportException;
import org.glossa.core.format.ReadDocument.ReadLink;
import org.glossa.core.format.ReadDocument.ReadSpan;
import org.glossa.core.format.ReadDocument;
import org.glossa.core.format.Utf8Files;

/**
 * Finds the {@code .ann} files (given directly, beside a given {@code .txt}, or anywhere below a given folder)
 * and reads each with the {@code .txt} of the same base name. brat counts offsets in the text exactly as the
 * file holds it; Glossa's texts have {@code \n} line ends and no byte order mark, so the spans are moved into
 * that text: offsets counted with {@code \r\n} as two characters (brat under Python 3) are read first, and if a
 * {@code T} line's text does not match, offsets counted with {@code \r\n} as one.
 */
final class BratReader {
    private final boolean lenient;

    BratReader(boolean lenient) {
        this.lenient = lenient;
    }

    List<ReadDocument> read(List<Path> paths, FolderWalk folders, IProgressMonitor monitor)
            throws IOException, AnnotationImportException {
        List<Path> annFiles = new ArrayList<>();
        for (Path path : paths) {
            annFiles.addAll(annFiles(path, folders));
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Reading brat files", annFiles.size());
        List<ReadDocument> documents = new ArrayList<>();
        for (Path annFile : annFiles) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            try {
                documents.add(readDocument(annFile));
            } catch (VirtualMachineError e) {
                throw ReadingFailure.of(annFile, e);
            }
            progress.worked(1);
        }
        return documents;
    }

    private static List<Path> annFiles(Path path, FolderWalk folders) throws IOException, AnnotationImportException {
        if (Files.isDirectory(path)) {
            return folders.files(path, Integer.MAX_VALUE, f -> f.getFileName().toString().endsWith(".ann"));
        }
        String name = path.getFileName().toString();
        if (name.endsWith(".ann")) {
            return List.of(path);
        }
        if (name.endsWith(".txt")) {
            Path annFile = sibling(path, ".ann");
            if (!Files.isRegularFile(annFile)) {
                throw new AnnotationImportException(path, 0, "no brat annotation file " + annFile.getFileName() + " beside it");
            }
            return List.of(annFile);
        }
        throw new AnnotationImportException(path, 0, "not a brat file: give .ann files, their .txt files or folders");
    }

    private ReadDocument readDocument(Path annFile) throws IOException, AnnotationImportException {
        Path textFile = sibling(annFile, ".txt");
        if (!Files.isRegularFile(textFile)) {
            throw new AnnotationImportException(annFile, 0, "no text file " + textFile.getFileName() + " beside it");
        }
        String raw = Utf8Files.read(textFile);
        String content = Utf8Files.read(annFile);
        int longLine = InputLimits.firstLongLine(content);
        if (longLine > 0) {
            throw new AnnotationImportException(annFile, longLine, "line longer than the limit of " + InputLimits.lineLimit());
        }
        TextForm form = TextForm.of(raw);
        BratAnnFile.Result result;
        try {
            result = new BratAnnFile(annFile, textFile, raw, lenient).parse(content);
        } catch (AnnotationImportException counted) {
            if (form.unified().equals(raw)) {
                throw counted;
            }
            try {
                result = new BratAnnFile(annFile, textFile, form.unified(), lenient).parse(content);
                form = TextForm.of(form.unified());
            } catch (AnnotationImportException unified) {
                throw counted;
            }
        }
        List<ReadSpan> spans = new ArrayList<>();
        for (ReadSpan span : result.spans()) {
            spans.add(span.at(form.offset(span.begin()), form.offset(span.end())));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        if (!result.warnings().isEmpty()) {
            metadata.put(BratFormat.WARNINGS, String.join("\n", result.warnings()));
        }
        List<ReadLink> links = result.links();
        return new ReadDocument(baseName(annFile), form.text(), List.copyOf(spans), links, metadata, annFile);
    }

    private static Path sibling(Path file, String extension) {
        return file.resolveSibling(baseName(file) + extension);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /**
     * A brat text and its Glossa form: {@code \r\n} and {@code \r} as {@code \n}, no byte order mark; maps
     * offsets of the one into the other.
     */
    private record TextForm(String raw, String text, int[] droppedBefore) {
        static TextForm of(String raw) {
            StringBuilder text = new StringBuilder(raw.length());
            int[] droppedBefore = new int[raw.length() + 1]; // characters dropped before each raw offset
            int dropped = 0;
            for (int i = 0; i < raw.length(); i++) {
                droppedBefore[i] = dropped;
                char c = raw.charAt(i);
                boolean bom = i == 0 && c == '\uFEFF';
                boolean crBeforeLf = c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n';
                if (bom || crBeforeLf) {
                    dropped++;
                } else {
                    text.append(c == '\r' ? '\n' : c);
                }
            }
            droppedBefore[raw.length()] = dropped;
            return new TextForm(raw, text.toString(), droppedBefore);
        }

        /** The raw text with only line ends unified (a BOM kept: brat counts it). */
        String unified() {
            return raw.replace("\r\n", "\n").replace('\r', '\n');
        }

        int offset(int rawOffset) {
            return rawOffset - droppedBefore[rawOffset];
        }
    }
}
