package org.glossa.io.article;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.glossa.text.ContentHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The five scraped seed articles of {@code ../shared/corpus}: real pages with real boilerplate around them. */
class SeedArticlesTest {

    /** Page furniture seen around the seed articles; none of it may be inside a body. */
    private static final List<String> BOILERPLATE = List.of(
            "相关文章", "最新评论", "Weekly Best Articles", "MOST POPULAR", "Comments0", "Latest Stories", "content@",
            "Quick access", "Share it on", "Back to List", "바로가기", "Photo:", "(left)", "By Yonhap", "Send to");

    private final ArticleReader reader = new ArticleReader();
    private Path corpus;
    private Map<String, String> bodyStarts;

    /** Per test rather than per class, so that a missing corpus shows as failed tests in every report. */
    @BeforeEach
    void locateCorpus() throws IOException {
        corpus = SharedFixtures.sharedCorpus();
        bodyStarts = SharedFixtures.seedBodyStarts(corpus);
        assertEquals(5, bodyStarts.size(), "the corpus README lists five articles with their first sentence");
    }

    @Test
    void koreaHeraldPageWithRelatedListInKoreanAndChinese() throws Exception {
        ImportedArticle article = check("000_82ac7b063d7f1cf3.txt",
                "9f4ab609bc1deae5ac365d310273c02f1479ba3779f38c057f7906cf35f761b2",
                80, "6dbba1137d433946dd5ccdc1f0f5a7e39f5ab1511849dc7ded0b6c635676d8f5");
        String tail = article.text().substring(article.body().end());
        assertTrue(tail.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)
                && tail.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "the Korean and Chinese tail is kept in the text, only outside the body");
        assertNull(article.date(), "the only dates are in the related-article list, not near the top");
    }

    @Test
    void longPageWithRepeatedWidgetLists() throws Exception {
        ImportedArticle article = check("001_03a4c7ddd31a8b43.txt",
                "e4ff5afb7735e736c93095d9712855e04840f0397105aa6fc1a5f3f0fa6a4179",
                81, "75890d62d3c064135d9c9d93b0bf06a3281ffdbff62d95256cc98af90bcc0614");
        assertTrue(article.bodyText().contains(" said, “"), "direct quotes inside the body stay");
    }

    @Test
    void yonhapPageWithSendToMenuAndDateline() throws Exception {
        ImportedArticle article = check("002_e0262cf501ceba14.txt",
                "823753286425cf33267d03f22cca797d5019197ad5dcad0725f0b51a147a63f8",
                55, "37bcde05d2338aa6dbbffbb23e98fe7a368749dbbf4fe17ee06adaf25ea8f890");
        assertEquals("2016-04-05", article.date());
        assertEquals(article.text().length(), article.body().end(), "the article runs to the end of the file");
    }

    @Test
    void pressReleaseAfterKoreanSiteMenuAndBullet() throws Exception {
        ImportedArticle article = check("003_3b1b61814a9714d6.txt",
                "ebd4d3e54b0e35bc2663405600754749a809ca76fa74fd3abb3d53ec374791e3",
                72, "727aaf0c3ca329165422afc5e2e432eb7ca15f59753dedc00b6eee67ba057f90");
        assertEquals("2024-02-16", article.date());
        String before = article.text().substring(0, article.body().begin());
        assertTrue(before.endsWith("□ "), "the body starts after the bullet, not at it");
        assertTrue(before.contains("통일부"), "the Korean menu stays in the text, before the body");
    }

    @Test
    void yonhapPageWithPhotoCaptionBeforeTheBody() throws Exception {
        ImportedArticle article = check("004_e35eb84c6407e43f.txt",
                "90e741f930192579cc4abf225da97d4e875a8b5e2a91ee25d3f274f8bd72f3ae",
                68, "665b0a197cb921b39e8f8bfee0e36c951d6686c99dfde279aacd72b484d3b4b6");
        assertEquals("2024-04-16", article.date());
        assertEquals("UTF-8", article.charset(), "an ASCII file is read as UTF-8");
    }

    /**
     * Checks one seed article. The expected headline and the last words of the body are given as SHA-256 digests
     * (and a length), so that the tests stay exact without copying the seed text into the project.
     */
    private ImportedArticle check(String fileName, String titleSha256, int lastWordsLength, String lastWordsSha256)
            throws Exception {
        Path file = corpus.resolve(fileName);
        ImportedArticle article = reader.read(file, ImportOptions.defaults());
        String body = article.bodyText();
        String firstSentence = bodyStarts.get(fileName);
        assertNotNull(firstSentence, fileName + " is listed in the corpus README");
        byte[] expectedBytes = normalizeLineEndings(Files.readAllBytes(file));
        assertAll(fileName,
                () -> assertEquals(titleSha256, ContentHash.of(article.title()), () -> "title was \"" + article.title() + "\""),
                () -> assertTrue(body.startsWith(firstSentence),
                        () -> "body should begin with \"" + firstSentence + "\" but begins with \""
                                + body.substring(0, Math.min(80, body.length())) + "\""),
                () -> assertEquals(lastWordsSha256, ContentHash.of(body.substring(Math.max(0, body.length() - lastWordsLength)))),
                () -> assertTrue(body.length() >= lastWordsLength,
                        () -> "body should end with the last paragraph but ends with \""
                                + body.substring(Math.max(0, body.length() - 120)) + "\""),
                () -> BOILERPLATE.forEach(marker -> assertFalse(body.contains(marker),
                        () -> "boilerplate \"" + marker + "\" inside the body")),
                () -> assertArrayEquals(expectedBytes, article.text().getBytes(StandardCharsets.UTF_8),
                        "decoded text is byte-for-byte the file (Korean and Chinese included)"),
                () -> assertEquals(fileName.substring(0, fileName.length() - 4), article.suggestedId()),
                () -> assertEquals("text", article.format()),
                () -> assertEquals("en", article.language()),
                () -> assertEquals(fileName, article.metadata().get("sourceFile")),
                () -> assertEquals(Long.toString(Files.size(file)), article.metadata().get("bytes")));
        return article;
    }

    /** CRLF and lone CR to LF, on bytes, so the comparison does not go through any decoder. */
    private static byte[] normalizeLineEndings(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r') {
                out.write('\n');
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toByteArray();
    }
}
