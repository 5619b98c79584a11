package org.glossa.io.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glossa.testing.Fixtures;

/**
 * Finds the real-text fixtures outside the test bundle: the shared seed corpus ({@code ../shared/corpus}, or the
 * folder named by the system property {@code glossa.shared}) and the repository's demo corpus. Tests that need the
 * shared corpus fail when it is not there (CI always has it): it is not part of the repository.
 */
final class SharedFixtures {

    private static final Pattern README_ROW = Pattern.compile("^\\|\\s*(\\S+\\.txt)\\s*\\|.*\\|\\s*\"([^\"]+)\"\\s*\\|\\s*$");

    private SharedFixtures() {
    }

    /** The seed corpus folder; fails the calling test when it cannot be found. */
    static Path sharedCorpus() {
        return Fixtures.shared("corpus");
    }

    /** The repository's {@code demo/corpus}. */
    static Path demoCorpus() {
        return Fixtures.demoCorpus();
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
}
