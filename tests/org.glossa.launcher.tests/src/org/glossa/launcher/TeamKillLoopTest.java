package org.glossa.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounded team kill -9 loop: releng/scripts/team-kill-loop.sh kills real `glossa team sync` runs that merge and
 * push, at random moments (50 cycles or 120 seconds here; the script runs any number), and checks after each that
 * the working copy opens, syncs, and every copy holds every saved span.
 */
class TeamKillLoopTest {
    private static final Path ROOT = Path.of(System.getProperty("glossa.root", "../..")).toAbsolutePath().normalize();
    private static final Path PRODUCT = ROOT.resolve("releng/org.glossa.product/target/products/org.glossa.product/linux/gtk/x86_64/glossa");

    @TempDir
    Path dir;

    @Test
    void everyKilledSyncLeavesAWorkingCopyThatOpensSyncsAndKeepsEverySpan() throws Exception {
        Path log = dir.resolve("team-kill-loop.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(ROOT.resolve("releng/scripts/team-kill-loop.sh").toString(), "50"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("KILL_LOOP_SECONDS", "120");
        builder.environment().put("GLOSSA_PRODUCT", PRODUCT.toString());
        builder.environment().put("TMPDIR", dir.toString());
        Process process = builder.start();
        assertTrue(process.waitFor(400, TimeUnit.SECONDS), "the team kill loop did not finish");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.print(output);
        assertEquals(0, process.exitValue(), output);
        Matcher summary = Pattern.compile("team-kill-loop: (\\d+) cycles in \\d+ s: (\\d+) killed, (\\d+) finished before"
                + " the kill, \\d+ stale git locks removed; 0 lost or broken; (\\d+) \\+ (\\d+) spans saved, all in every"
                + " copy: yes").matcher(output);
        assertTrue(summary.find(), output);
        int cycles = Integer.parseInt(summary.group(1));
        assertTrue(cycles >= 3, "enough cycles ran: " + output);
        assertEquals(cycles, Integer.parseInt(summary.group(2)) + Integer.parseInt(summary.group(3)));
        assertEquals(cycles + 1, Integer.parseInt(summary.group(4)), "one span of alice per cycle, one before");
        assertEquals(cycles, output.lines().filter(l -> l.matches("cycle \\d+: kill -9 at \\d+ ms \\(exit \\d+\\): ok")).count(),
                output);
    }
}
