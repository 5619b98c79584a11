package org.glossa.io.conll;

import java.nio.file.Path;

import org.glossa.core.format.AnnotationImportException;

/**
 * Turns one column of token tags into spans, whatever the scheme: IOB1, IOB2, BIOES/IOBES and BILOU are
 * decoded alike, as conlleval does. {@code I-X} after {@code O} or after another type starts a span (that is
 * IOB1, and tolerates IOB2 files with such slips); {@code E-}/{@code L-} close the span they continue, or
 * are a span of one token on their own; {@code S-}/{@code U-} are single-token spans. Any other prefix is an
 * error naming the file and line.
 */
final class TagDecoder {
    /** Receives each decoded span: UTF-16 offsets into the rebuilt text and the line of its first token. */
    interface Sink {
        void span(String type, int begin, int end, int line);
    }

    private final Sink sink;
    private String openType;
    private int openBegin;
    private int openEnd;
    private int openLine;

    TagDecoder(Sink sink) {
        this.sink = sink;
    }

    static boolean isTag(String tag) {
        return tag.equals("O") || tag.length() > 2 && tag.charAt(1) == '-' && "BIESLU".indexOf(tag.charAt(0)) >= 0;
    }

    void accept(String tag, int begin, int end, Path file, int line) throws AnnotationImportException {
        if (!isTag(tag)) {
            throw new AnnotationImportException(file, line, "invalid tag \"" + tag
                    + "\": expected O, or B-, I-, E-, S-, L- or U- followed by a type");
        }
        if (tag.equals("O")) {
            close();
            return;
        }
        String type = tag.substring(2);
        boolean continues = openType != null && openType.equals(type);
        switch (tag.charAt(0)) {
            case 'B' -> open(type, begin, end, line);
            case 'I' -> {
                if (continues) {
                    openEnd = end;
                } else {
                    open(type, begin, end, line);
                }
            }
            case 'E', 'L' -> {
                if (continues) {
                    openEnd = end;
                } else {
                    open(type, begin, end, line);
                }
                close();
            }
            default -> { // S, U
                open(type, begin, end, line);
                close();
            }
        }
    }

    /** Ends the open span, if any (at the end of a sentence or document, or before another). */
    void close() {
        if (openType != null) {
            sink.span(openType, openBegin, openEnd, openLine);
            openType = null;
        }
    }

    private void open(String type, int begin, int end, int line) {
        close();
        openType = type;
        openBegin = begin;
        openEnd = end;
        openLine = line;
    }
}
