package org.glossa.io.brat;

import java.nio.file.Path;
import java.util.List;

import org.glossa.core.format.FormatRegistry;
import org.glossa.testing.GoldenCase;
import org.glossa.testing.GoldenRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The brat cases of {@code golden/}: each case's {@code .txt}/{@code .ann} files are imported into a project,
 * exported as brat and compared with the expected files byte for byte, then the export is imported again and
 * must give the same annotations.
 */
class BratGoldenFilesTest {
    @TempDir
    Path temp;

    static List<GoldenCase> cases() {
        return GoldenCase.all("org.glossa.io.brat.tests");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importExportAndReimport(GoldenCase golden) throws Exception {
        GoldenRun.check(golden, new FormatRegistry(List.of(new BratFormat())), temp);
    }
}
