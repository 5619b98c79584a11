package org.glossa.core.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.text.ContentHash;
import org.glossa.text.TextRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's token cache gives back exactly what was remembered for the same text, body region and tokenizer
 * version, and nothing for anything else: another text under the same document (same length), another version or
 * region, a file cut short or with one byte changed.
 */
class TokenCacheTest {
    private static final String TEXT = "Mayor Ines Calloway said the bridge opens in May.\n";
    private static final TextRegion BODY = new TextRegion(0, TEXT.length());
    private static final byte[] MEMO = { 3, 1, 0, 5, 1, 4, 1, 7, 1 };

    @TempDir
    Path dir;

    @Test
    void givesBackWhatWasRememberedForTheSameTextOnly() throws IOException {
        TokenCache cache = cache();
        assertNull(cache.recall("d1", TEXT, BODY, "v1"));
        cache.remember("d1", TEXT, BODY, "v1", MEMO);
        assertArrayEquals(MEMO, cache.recall("d1", TEXT, BODY, "v1"));
        assertArrayEquals(MEMO, cache().recall("d1", TEXT, BODY, "v1"), "kept for the next export");

        assertNull(cache.recall("d1", TEXT, BODY, "v2"), "another tokenizer version");
        assertNull(cache.recall("d1", TEXT, new TextRegion(6, TEXT.length()), "v1"), "another body region");
        assertNull(cache.recall("d1", TEXT.replace("Ines", "Inez"), BODY, "v1"), "another text of the same length");
        assertNull(cache.recall("d2", TEXT, BODY, "v1"), "a document the cache was not made for");
        assertEquals(List.of(), partialFiles(), "no partial file is left behind");
    }

    @Test
    void ignoresAFileCutShortOrChanged() throws IOException {
        TokenCache cache = cache();
        cache.remember("d1", TEXT, BODY, "v1", MEMO);
        Path file = cacheFiles().get(0);
        byte[] whole = Files.readAllBytes(file);
        for (int i = 0; i < whole.length; i++) {
            byte[] changed = whole.clone();
            changed[i] ^= 0x10;
            Files.write(file, changed);
            assertNull(cache.recall("d1", TEXT, BODY, "v1"), "byte " + i + " changed");
        }
        for (int length : new int[] { 0, 3, whole.length / 2, whole.length - 1 }) {
            Files.write(file, java.util.Arrays.copyOf(whole, length));
            assertNull(cache.recall("d1", TEXT, BODY, "v1"), "cut to " + length + " bytes");
        }
        cache.remember("d1", TEXT, BODY, "v1", MEMO);
        assertArrayEquals(MEMO, cache.recall("d1", TEXT, BODY, "v1"), "written anew");
    }

    private TokenCache cache() {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId("d1");
        document.setContentHash(ContentHash.of(TEXT));
        document.setTextLength(TEXT.length());
        return new TokenCache(new ProjectLayout(dir), Map.of("d1", document));
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve(".glossa/cache/tokens"))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private List<Path> partialFiles() throws IOException {
        return cacheFiles().stream().filter(file -> file.toString().endsWith(".partial")).toList();
    }
}
