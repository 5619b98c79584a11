package org.glossa.testing;

import java.nio.file.Path;
import java.util.List;

import org.glossa.core.format.FormatRegistry;
import org.glossa.core.format.FormatSupport;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden-file suite of one format test fragment: every case of the fragment's {@code golden/} folder is run
 * with {@link GoldenRun}. The fragment is the test class's package with {@code .tests} appended (the fragments
 * use their host's packages), e.g. {@code org.glossa.io.brat.tests}.
 */
public abstract class GoldenFormatTest {
    @TempDir
    public Path temp;

    /** The formats the cases import from and export to. */
    protected abstract List<FormatSupport> formats();

    static List<GoldenCase> cases(TestInfo test) {
        return GoldenCase.all(test.getTestClass().orElseThrow().getPackageName() + ".tests");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    public void importExportAndRoundTrip(GoldenCase golden) throws Exception {
        GoldenRun.check(golden, new FormatRegistry(formats()), temp);
    }
}
