package org.glossa.io.article;

import java.nio.file.Path;

/**
 * A file could not be imported. The message names the file, the 1-based line where that applies, and what is
 * wrong, in the {@code file:line: problem} form that editors and consoles link to.
 */
public final class ArticleImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public ArticleImportException(Path file, int line, String problem) {
        this(file, line, problem, null);
    }

    public ArticleImportException(Path file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it is not specific to a line. */
    public int line() {
        return line;
    }
}
