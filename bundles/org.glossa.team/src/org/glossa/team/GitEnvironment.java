package org.glossa.team;

import java.io.File;

import org.eclipse.jgit.util.FS;

/**
 * JGit finds the system-wide git configuration by running the git program ({@code git config --system --show-origin}),
 * which costs a fifth of a sync and is the one place JGit would shell out. Glossa never runs git: the system
 * configuration is read from where git keeps it on Linux, {@code /etc/gitconfig}, when it exists.
 */
final class GitEnvironment {
    private static volatile boolean prepared;

    private GitEnvironment() {
    }

    static void prepare() {
        if (!prepared) {
            synchronized (GitEnvironment.class) {
                FS.DETECTED.setGitSystemConfig(new File("/etc/gitconfig"));
                prepared = true;
            }
        }
    }
}
