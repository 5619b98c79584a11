package org.glossa.io.json;

import java.nio.file.Path;
import java.util.List;

import org.glossa.core.format.FormatRegistry;
import org.glossa.testing.GoldenCase;
import org.glossa.testing.GoldenRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON cases of {@code golden/}: each case's file (spans-jsonl or doccano) is imported into a project,
 * exported in the case's JSON format and compared with the expected files byte for byte; the formats that read
 * are then round-tripped (see each case's {@code case.properties}).
 */
class JsonGoldenFilesTest {
    @TempDir
    Path temp;

    static List<GoldenCase> cases() {
        return GoldenCase.all("org.glossa.io.json.tests");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importExportAndReimport(GoldenCase golden) throws Exception {
        FormatRegistry formats = new FormatRegistry(List.of(new SpansJsonlFormat(), new DoccanoFormat(),
                new LabelStudioFormat(), new HfJsonlFormat(), new ClaimsJsonlFormat(), new QuotesJsonlFormat()));
        GoldenRun.check(golden, formats, temp);
    }
}
