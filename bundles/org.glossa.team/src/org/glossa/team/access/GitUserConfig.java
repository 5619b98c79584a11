package org.glossa.team.access;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;

/**
 * The user's git configuration, read with JGit's config classes from the files git reads, in git's order: the
 * system file (unless left out), {@code $XDG_CONFIG_HOME/git/config} (or {@code ~/.config/git/config}) and
 * {@code ~/.gitconfig}. A repository's own config is not read: what is asked here (credential helpers) is the
 * user's, never the project's.
 */
public final class GitUserConfig {
    private final List<Config> files;

    private GitUserConfig(List<Config> files) {
        this.files = List.copyOf(files);
    }

    /**
     * @param home the user's home folder
     * @param environment the user's environment ({@code XDG_CONFIG_HOME}, {@code GIT_CONFIG_NOSYSTEM})
     * @param withSystem whether the system-wide file is read too (not for an isolated home in tests)
     */
    public static GitUserConfig load(File home, Map<String, String> environment, boolean withSystem) {
        List<File> candidates = new ArrayList<>();
        if (withSystem && environment.get("GIT_CONFIG_NOSYSTEM") == null) {
            candidates.add(new File("/etc/gitconfig"));
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        candidates.add(xdg == null || xdg.isBlank() ? new File(home, ".config/git/config") : new File(xdg, "git/config"));
        candidates.add(new File(home, ".gitconfig"));
        List<Config> loaded = new ArrayList<>();
        for (File file : candidates) {
            if (file.isFile()) {
                FileBasedConfig config = new FileBasedConfig(file, FS.DETECTED);
                try {
                    config.load();
                    loaded.add(config);
                } catch (IOException | ConfigInvalidException e) {
                    // git would refuse a broken file; for credentials it only means this file offers none
                }
            }
        }
        return new GitUserConfig(loaded);
    }

    /** The config files that were read, system first: later files override earlier ones. */
    List<Config> files() {
        return files;
    }
}
