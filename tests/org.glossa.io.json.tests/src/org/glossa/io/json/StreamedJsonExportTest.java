package org.glossa.io.json;

import java.nio.file.Path;
import java.util.Map;

import org.glossa.core.storage.ProjectStore;
import org.glossa.testing.StreamedExportCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Lines formats written document by document (loaded and prepared on other threads, a few at a time)
 * give the same bytes as each document's own export, concatenated in order (unsplit: their records name their
 * split).
 */
class StreamedJsonExportTest {
    @TempDir
    static Path dir;
    static ProjectStore store;

    @BeforeAll
    static void project() throws Exception {
        store = StreamedExportCheck.project(dir.resolve("project"));
    }

    @Test
    void spansJsonlOfManyDocumentsIsTheirOwnExportsConcatenated() throws Exception {
        StreamedExportCheck.assertSameAsOneByOne(store, dir.resolve("spans"), new SpansJsonlFormat(), Map.of(), "jsonl", false);
    }

    @Test
    void spansJsonlPerSentenceToo() throws Exception {
        StreamedExportCheck.assertSameAsOneByOne(store, dir.resolve("sentences"), new SpansJsonlFormat(),
                Map.of("per", "sentence"), "jsonl", false);
    }

    @Test
    void doccanoToo() throws Exception {
        StreamedExportCheck.assertSameAsOneByOne(store, dir.resolve("doccano"), new DoccanoFormat(), Map.of(), "jsonl", false);
    }
}
