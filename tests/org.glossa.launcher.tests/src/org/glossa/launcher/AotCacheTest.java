package org.glossa.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JDK's AOT cache of the headless command, made by the real training script for a copy of the product: the
 * command gives the same output with it, and after the product is copied elsewhere (the cache then names other
 * jars) or the cache is damaged, it runs as without one, with nothing of the JVM's in its output (the JVM's AOT
 * warnings go to stdout by default and would break JSON output).
 */
class AotCacheTest {
    private static final Path PRODUCT = GlossaRun.ROOT
            .resolve("releng/org.glossa.product/target/products/org.glossa.product/linux/gtk/x86_64/glossa");

    @TempDir
    Path dir;

    @Test
    void aCacheWorksWhereItWasMadeAndIsIgnoredSilentlyElsewhereOrDamaged() throws Exception {
        Path made = dir.resolve("made/glossa");
        copyTree(PRODUCT, made);
        Process training = new ProcessBuilder(GlossaRun.ROOT.resolve("releng/scripts/train-headless-aot.sh").toString(),
                made.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("training.txt").toFile()).start();
        assertTrue(training.waitFor(300, TimeUnit.SECONDS), "the training did not finish");
        assertEquals(0, training.exitValue());
        Path project = dir.resolve("project");
        Run init = run(made, "init", project.toString());
        assertEquals(0, init.code(), init.err());
        Run stats = run(made, "stats", project.toString(), "--json");
        assertEquals(0, stats.code(), stats.err());
        assertEquals("", stats.err());
        assertEquals(0, new ObjectMapper().readTree(stats.out()).get("documents").asInt());

        Path moved = dir.resolve("moved/glossa");
        copyTree(made, moved); // the cache names the jars of the folder it was made in
        Run elsewhere = run(moved, "stats", project.toString(), "--json");
        assertEquals(0, elsewhere.code(), elsewhere.err());
        assertEquals(stats.out(), elsewhere.out());
        assertEquals("", elsewhere.err());

        Files.write(moved.resolve("headless.aot"), "not a cache".getBytes(StandardCharsets.UTF_8));
        Run damaged = run(moved, "stats", project.toString(), "--json");
        assertEquals(0, damaged.code(), damaged.err());
        assertEquals(stats.out(), damaged.out());
        assertEquals("", damaged.err());
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(Path product, String... args) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(Stream.concat(Stream.of(product.resolve("glossa").toString()),
                Stream.of(args)).toList()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "glossa " + String.join(" ", args) + " did not finish");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
