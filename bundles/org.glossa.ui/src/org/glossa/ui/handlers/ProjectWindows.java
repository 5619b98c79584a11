package org.glossa.ui.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens another project in a new workbench window by starting the installed product again ({@code glossa gui
 * PROJECT}): every part then works on one project for its whole life, which keeps them simple.
 */
final class ProjectWindows {
    private ProjectWindows() {
    }

    static void open(Path project) throws IOException {
        String home = System.getProperty("glossa.home");
        Path script = home == null ? null : Path.of(home, "glossa");
        if (script == null || !Files.isExecutable(script)) {
            throw new IOException("cannot find the glossa start script (glossa.home is " + home + ")");
        }
        new ProcessBuilder(script.toString(), "gui", project.toString()).inheritIO().start();
    }
}
