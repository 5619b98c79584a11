package org.glossa.team.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A git credential helper written by a test: a shell script that records each run (its arguments and what it read on
 * standard input) in a log and answers {@code get} with a user name and password, as {@code git-credential-store}
 * would from its file.
 */
final class HelperScript {
    private final Path script;
    private final Path log;

    private HelperScript(Path script, Path log) {
        this.script = script;
        this.log = log;
    }

    /** Writes the script {@code dir/name}; {@code get} answers the user and password (nothing when user is null). */
    static HelperScript write(Path dir, String name, String user, String password) throws IOException {
        Files.createDirectories(dir);
        Path log = dir.resolve(name + ".log");
        String answer = user == null ? "" : "  printf 'username=%s\\npassword=%s\\n' '" + user + "' '" + password + "'\n";
        String text = "#!/bin/sh\n"
                + "for word in \"$@\"; do action=$word; done\n"
                + "{ echo \"run: $*\"; cat; echo '--'; } >> '" + log + "'\n"
                + "if [ \"$action\" = get ]; then\n"
                + (answer.isEmpty() ? "  :\n" : answer)
                + "fi\n";
        Path script = dir.resolve(name);
        Files.writeString(script, text);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return new HelperScript(script, log);
    }

    Path path() {
        return script;
    }

    /** Each run: its argument line and the request lines it read ({@code key=value}), in order. */
    List<Run> runs() throws IOException {
        List<Run> runs = new ArrayList<>();
        if (!Files.exists(log)) {
            return runs;
        }
        String arguments = null;
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("run: ")) {
                arguments = line.substring("run: ".length());
                lines = new ArrayList<>();
            } else if (line.equals("--")) {
                runs.add(new Run(arguments, List.copyOf(lines)));
            } else {
                lines.add(line);
            }
        }
        return runs;
    }

    record Run(String arguments, List<String> request) {
    }
}
