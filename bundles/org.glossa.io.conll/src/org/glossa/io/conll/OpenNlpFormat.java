package org.glossa.io.conll;

import java.io.BufferedWriter;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportDocument;
import org.glossa.core.format.ExportException;
import org.glossa.core.format.FormatSupport;
import org.glossa.text.Tokenization.Sentence;
import org.glossa.text.Tokenization.Token;

/**
 * Apache OpenNLP's name finder training format (FORMATS.md §1.10): per split {@code <split>.opennlp}, one
 * sentence per line, tokens separated by single spaces, each span written as
 * {@code <START:label> tok tok <END>}, a blank line after each document (OpenNLP then clears its adaptive
 * features). OpenNLP takes any type name matching {@code [^:>\s]*}; characters outside it in a label are
 * replaced by {@code _} and reported. Overlapping spans are resolved as in {@link ConllFormat}.
 */
public final class OpenNlpFormat implements FormatSupport {
    @Override
    public String id() {
        return "opennlp";
    }

    @Override
    public String name() {
        return "OpenNLP name finder training data";
    }

    @Override
    public String description() {
        return "one span layer as OpenNLP name samples: <split>.opennlp, one tokenized sentence per line with "
                + "<START:label> ... <END>, a blank line between documents";
    }

    @Override
    public boolean canExport() {
        return true;
    }

    @Override
    public Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("layer", TokenLayerOptions.LAYER_HELP);
        options.put("nested", TokenLayerOptions.NESTED_HELP);
        return options;
    }

    @Override
    public void write(ExportContext context, IProgressMonitor monitor) throws IOException, ExportException {
        TokenLayerOptions layer = TokenLayerOptions.from(context);
        Map<String, String> renamed = new TreeMap<>();
        SubMonitor progress = SubMonitor.convert(monitor, "Writing OpenNLP files", context.documentCount());
        try (TokenFiles files = TokenFiles.open(context, "opennlp")) {
            context.forEachDocumentConcurrently(
                    document -> TokenizedDocument.of(context, document, layer, "the OpenNLP name finder format"),
                    (document, tokenized) -> {
                        if (progress.isCanceled()) {
                            throw new OperationCanceledException();
                        }
                        writeDocument(document, tokenized, renamed, files.of(document));
                        progress.worked(1);
                    });
        }
        renamed.forEach((label, type) -> context.report().note("OpenNLP type names cannot contain ':', '>' or white space: label '"
                + label + "' written as <START:" + type + ">"));
    }

    private static void writeDocument(ExportDocument document, TokenizedDocument tokenized, Map<String, String> renamed,
            BufferedWriter out) throws IOException, ExportException {
        List<Sentence> sentences = tokenized.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s).tokens();
            Iterator<TagScheme.Chunk> chunks = tokenized.chunks(s).iterator();
            TagScheme.Chunk next = chunks.hasNext() ? chunks.next() : null;
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                TokenFiles.checkToken(document, token);
                if (token.text().startsWith("<START") || token.text().equals("<END>")) {
                    throw new ExportException("document " + document.id() + ": token \"" + token.text() + "\" at "
                            + token.begin() + " would be read as a name marker by OpenNLP");
                }
                separate(line);
                if (next != null && next.first() == i) {
                    line.append("<START:").append(typeName(next.label(), renamed)).append("> ");
                }
                line.append(token.text());
                if (next != null && next.last() == i) {
                    line.append(" <END>");
                    next = chunks.hasNext() ? chunks.next() : null;
                }
            }
            out.write(line.toString());
            out.write('\n');
        }
        out.write('\n');
    }

    private static void separate(StringBuilder line) {
        if (!line.isEmpty()) {
            line.append(' ');
        }
    }

    /** The label as an OpenNLP type: characters outside {@code [^:>\s]} replaced by '_'. */
    static String typeName(String label, Map<String, String> renamed) {
        StringBuilder type = new StringBuilder();
        label.codePoints().forEach(c -> {
            boolean allowed = c != ':' && c != '>' && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
            type.appendCodePoint(allowed ? c : '_');
        });
        String result = type.toString();
        if (!result.equals(label)) {
            renamed.put(label, result);
        }
        return result;
    }
}
