package org.glossa.io.xmi;

import java.util.List;

import org.glossa.core.format.FormatSupport;
import org.glossa.io.brat.BratFormat;
import org.glossa.testing.GoldenFormatTest;

/**
 * The XMI cases of {@code golden/}: each case's brat files are imported into a project, exported as XMI and
 * compared with the expected schema, documents, texts and annotation sets byte for byte (XMI is not read back).
 */
class XmiGoldenFilesTest extends GoldenFormatTest {
    @Override
    protected List<FormatSupport> formats() {
        return List.of(new BratFormat(), new XmiFormat());
    }
}
