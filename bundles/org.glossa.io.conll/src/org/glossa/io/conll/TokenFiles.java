package org.glossa.io.conll;

import java.util.List;

import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportDocument;
import org.glossa.core.format.ExportException;
import org.glossa.text.Tokenization.Token;

/** What the token formats share when writing: the documents of a split, and a token's fitness for a column. */
final class TokenFiles {
    private TokenFiles() {
    }

    static List<ExportDocument> documentsOf(ExportContext context, String split) {
        return context.documents().stream().filter(d -> split.equals(d.split())).toList();
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
