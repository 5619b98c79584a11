package org.glossa.io.brat;

import java.util.List;

import org.glossa.core.format.FormatSupport;
import org.glossa.testing.GoldenFormatTest;

/**
 * The brat cases of {@code golden/}: each case's {@code .txt}/{@code .ann} files are imported into a project,
 * exported as brat and compared with the expected files byte for byte, then the export is imported again and
 * must give the same annotations.
 */
class BratGoldenFilesTest extends GoldenFormatTest {
    @Override
    protected List<FormatSupport> formats() {
        return List.of(new BratFormat());
    }
}
