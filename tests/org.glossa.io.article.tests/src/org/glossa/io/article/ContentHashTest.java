package org.glossa.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glossa.text.ContentHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentHashTest {

    @TempDir
    Path dir;

    @Test
    void isSha256OfTheUtf8TextInLowercaseHex() {
        // FIPS 180-2 test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.of("abc"));
    }

    @Test
    void dependsOnTheTextOnlyNotOnFileNameEncodingOrLineEndings() throws Exception {
        String text = "Ferry fares rise\n\nFares on the Alder Bay ferry rise by 5% from April, the operator said.\n";
        ArticleReader reader = new ArticleReader();
        ImportedArticle utf8 = reader.read(Files.writeString(dir.resolve("one.txt"), text),
                ImportOptions.defaults());
        ImportedArticle utf16 = reader.read(Files.write(dir.resolve("two.txt"),
                ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_16BE)), ImportOptions.defaults());
        ImportedArticle again = reader.read(dir.resolve("one.txt"), new ImportOptions(true));

        assertEquals(ContentHash.of(text), utf8.contentHash());
        assertEquals(utf8.contentHash(), utf16.contentHash());
        assertEquals(utf8.contentHash(), again.contentHash(), "stable across reads and options");
        assertEquals(64, utf8.contentHash().length());

        ImportedArticle changed = reader.read(Files.writeString(dir.resolve("three.txt"), text.replace("5%", "6%")),
                ImportOptions.defaults());
        assertNotEquals(utf8.contentHash(), changed.contentHash());
    }
}
