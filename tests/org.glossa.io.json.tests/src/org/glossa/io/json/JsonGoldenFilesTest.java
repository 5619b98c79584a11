package org.glossa.io.json;

import java.util.List;

import org.glossa.core.format.FormatSupport;
import org.glossa.testing.GoldenFormatTest;

/**
 * The JSON cases of {@code golden/}: each case's file (spans-jsonl, doccano or Label Studio) is imported into a
 * project, exported in the case's JSON format and compared with the expected files byte for byte; the formats
 * that read are then round-tripped (see each case's {@code case.properties}).
 */
class JsonGoldenFilesTest extends GoldenFormatTest {
    @Override
    protected List<FormatSupport> formats() {
        return List.of(new SpansJsonlFormat(), new DoccanoFormat(), new LabelStudioFormat(), new HfJsonlFormat(),
                new ClaimsJsonlFormat(), new QuotesJsonlFormat());
    }
}
