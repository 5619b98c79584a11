package org.glossa.core.files;

import java.io.IOException;

/** A text over {@link InputLimits#MAX_TEXT_BYTES}; the message names what holds it and the limit. */
public class TextTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    public TextTooLargeException(String message) {
        super(message);
    }
}
