package org.glossa.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.glossa.core.storage.ProjectStore;

/** Opens a project for a writing command: takes the lock and prints what recovery did as warnings. */
final class WritableProject {
    private WritableProject() {
    }

    /** @param command the command as the user typed it, e.g. "annotations import"; it names the lock's holder */
    static ProjectStore open(Path project, String command, Output out) throws IOException {
        ProjectStore store = ProjectStore.openForWriting(project, "glossa " + command);
        store.problems().stream().filter(p -> p.message().startsWith("recovered:"))
                .forEach(p -> out.warn(p.message() + " (" + p.file() + ")"));
        return store;
    }
}
