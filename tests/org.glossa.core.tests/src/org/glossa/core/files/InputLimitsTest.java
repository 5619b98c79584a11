package org.glossa.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glossa.core.storage.ProjectStore;
import org.glossa.io.article.ArticleImportException;
import org.glossa.io.article.ArticleReader;
import org.glossa.io.article.ImportOptions;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one text limit: an article file by its size before reading, any text at the store's gate. */
class InputLimitsTest {
    @TempDir
    Path dir;

    @Test
    void anArticleOverTheLimitIsRefusedByItsSize() throws IOException {
        Path file = dir.resolve("dump.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(InputLimits.MAX_TEXT_BYTES + 1); // sparse: never read, never written
        }
        ArticleImportException e = assertThrows(ArticleImportException.class,
                () -> new ArticleReader().read(file, ImportOptions.defaults()));
        assertEquals(file + ": too large: 33554433 bytes, over the limit of 32 MiB for a text", e.getMessage());
    }

    @Test
    void theStoreRefusesATextOverTheLimitAndWritesNothing() throws IOException {
        ProjectStore store = ProjectStore.create(dir.resolve("p"), "p", NewsSchema.create());
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId("huge");
        // 16 Mi characters of three UTF-8 bytes each: 48 MiB, over the limit in bytes though not in characters
        String text = "\uD55C".repeat(16 * 1024 * 1024);
        TextTooLargeException e = assertThrows(TextTooLargeException.class, () -> store.addDocument(document, text));
        assertEquals("document huge: text of 50331648 bytes is over the limit of 32 MiB", e.getMessage());
        assertFalse(Files.exists(store.layout().text("huge")));
        assertEquals(0, store.project().getDocuments().size());
    }

    @Test
    void utf8LengthCountsWithoutEncoding() {
        String mixed = "a\u00e9\uD55C\uD83D\uDE00";
        assertEquals(mixed.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, InputLimits.utf8Length(mixed));
    }

    @Test
    void theFirstLongLineIsFound() {
        String lines = "short\n" + "x".repeat(InputLimits.MAX_LINE_CHARS) + "\n" + "y".repeat(InputLimits.MAX_LINE_CHARS + 1);
        assertEquals(3, InputLimits.firstLongLine(lines));
        assertEquals(0, InputLimits.firstLongLine("a\nb"));
    }
}
