package org.glossa.core.files;

import java.nio.file.Path;

/**
 * An {@link Error} (out of memory, stack overflow) met while reading one file, wrapped with that file so that the
 * one-line error can name it. Operations wrap per file; callers report it and end.
 */
public final class ReadingFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public ReadingFailure(Path file, Throwable cause) {
        super(file + ": " + cause, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Rethrows a {@link VirtualMachineError} met while reading {@code file} as a failure naming it. */
    public static RuntimeException of(Path file, VirtualMachineError error) {
        return new ReadingFailure(file, error);
    }
}
