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
 * The bounded kill -9 loop: releng/scripts/kill-loop.sh kills real imports of 100 annotated documents at random
 * moments of their save (20 cycles or 90 seconds) and checks that each is all there or not at all after recovery.
 */
class KillLoopTest {
    private static final Path ROOT = Path.of(System.getProperty("glossa.root", "../..")).toAbsolutePath().normalize();
    private static final Path PRODUCT = ROOT.resolve("releng/org.glossa.product/target/products/org.glossa.product/linux/gtk/x86_64/glossa");

    @TempDir
    Path dir;

    @Test
    void everyKilledImportIsAllThereOrNotAtAll() throws Exception {
        Path log = dir.resolve("kill-loop.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(ROOT.resolve("releng/scripts/kill-loop.sh").toString(), "20"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("KILL_LOOP_SECONDS", "90");
        builder.environment().put("GLOSSA_PRODUCT", PRODUCT.toString());
        builder.environment().put("TMPDIR", dir.toString());
        Process process = builder.start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "the kill loop did not finish");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.print(output);
        assertEquals(0, process.exitValue(), output);
        Matcher summary = Pattern.compile("kill-loop: (\\d+) cycles in \\d+ s: (\\d+) rolled back, (\\d+) completed by"
                + " recovery, (\\d+) finished or killed with no save pending; 0 not all-or-nothing").matcher(output);
        assertTrue(summary.find(), output);
        int cycles = Integer.parseInt(summary.group(1));
        assertTrue(cycles >= 3, "enough cycles ran: " + output);
        assertEquals(cycles, Integer.parseInt(summary.group(2)) + Integer.parseInt(summary.group(3))
                + Integer.parseInt(summary.group(4)), "every cycle has an outcome");
        assertEquals(cycles, output.lines().filter(l -> l.matches("cycle \\d+: kill -9 at .*: ok")).count(), output);
    }
}
