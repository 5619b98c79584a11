package org.glossa.core.storage;

import java.nio.file.Path;

/** A file of a project that could not be read, and why. The rest of the project stays usable. */
public record StorageProblem(Path file, String message) {
    @Override
    public String toString() {
        return file + ": " + message;
    }
}
