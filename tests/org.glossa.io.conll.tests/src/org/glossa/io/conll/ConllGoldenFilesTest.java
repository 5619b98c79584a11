package org.glossa.io.conll;

import java.nio.file.Path;
import java.util.List;

import org.glossa.core.format.FormatRegistry;
import org.glossa.testing.GoldenCase;
import org.glossa.testing.GoldenRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CoNLL cases of {@code golden/}: each case's token file is imported into a project, exported with the
 * case's options and compared with the expected files byte for byte, then the export is imported again and must
 * give the same annotations.
 */
class ConllGoldenFilesTest {
    @TempDir
    Path temp;

    static List<GoldenCase> cases() {
        return GoldenCase.all("org.glossa.io.conll.tests");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importExportAndReimport(GoldenCase golden) throws Exception {
        GoldenRun.check(golden, new FormatRegistry(List.of(new ConllFormat(), new OpenNlpFormat())), temp);
    }
}
