package org.glossa.io.conll;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glossa.core.files.FolderWalk;
import org.glossa.core.format.AnnotationImportException;
import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportDocument;
import org.glossa.core.format.ExportException;
import org.glossa.core.format.FormatSupport;
import org.glossa.core.format.ReadDocument;
import org.glossa.text.Tokenization.Sentence;
import org.glossa.text.Tokenization.Token;

/**
 * CoNLL-2003 token files (FORMATS.md §1.2) for one span layer.
 * <p>
 * Export: per split {@code <split>.conll}; each document starts with {@code -DOCSTART- -X- O O} and a blank
 * line; one token per line as {@code WORD -X- _ TAG} (single spaces, the four columns OpenNLP's
 * {@code conll03} reader requires and spaCy's {@code convert -c ner} reads; {@code -X-} and {@code _} stand
 * for the unknown part-of-speech and chunk tags); a blank line after each sentence. With {@code columns=2}:
 * {@code WORD<TAB>TAG} and no {@code -DOCSTART-} lines (doccano's CoNLL import, which would take them for
 * tokens), so document boundaries are not kept.
 * <p>
 * Import: see {@link ConllReader}.
 */
public final class ConllFormat implements FormatSupport {
    static final String DOCSTART = "-DOCSTART- -X- O O";

    @Override
    public String id() {
        return "conll";
    }

    @Override
    public String name() {
        return "CoNLL 2003 token file";
    }

    @Override
    public String description() {
        return "one span layer as CoNLL-2003 tokens: <split>.conll, WORD -X- _ TAG per line (IOB2, IOB1 or BIOES), "
                + "-DOCSTART- before each document; reads CoNLL-2002/2003, two-column and GermEval files";
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
    public Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("layer", TokenLayerOptions.LAYER_HELP);
        options.put("scheme", "iob2 (default: every span starts with B-) | iob1 (original CoNLL-2003) | bioes");
        options.put("columns", "4 (default: WORD -X- _ TAG, space-separated) | 2 (WORD<TAB>TAG, as doccano reads;"
                + " no -DOCSTART- lines)");
        options.put("nested", TokenLayerOptions.NESTED_HELP);
        return options;
    }

    @Override
    public void write(ExportContext context, IProgressMonitor monitor) throws IOException, ExportException {
        TokenLayerOptions layer = TokenLayerOptions.from(context);
        TagScheme scheme = TagScheme.parse(context.option("scheme", "iob2"));
        boolean twoColumns = switch (context.option("columns", "4")) {
            case "4" -> false;
            case "2" -> true;
            default -> throw new ExportException("option columns=" + context.option("columns", "") + " is not 4 or 2");
        };
        SubMonitor progress = SubMonitor.convert(monitor, "Writing CoNLL files", context.documentCount());
        try (TokenFiles files = TokenFiles.open(context, "conll")) {
            // Tokenizing (the costly part) runs for several documents at once while the one before is written.
            context.forEachDocumentConcurrently(document -> TokenizedDocument.of(context, document, layer, "CoNLL"),
                    (document, tokenized) -> {
                        if (progress.isCanceled()) {
                            throw new OperationCanceledException();
                        }
                        writeDocument(document, tokenized, scheme, twoColumns, files.of(document));
                        progress.worked(1);
                    });
        }
    }

    /** Writes the document in one piece: the writer is shared by the split's documents and costs per call. */
    private static void writeDocument(ExportDocument document, TokenizedDocument tokenized, TagScheme scheme,
            boolean twoColumns, BufferedWriter out) throws IOException, ExportException {
        StringBuilder lines = new StringBuilder(document.body().end() - document.body().begin() + 4096);
        if (!twoColumns) {
            lines.append(DOCSTART).append("\n\n");
        }
        List<Sentence> sentences = tokenized.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s).tokens();
            String[] tags = scheme.tags(tokens.size(), tokenized.chunks(s));
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                TokenFiles.checkToken(document, token);
                lines.append(token.text()).append(twoColumns ? "\t" : " -X- _ ").append(tags[i]).append('\n');
            }
            lines.append('\n');
        }
        out.append(lines);
    }

    @Override
    public List<ReadDocument> read(List<Path> files, IProgressMonitor monitor) throws IOException, AnnotationImportException {
        return read(files, FolderWalk.strict(), monitor);
    }

    @Override
    public List<ReadDocument> read(List<Path> files, FolderWalk folders, IProgressMonitor monitor)
            throws IOException, AnnotationImportException {
        return new ConllReader().read(files, folders, monitor);
    }
}
