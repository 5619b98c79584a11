package org.glossa.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.glossa.io.json.LabelStudioFormat;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Label Studio JSON export: the input is one file. */
class LabelStudioFuzzTest {
    public static void fuzzerTestOneInput(byte[] data) throws Exception {
        Path dir = Scratch.fresh();
        Path file = Files.write(dir.resolve("input.json"), data);
        AnnotationImports.run(new LabelStudioFormat(), dir, file);
    }

    @FuzzTest(maxDuration = "3s")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void fuzz(byte[] data) throws Exception {
        fuzzerTestOneInput(data);
    }
}
