package org.glossa.io.article;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fictional demo articles of {@code demo/corpus} import cleanly and their furniture stays out of the body. */
class DemoCorpusTest {

    private final ArticleReader reader = new ArticleReader();
    private Path corpus;

    @BeforeEach
    void locateCorpus() {
        corpus = SharedFixtures.demoCorpus();
    }

    @Test
    void everyDemoFileImports() throws Exception {
        List<Path> files = ImportScanner.expand(List.of(corpus));
        List<Path> articles = files.stream().filter(file -> !file.getFileName().toString().equals("README.md"))
                .toList();
        assertEquals(5, articles.size(), articles::toString);
        for (Path file : articles) {
            ImportedArticle article = reader.read(file, ImportOptions.defaults());
            int length = article.text().length();
            assertTrue(length >= 1500 && length <= 4500, file + " has " + length + " characters");
            assertTrue(article.body().length() > length / 2, file + ": the body is most of the page");
            assertEquals("en", article.language(), file.toString());
            assertTrue(article.date() != null, file + " has a date");
        }
    }

    @Test
    void harborBridgeVote() throws Exception {
        check("harbor-bridge-vote.txt", "Port Alder council backs Meridian harbor bridge after nine-hour session",
                "Port Alder's city council voted 7-2", "according to the city's planning office.",
                "Skip to content", "By Marta Quill", "mquill@", "Share this story", "Comments (14)", "Most Read",
                "Related articles", "Ferry fares to rise");
    }

    @Test
    void kelpFarmCooperativeKeepsKoreanAndEmoji() throws Exception {
        ImportedArticle article = check("kelp-farm-cooperative.txt",
                "Kelp growers on Sorae Island vote to form the region's first farming cooperative",
                "Thirty-two kelp farming families", "during the Sorae Harvest Festival in April.",
                "로그인", "Reporter Yoon Seo-ah", "haewoncoast", "Weekly Best", "많이 본 뉴스", "Comments 3");
        String body = article.bodyText();
        assertTrue(body.contains("바다는 우리의 밭이다"), "Korean fragment in the body");
        assertTrue(body.contains("Harvest day \uD83C\uDF0A all boats"), "non-BMP emoji kept as a surrogate pair");
        assertEquals("2024-11-03", article.date());
    }

    @Test
    void railStrikeTalksLeavesTheReportingCreditOut() throws Exception {
        ImportedArticle article = check("rail-strike-talks.txt",
                "Transit workers set strike date as talks with Vellan Rail collapse",
                "The Amalgamated Transit and Rail Workers said", "were available \"at any hour.\"",
                "Sign in", "The Lowmarch Ledger", "Reporting by", "Related stories", "相关新闻", "Share this article");
        assertTrue(article.bodyText().contains("公平工资"));
        assertEquals("2025-02-14", article.date());
    }

    @Test
    void observatoryFundingCut() throws Exception {
        check("observatory-funding-cut.txt", "Regional parliament halves funding for Mount Tessel Observatory",
                "The Carrow Regional Parliament voted", "as that event is paid for by private donors.",
                "You are here", "Newsletter", "Science desk", "About the author", "covers science", "Tags:",
                "Recommended for you", "Comments are closed");
    }

    @Test
    void riverFestivalFloodHtml() throws Exception {
        ImportedArticle article = check("river-festival-flood.html",
                "Lantern festival postponed as Osk River floods Velmere old town",
                "The Osk Lantern Festival, which draws", "to fall below warning level by Sunday afternoon.",
                "Skip to content", "Opinion", "Share this article", "Volunteers fill sandbags", "Most read",
                "Velmere Rovers", "Related articles", "Comments (27)", "All rights reserved");
        assertEquals("html", article.format());
        assertEquals("2024-09-21", article.date());
        assertFalse(article.text().contains("dataLayer") || article.text().contains("font-family"));
        assertTrue(article.metadata().get("description").startsWith("Organisers of the Osk Lantern Festival"));
    }

    private ImportedArticle check(String fileName, String title, String bodyStart, String bodyEnd,
            String... boilerplate) throws Exception {
        ImportedArticle article = reader.read(corpus.resolve(fileName), ImportOptions.defaults());
        String body = article.bodyText();
        assertAll(fileName,
                () -> assertEquals(title, article.title()),
                () -> assertTrue(body.startsWith(bodyStart), () -> "body begins: " + body.substring(0, 80)),
                () -> assertTrue(body.endsWith(bodyEnd), () -> "body ends: " + body.substring(body.length() - 80)),
                () -> {
                    for (String marker : boilerplate) {
                        assertTrue(article.text().contains(marker), () -> "fixture lost its marker " + marker);
                        assertFalse(body.contains(marker), () -> "boilerplate \"" + marker + "\" inside the body");
                    }
                });
        return article;
    }
}
