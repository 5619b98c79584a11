package org.glossa.core.ops;

import java.io.IOException;
import java.nio.file.Path;

import org.glossa.core.storage.ProjectStore;
import org.glossa.model.schema.NewsSchema;

/** Creates a new project folder with the default news schema. */
public final class CreateProjectOperation {
    private final Path folder;
    private final String name;

    public CreateProjectOperation(Path folder, String name) {
        this.folder = folder;
        this.name = name;
    }

    /** Creates the project; the returned store holds its lock (as "Glossa") until it is closed. */
    public ProjectStore execute() throws IOException {
        return execute("Glossa");
    }

    /** Creates the project; the returned store holds its lock for {@code holder} until it is closed. */
    public ProjectStore execute(String holder) throws IOException {
        String projectName = name != null && !name.isBlank() ? name
                : folder.toAbsolutePath().normalize().getFileName().toString();
        return ProjectStore.create(folder, projectName, NewsSchema.create(), holder);
    }
}
