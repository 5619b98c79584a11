package org.glossa.io.conll;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportDocument;
import org.glossa.core.format.ExportException;
import org.glossa.text.Tokenization.Token;

/**
 * What the token formats share when writing: one open file per split (so that the documents are read once, in
 * order, each written into its split's file), and a token's fitness for a column.
 */
final class TokenFiles implements AutoCloseable {
    private final ExportContext context;
    private final Map<String, BufferedWriter> writers = new LinkedHashMap<>();
    private final Map<String, Path> files = new LinkedHashMap<>();

    private TokenFiles(ExportContext context) {
        this.context = context;
    }

    /** A file {@code SPLIT.EXTENSION} for every split present, created now. */
    static TokenFiles open(ExportContext context, String extension) throws IOException {
        TokenFiles opened = new TokenFiles(context);
        try {
            for (String split : context.splits()) {
                Path file = context.file(split + "." + extension);
                opened.writers.put(split, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
                opened.files.put(split, file);
            }
        } catch (IOException | RuntimeException e) {
            opened.closeAll();
            throw e;
        }
        return opened;
    }

    BufferedWriter of(ExportDocument document) throws ExportException {
        BufferedWriter writer = writers.get(document.split());
        if (writer == null) {
            throw new ExportException("document " + document.id() + " is in split '" + document.split()
                    + "', which is not among the splits " + writers.keySet());
        }
        return writer;
    }

    /** Closes the files and reports them written, in split order. */
    @Override
    public void close() throws IOException {
        closeAll();
        files.values().forEach(context.report()::written);
    }

    private void closeAll() throws IOException {
        IOException first = null;
        for (BufferedWriter writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * Fails loudly on a token that would break the file's columns. ICU never makes one (tokens never hold
     * white space), but a different {@link org.glossa.text.Tokenization} might.
     */
    static void checkToken(ExportDocument document, Token token) throws ExportException {
        if (token.text().isEmpty() || hasBlank(token.text())) {
            throw new ExportException("document " + document.id() + ": token [" + token.begin() + ", " + token.end() + ") \""
                    + token.text() + "\" is empty or contains white space, which would break the token file's columns");
        }
    }

    /** A plain loop: it runs for every exported token, where a code point stream was 8% of a CoNLL export. */
    private static boolean hasBlank(String text) {
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
