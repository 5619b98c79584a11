package org.glossa.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glossa.core.storage.AtomicFiles;

/**
 * The files a shared project has besides Glossa's own: git's ignore and attribute files, each member's own file and
 * the curator's assignments. Paths are relative to the project folder, with '/' separators.
 */
public final class TeamFiles {
    public static final String MEMBERS = "team/members/";
    public static final String ASSIGNMENTS = "team/assignments.json";
    public static final String BRANCH = "main";
    public static final String REMOTE = "origin";

    static final String GITIGNORE = """
            # Glossa's files of this machine only: the writers' lock, save journals, caches
            /.glossa/
            # hidden files are temporary files of saves (and of git's checkout) that were interrupted
            .*
            !/.gitignore
            !/.gitattributes
            """;
    static final String GITATTRIBUTES = """
            # Every byte as Glossa wrote it: annotations point into the texts by character offsets.
            * -text
            # Glossa merges its files by what they hold (glossa team sync); git alone must never write conflict markers into them.
            *.xmi -merge
            *.json -merge
            """;

    private TeamFiles() {
    }

    public static String memberFile(String name) {
        return MEMBERS + name + ".json";
    }

    /** Writes the ignore and attribute files when they differ from Glossa's; whether anything was written. */
    static boolean writeGitFiles(Path root) throws IOException {
        return writeIfDifferent(root.resolve(".gitignore"), GITIGNORE) | writeIfDifferent(root.resolve(".gitattributes"), GITATTRIBUTES);
    }

    private static boolean writeIfDifferent(Path file, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        AtomicFiles.write(file, bytes);
        return true;
    }
}
