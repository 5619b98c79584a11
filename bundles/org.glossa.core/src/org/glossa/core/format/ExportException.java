package org.glossa.core.format;

/** An export cannot be written correctly, e.g. a span's exported text differs from the text it covers. */
public class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
