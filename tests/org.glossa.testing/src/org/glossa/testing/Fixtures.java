package org.glossa.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;

/**
 * Where the test inputs are: the repository (demo corpus, launcher) and the shared folder beside it
 * (the real seed articles and third-party samples, which are never copied into the project).
 */
public final class Fixtures {
    private Fixtures() {
    }

    /** The repository root: the {@code glossa.root} system property, else found by walking up from the working directory. */
    public static Path repositoryRoot() {
        String property = System.getProperty("glossa.root");
        if (property != null && Files.isRegularFile(Paths.get(property, "glossa"))) {
            return Paths.get(property).toAbsolutePath().normalize();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("glossa")) && Files.isDirectory(dir.resolve("bundles"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the Glossa repository root above " + Paths.get("").toAbsolutePath());
    }

    public static Path demoCorpus() {
        return repositoryRoot().resolve("demo/corpus");
    }

    /** The shared folder ({@code ../shared} beside the repository), or skips the calling test when it is absent. */
    public static Path sharedOrSkip(String subfolder) {
        Path shared = sharedFolder();
        Path dir = shared == null ? null : shared.resolve(subfolder);
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir),
                "shared/" + subfolder + " not found beside the repository: test skipped");
        return dir;
    }

    private static Path sharedFolder() {
        String property = System.getProperty("glossa.shared");
        if (property != null && Files.isDirectory(Paths.get(property))) {
            return Paths.get(property).toAbsolutePath().normalize();
        }
        try {
            Path candidate = repositoryRoot().resolveSibling("shared");
            return Files.isDirectory(candidate) ? candidate : null;
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
