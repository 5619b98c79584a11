package org.glossa.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.glossa.io.conll.ConllFormat;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** CoNLL token files (every layout the reader detects): the input is one file. */
class ConllFuzzTest {
    public static void fuzzerTestOneInput(byte[] data) throws Exception {
        Path dir = Scratch.fresh();
        Path file = Files.write(dir.resolve("input.conll"), data);
        AnnotationImports.run(new ConllFormat(), dir, file);
    }

    @FuzzTest(maxDuration = "3s")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void fuzz(byte[] data) throws Exception {
        fuzzerTestOneInput(data);
    }
}
