package org.glossa.io.xmi;

import java.nio.file.Path;
import java.util.List;

import org.glossa.core.format.FormatRegistry;
import org.glossa.io.brat.BratFormat;
import org.glossa.testing.GoldenCase;
import org.glossa.testing.GoldenRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The XMI cases of {@code golden/}: each case's brat files are imported into a project, exported as XMI and
 * compared with the expected schema, documents, texts and annotation sets byte for byte (XMI is not read back).
 */
class XmiGoldenFilesTest {
    @TempDir
    Path temp;

    static List<GoldenCase> cases() {
        return GoldenCase.all("org.glossa.io.xmi.tests");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importAndExport(GoldenCase golden) throws Exception {
        GoldenRun.check(golden, new FormatRegistry(List.of(new BratFormat(), new XmiFormat())), temp);
    }
}
