package org.glossa.core.importer;

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

    /** Per test rather than per class, so that a missing corpus shows as skipped tests in every report. */
    @BeforeEach
    void locateCorpus() throws IOException {
        corpus = SharedFixtures.sharedCorpus();
        bodyStarts = SharedFixtures.seedBodyStarts(corpus);
        assertEquals(5, bodyStarts.size(), "the corpus README lists five articles with their first sentence");
    }

    @Test
    void koreaHeraldPageWithRelatedListInKoreanAndChinese() throws Exception {
        ImportedArticle article = check("000_82ac7b063d7f1cf3.txt",
                "Unification minister meets US civic group head to discuss NK human rights",
                "with satellite events having been held mostly in the US, according to the group.");
        assertTrue(article.text().contains("홍익표") && article.text().contains("最新评论"),
                "the Korean and Chinese tail is kept in the text, only outside the body");
        assertNull(article.date(), "the only dates are in the related-article list, not near the top");
    }

    @Test
    void longPageWithRepeatedWidgetLists() throws Exception {
        ImportedArticle article = check("001_03a4c7ddd31a8b43.txt",
                "Fighting for Freedom: U.S. and South Korea Seek Solutions for North Korean Human Rights Issues",
                "both countries plan to push for the next meeting in the second half of this year.");
        assertFalse(article.bodyText().contains("Daniel Kim\n"), "the author line after the last paragraph");
        assertTrue(article.bodyText().contains("Special Envoy Turner said, “The priorities"),
                "direct quotes inside the body stay");
    }

    @Test
    void yonhapPageWithSendToMenuAndDateline() throws Exception {
        ImportedArticle article = check("002_e0262cf501ceba14.txt",
                "South Korea, U.S. discuss ways to improve Pyongyang's human rights situation",
                "to verify the North's human rights violations. (Yonhap)");
        assertEquals("2016-04-05", article.date());
        assertEquals(article.text().length(), article.body().end(), "the article runs to the end of the file");
    }

    @Test
    void pressReleaseAfterKoreanSiteMenuAndBullet() throws Exception {
        ImportedArticle article = check("003_3b1b61814a9714d6.txt",
                "Sharing the vision of the ROK government’s North Korean human rights policy with the international"
                        + " community",
                "for substantive improvements of North Korean human rights in the future.");
        assertEquals("2024-02-16", article.date());
        String before = article.text().substring(0, article.body().begin());
        assertTrue(before.endsWith("□ "), "the body starts after the bullet, not at it");
        assertTrue(before.contains("통일부"), "the Korean menu stays in the text, before the body");
    }

    @Test
    void yonhapPageWithPhotoCaptionBeforeTheBody() throws Exception {
        ImportedArticle article = check("004_e35eb84c6407e43f.txt",
                "S. Korea, US hold NK human rights talks in Washington",
                "to discuss North Korea's ties with Russia and other issues. (Yonhap)");
        assertEquals("2024-04-16", article.date());
        assertEquals("UTF-8", article.charset(), "an ASCII file is read as UTF-8");
    }

    private ImportedArticle check(String fileName, String title, String lastWords) throws Exception {
        Path file = corpus.resolve(fileName);
        ImportedArticle article = reader.read(file, ImportOptions.defaults());
        String body = article.bodyText();
        String firstSentence = bodyStarts.get(fileName);
        assertNotNull(firstSentence, fileName + " is listed in the corpus README");
        byte[] expectedBytes = normalizeLineEndings(Files.readAllBytes(file));
        assertAll(fileName,
                () -> assertEquals(title, article.title()),
                () -> assertTrue(body.startsWith(firstSentence),
                        () -> "body should begin with \"" + firstSentence + "\" but begins with \""
                                + body.substring(0, Math.min(80, body.length())) + "\""),
                () -> assertTrue(body.endsWith(lastWords),
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
