package org.glossa.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;

/**
 * Where the test inputs are: the repository (demo corpus, the tests' own fictional corpus, golden folders,
 * launcher) and the shared folder beside it (the real seed articles and third-party samples, which are never
 * copied into the project). No test skips for a missing input: a missing shared folder fails the test.
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

    /**
     * The tests' own corpus: five short fictional news pages ({@code tests/org.glossa.testing/corpus}) with menus,
     * bylines, popular lists and Korean and Chinese fragments, for tests that need page-shaped text of any kind.
     */
    public static Path ownCorpus() {
        return repositoryRoot().resolve("tests/org.glossa.testing/corpus");
    }

    /** The {@code .txt} articles of {@link #ownCorpus()}, sorted by name. */
    public static List<Path> ownArticles() {
        try (Stream<Path> files = Files.list(ownCorpus())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden-file folder of a test fragment, e.g. {@code golden("org.glossa.io.brat.tests")}. */
    public static Path golden(String fragment) {
        return repositoryRoot().resolve("tests").resolve(fragment).resolve("golden");
    }

    /**
     * A folder of the shared material ({@code ../shared} beside the repository, or the {@code glossa.shared}
     * system property). Fails the calling test when it is absent: the tests that use it need the real seed
     * articles or other tools' samples, which are never copied into the repository, and CI always has them.
     */
    public static Path shared(String subfolder) {
        Path shared = sharedFolder();
        Path dir = shared == null ? null : shared.resolve(subfolder);
        if (dir == null || !Files.isDirectory(dir)) {
            Path expected = shared != null ? dir : expectedSharedFolder().resolve(subfolder);
            Assertions.fail("missing shared folder " + expected + " (shared/" + subfolder + "): this test needs the real"
                    + " material that is never copied into the repository; CI always has it. Put the shared folder"
                    + " beside the repository or name it with -Dglossa.shared=DIR.");
        }
        return dir;
    }

    private static Path expectedSharedFolder() {
        try {
            return repositoryRoot().resolveSibling("shared");
        } catch (IllegalStateException e) {
            return Paths.get("..", "shared");
        }
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
