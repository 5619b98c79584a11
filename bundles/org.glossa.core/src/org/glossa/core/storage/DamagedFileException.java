package org.glossa.core.storage;

import java.io.IOException;
import java.nio.file.Path;

/** A project file exists but cannot be used; the message names the file and what is wrong with it. */
public class DamagedFileException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public DamagedFileException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public StorageProblem problem() {
        return new StorageProblem(file, getMessage().substring(file.toString().length() + 2));
    }
}
