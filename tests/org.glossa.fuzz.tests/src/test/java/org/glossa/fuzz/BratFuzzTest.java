package org.glossa.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.glossa.io.brat.BratFormat;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** brat: the input is the {@code .txt} up to the first NUL byte and the {@code .ann} after it. */
class BratFuzzTest {
    public static void fuzzerTestOneInput(byte[] data) throws Exception {
        byte[][] parts = Scratch.split(data);
        Path dir = Scratch.fresh();
        Files.write(dir.resolve("doc.txt"), parts[0]);
        Path ann = Files.write(dir.resolve("doc.ann"), parts[1]);
        AnnotationImports.run(new BratFormat(), dir, ann);
    }

    @FuzzTest(maxDuration = "3s")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void fuzz(byte[] data) throws Exception {
        fuzzerTestOneInput(data);
    }
}
