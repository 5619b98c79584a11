package org.glossa.core.format;

import java.nio.file.Path;

/** Malformed or unsupported input; the message names the file, the line (when known) and what is wrong. */
public class AnnotationImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;

    public AnnotationImportException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based; 0 when the problem is not on one line. */
    public int line() {
        return line;
    }
}
