package org.glossa.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Git's lock files left by a process that was killed during a sync. Git (and JGit) take them with exclusive
 * creation and never wait, so one stale lock stops every later sync. They are removed only by a sync that holds the
 * project's writer lock: no other Glossa process can be inside the repository then.
 */
final class GitLocks {
    private GitLocks() {
    }

    /** @return the stale locks removed, relative to the git folder */
    static List<String> removeStale(Path gitDir) throws IOException {
        List<String> removed = new ArrayList<>();
        for (String name : List.of("index.lock", "HEAD.lock", "config.lock", "packed-refs.lock", "shallow.lock",
                "FETCH_HEAD.lock", "ORIG_HEAD.lock")) {
            if (Files.deleteIfExists(gitDir.resolve(name))) {
                removed.add(name);
            }
        }
        Path refs = gitDir.resolve("refs");
        if (Files.isDirectory(refs)) {
            try (Stream<Path> files = Files.walk(refs)) {
                for (Path lock : files.filter(f -> f.getFileName().toString().endsWith(".lock")).toList()) {
                    Files.deleteIfExists(lock);
                    removed.add(gitDir.relativize(lock).toString());
                }
            }
        }
        return removed;
    }
}
