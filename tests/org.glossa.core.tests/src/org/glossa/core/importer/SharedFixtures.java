package org.glossa.core.importer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the real-text fixtures outside the test bundle: the shared seed corpus ({@code ../shared/corpus}, or the
 * folder named by the system property {@code glossa.shared}) and the repository's demo corpus. Tests that need a
 * folder that is not there are skipped, not failed: the shared corpus is not part of the repository.
 */
final class SharedFixtures {

    private static final Pattern README_ROW = Pattern.compile("^\\|\\s*(\\S+\\.txt)\\s*\\|.*\\|\\s*\"([^\"]+)\"\\s*\\|\\s*$");

    private SharedFixtures() {
    }

    /** The seed corpus folder; skips the calling test when it cannot be found. */
    static Path sharedCorpus() {
        Optional<Path> corpus = findSharedCorpus();
        assumeTrue(corpus.isPresent(), "../shared/corpus not found: seed article tests skipped");
        return corpus.get();
    }

    /** The repository's {@code demo/corpus}; skips the calling test when it cannot be found. */
    static Path demoCorpus() {
        Optional<Path> corpus = walkUp(dir -> dir.resolve("demo/corpus/README.md"))
                .map(readme -> readme.getParent());
        assumeTrue(corpus.isPresent(), "demo/corpus not found above " + userDir() + ": demo tests skipped");
        return corpus.get();
    }

    /**
     * The first body sentence of each seed article as listed in the corpus README's table, so that the tests
     * follow the README rather than a copy of it.
     */
    static Map<String, String> seedBodyStarts(Path corpus) throws IOException {
        Map<String, String> starts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(corpus.resolve("README.md"), StandardCharsets.UTF_8)) {
            Matcher row = README_ROW.matcher(line);
            if (row.matches()) {
                starts.put(row.group(1), row.group(2));
            }
        }
        return starts;
    }

    private static Optional<Path> findSharedCorpus() {
        String property = System.getProperty("glossa.shared");
        if (property != null && !property.isBlank()) {
            Path given = Path.of(property).toAbsolutePath();
            for (Path candidate : new Path[] {given.resolve("corpus"), given, given.resolve("shared/corpus")}) {
                if (Files.isRegularFile(candidate.resolve("README.md"))
                        && Files.isDirectory(candidate) && candidate.getFileName().toString().equals("corpus")) {
                    return Optional.of(candidate);
                }
            }
        }
        return walkUp(dir -> dir.resolve("shared/corpus/README.md")).map(readme -> readme.getParent());
    }

    private static Optional<Path> walkUp(java.util.function.Function<Path, Path> probe) {
        for (Path dir = userDir(); dir != null; dir = dir.getParent()) {
            Path candidate = probe.apply(dir);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Path userDir() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    }
}
