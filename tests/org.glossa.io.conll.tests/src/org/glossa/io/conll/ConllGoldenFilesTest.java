package org.glossa.io.conll;

import java.util.List;

import org.glossa.core.format.FormatSupport;
import org.glossa.testing.GoldenFormatTest;

/**
 * The CoNLL and OpenNLP cases of {@code golden/}: each case's token file is imported into a project, exported
 * with the case's format and options and compared with the expected files byte for byte, then CoNLL exports are
 * imported again (see each case's {@code case.properties} for what the round trip compares).
 */
class ConllGoldenFilesTest extends GoldenFormatTest {
    @Override
    protected List<FormatSupport> formats() {
        return List.of(new ConllFormat(), new OpenNlpFormat());
    }
}
