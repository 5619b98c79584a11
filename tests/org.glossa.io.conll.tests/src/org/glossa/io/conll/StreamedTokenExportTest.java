package org.glossa.io.conll;

import java.nio.file.Path;
import java.util.Map;

import org.glossa.core.storage.ProjectStore;
import org.glossa.testing.StreamedExportCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token formats written document by document (loaded, tokenized and written on different threads, a few at
 * a time) give the same bytes as each document's own export, concatenated in order, for every split.
 */
class StreamedTokenExportTest {
    @TempDir
    static Path dir;
    static ProjectStore store;

    @BeforeAll
    static void project() throws Exception {
        store = StreamedExportCheck.project(dir.resolve("project"));
    }

    @Test
    void conllOfManyDocumentsIsTheirOwnExportsConcatenated() throws Exception {
        StreamedExportCheck.assertSameAsOneByOne(store, dir.resolve("conll"), new ConllFormat(), Map.of(), "conll", true);
    }

    @Test
    void bioesTwoColumnConllToo() throws Exception {
        StreamedExportCheck.assertSameAsOneByOne(store, dir.resolve("bioes"), new ConllFormat(),
                Map.of("scheme", "bioes", "columns", "2"), "conll", true);
    }

    @Test
    void openNlpToo() throws Exception {
        StreamedExportCheck.assertSameAsOneByOne(store, dir.resolve("opennlp"), new OpenNlpFormat(), Map.of(), "opennlp", true);
    }
}
