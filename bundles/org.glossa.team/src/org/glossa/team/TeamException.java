package org.glossa.team;

import java.io.IOException;

/** A team operation that could not be done, with one line that says why and what to do; nothing was changed locally unless it says so. */
public class TeamException extends IOException {
    private static final long serialVersionUID = 1L;

    public TeamException(String message) {
        super(message);
    }

    public TeamException(String message, Throwable cause) {
        super(message, cause);
    }
}
