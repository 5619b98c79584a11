package org.glossa.cli;

import java.io.IOException;

import org.glossa.core.files.FileErrors;
import org.glossa.core.files.InputLimits;
import org.glossa.core.files.ReadingFailure;

/** The one line that a failed command prints after {@code glossa COMMAND: }, for any exception or error. */
final class FailureMessages {
    private static final String MORE_MEMORY = "give Java more memory with GLOSSA_JVM_OPTS=-Xmx2g";

    private FailureMessages() {
    }

    static String oneLine(Throwable e) {
        String message = describe(e);
        return message.lines().findFirst().orElse(message);
    }

    private static String describe(Throwable e) {
        if (e instanceof ReadingFailure failure) {
            return failed(failure.getCause(), " while reading " + failure.file()) + "; the project is unchanged";
        }
        if (e instanceof VirtualMachineError error) {
            return failed(error, "");
        }
        IOException io = FileErrors.unwrap(e);
        if (io != null) {
            return FileErrors.describe(io);
        }
        if (e instanceof Error) {
            return "internal error: " + e;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String failed(Throwable error, String where) {
        if (error instanceof OutOfMemoryError) {
            return "out of memory" + where + " (texts are limited to " + InputLimits.textLimit() + "; " + MORE_MEMORY + ")";
        }
        if (error instanceof StackOverflowError) {
            return "input nested too deeply" + where + " (stack overflow)";
        }
        return "internal error" + where + ": " + error;
    }
}
