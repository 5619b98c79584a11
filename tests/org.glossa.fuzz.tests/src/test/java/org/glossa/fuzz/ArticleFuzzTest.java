package org.glossa.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.glossa.io.article.ArticleImportException;
import org.glossa.io.article.ArticleReader;
import org.glossa.io.article.ImportOptions;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Article import (decoding, HTML extraction, title, body, date and language detection): the first byte picks the
 * file name ({@code .html} when odd, else {@code .txt}), the rest is the file.
 */
class ArticleFuzzTest {
    public static void fuzzerTestOneInput(byte[] data) throws Exception {
        if (data.length == 0) {
            return;
        }
        Path dir = Scratch.fresh();
        Path file = Files.write(dir.resolve((data[0] & 1) == 1 ? "page.html" : "article.txt"),
                Arrays.copyOfRange(data, 1, data.length));
        try {
            new ArticleReader().read(file, ImportOptions.defaults());
        } catch (ArticleImportException expected) {
            // binary, empty, undecodable or textless input, reported with the file
        }
    }

    @FuzzTest(maxDuration = "3s")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void fuzz(byte[] data) throws Exception {
        fuzzerTestOneInput(data);
    }
}
