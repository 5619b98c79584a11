package org.glossa.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every entry script says on the terminal that a JDK 21+ is missing and how to get one, instead of failing
 * later (a build log, a Java 17 class-version error). The machine is made to look JDK-less: no JAVA_HOME, a
 * {@code java} on the PATH that reports version 17, and no installed JVM folder.
 */
class EntryScriptsTest {
    private static final Path ROOT = Path.of(System.getProperty("glossa.root", "../..")).toAbsolutePath().normalize();
    private static final String PRODUCT = "releng/org.glossa.product/target/products/org.glossa.product/linux/gtk/x86_64/glossa/glossa";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "glossa", "run-tests", "mvnw", PRODUCT })
    void namesTheMissingJdkAndHowToGetOne(String script) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("old-jdk/bin"));
        // A Java 17 that answers the version query the scripts make, as Debian 12's default java does.
        for (String tool : List.of("java", "javac")) {
            Path fake = bin.resolve(tool);
            Files.writeString(fake, "#!/bin/sh\necho '    java.specification.version = 17' >&2\n");
            Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path noJvms = Files.createDirectories(dir.resolve("no-jvms"));

        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve(script).toString(), "--help").directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("JAVA_HOME");
        environment.put("PATH", bin + ":/usr/bin:/bin");
        environment.put("GLOSSA_JVM_DIRS", noJvms.toString());
        environment.put("GLOSSA_REBUILD", "1");
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), script + " did not stop");

        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertNotEquals(0, process.exitValue(), script + ": " + err);
        assertTrue(err.contains("needs a JDK 21 or newer"), script + " does not name the missing JDK: " + err);
        assertTrue(err.contains("found only " + dir.resolve("old-jdk") + " (Java 17)"), script + ": " + err);
        assertTrue(err.contains("Debian 12") && err.contains("JAVA_HOME"), script + " does not say what works: " + err);
        assertFalse(err.contains("building the product") || err.contains("build failed"), script + " started a build: " + err);
    }
}
