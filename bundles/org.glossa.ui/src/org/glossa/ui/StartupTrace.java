package org.glossa.ui;

import java.time.Duration;
import java.time.Instant;

/**
 * With {@code -Dglossa.startupTrace=true}, prints to standard error how long after the process started the
 * workbench reached each step of its start (the benchmark of a start on a large project reads these lines);
 * without it, nothing. Lines read {@code glossa startup: 1234 ms STEP}.
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("glossa.startupTrace");
    private static final Instant PROCESS_START = ON
            ? ProcessHandle.current().info().startInstant().orElse(Instant.now()) : null;

    private StartupTrace() {
    }

    /** Prints the time since the process started and the step reached, when tracing is on. */
    public static void mark(String step) {
        if (ON) {
            long millis = Duration.between(PROCESS_START, Instant.now()).toMillis();
            System.err.println("glossa startup: " + millis + " ms " + step);
        }
    }
}
