package org.glossa.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of the real {@code ./glossa} launcher as a process, to its end: exit code and both outputs. */
record GlossaRun(int code, String out, String err) {
    static final Path ROOT = Path.of(System.getProperty("glossa.root", "../..")).toAbsolutePath().normalize();

    /** Runs {@code ./glossa ARGS} in {@code dir}, where its outputs are kept as out.txt and err.txt. */
    static GlossaRun run(Path dir, String... args) throws IOException, InterruptedException {
        return run(dir, Map.of(), args);
    }

    /** The same, with these variables added to the environment (e.g. GLOSSA_JVM_OPTS). */
    static GlossaRun run(Path dir, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("glossa").toString());
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "glossa " + String.join(" ", args) + " did not finish");
        return new GlossaRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
