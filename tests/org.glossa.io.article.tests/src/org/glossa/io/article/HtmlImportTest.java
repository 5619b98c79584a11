package org.glossa.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML pages: visible text only, laid out in paragraphs, metadata from the head, body detection on top. */
class HtmlImportTest {

    private static final String PAGE = """
            <!doctype html>
            <html lang="en-GB">
            <head>
              <title>Ferry service resumes after storm - The Alder Bay Courier</title>
              <meta name="description" content="Crossings restart on Monday.">
              <meta name="date" content="2023-11-20">
              <style>p { color: red } .secret-style-rule { }</style>
              <script>var trackingCode = "do-not-show";</script>
            </head>
            <body>
              <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
              <div class="promo">Subscribe to our newsletter</div>
              <h1>Ferry   service
                 resumes after storm</h1>
              <p>By Lena Hoff<br>November 20, 2023</p>
              <p>The ferry between Port Alder and the east bank <b>resumed</b> on Monday after three days in which
                 storm winds kept every boat in harbour, the operator said.</p>
              <p>&ldquo;Our crews worked through the night to check each vessel,&rdquo; said operations manager
                 Joris Tamm. Passengers with cancelled tickets can claim a refund until the end of the month.</p>
              <ul><li>Most read</li><li>Storm damage in pictures</li></ul>
              <noscript>Enable JavaScript</noscript>
              <template><p>Hidden template text</p></template>
              <svg><text>svg label</text></svg>
            </body>
            </html>
            """;

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void scriptStyleAndNavigationAreDroppedAndMetadataIsRead() throws Exception {
        ImportedArticle article = read("ferry.html", PAGE);
        String text = article.text();
        for (String invisible : new String[] {"trackingCode", "do-not-show", "secret-style-rule",
            "Enable JavaScript", "Hidden template text", "svg label"}) {
            assertFalse(text.contains(invisible), invisible);
        }
        assertEquals("html", article.format());
        assertEquals("Ferry service resumes after storm - The Alder Bay Courier", article.title());
        assertEquals("2023-11-20", article.date());
        assertEquals("en-GB", article.language());
        assertEquals("Crossings restart on Monday.", article.metadata().get("description"));
        assertEquals("ferry", article.suggestedId());

        String body = article.bodyText();
        assertTrue(body.startsWith("The ferry between Port Alder"), body);
        assertTrue(body.endsWith("claim a refund until the end of the month."), body);
        assertFalse(body.contains("Home") || body.contains("Subscribe") || body.contains("Most read"), body);
    }

    @Test
    void blocksBecomeParagraphsAndInlineTextIsJoinedWithSingleSpaces() throws Exception {
        String text = read("ferry.html", PAGE).text();
        assertTrue(text.contains("\n\nFerry service resumes after storm\n\nBy Lena Hoff\nNovember 20, 2023\n\n"),
                text);
        assertTrue(text.contains("east bank resumed on Monday after three days in which storm winds"), text);
        assertTrue(text.contains("“Our crews worked through the night to check each vessel,” said"), text);
        assertTrue(text.contains("\n\nMost read\nStorm damage in pictures"), text);
        assertFalse(text.contains("  "), "runs of spaces are collapsed");
        assertFalse(text.startsWith("\n") || text.endsWith("\n"), "no leading or trailing breaks");
    }

    @Test
    void articleElementSeedsBodyButWidgetsInsideItStayOut() throws Exception {
        String page = """
                <html><head>
                <meta property="og:title" content="Council approves bridge">
                <meta property="article:published_time" content="2025-03-12T18:40:00Z">
                </head><body>
                <p>Long sidebar text that is not part of the article but is written in full sentences, so that only
                the article element can tell it apart from the story itself, which follows below.</p>
                <article>
                  <h1>Council approves bridge</h1>
                  <div>Share this article</div>
                  <p>The city council approved the new bridge on Tuesday night after a long public session in which
                  dozens of residents spoke for and against the plan.</p>
                  <p>Construction will begin next year, the planning office said in a statement on Wednesday.</p>
                  <aside><h2>Most popular</h2><p>Five things to do this weekend</p></aside>
                </article>
                <footer>Copyright 2025 The Courier</footer>
                </body></html>
                """;
        ImportedArticle article = read("bridge.htm", page);
        assertEquals("Council approves bridge", article.title());
        assertEquals("2025-03-12", article.date());
        String body = article.bodyText();
        assertTrue(body.startsWith("The city council approved"), body);
        assertTrue(body.endsWith("in a statement on Wednesday."), body);
        assertFalse(body.contains("sidebar") || body.contains("Most popular") || body.contains("Share"), body);
    }

    @Test
    void htmlIsSniffedInATextFileAndEntitiesAreDecoded() throws Exception {
        String page = "\n  <!DOCTYPE html><html><body><h1>Caf&eacute; reopens</h1>"
                + "<p>The caf&eacute; on Weir Street reopened on Friday &amp; served its first customers at seven in "
                + "the morning, the owner said.</p></body></html>";
        ImportedArticle article = read("scraped.txt", page);
        assertEquals("html", article.format());
        assertEquals("Café reopens", article.title());
        assertEquals("The café on Weir Street reopened on Friday & served its first customers at seven in the "
                + "morning, the owner said.", article.bodyText());
        assertNull(article.date());
    }

    @Test
    void declaredLegacyCharsetIsHonoured() throws Exception {
        String page = "<html lang=\"ko\"><head><meta charset=\"euc-kr\"><title>통일부 보도자료</title></head>"
                + "<body><p>통일부는 15일 오후 외교단을 대상으로 설명회를 열었다고 밝혔다. 참석자들은 높은 관심을 보였다.</p></body></html>";
        Path file = Files.write(dir.resolve("korean.html"), page.getBytes(Charset.forName("EUC-KR")));
        ImportedArticle article = reader.read(file, ImportOptions.defaults());
        assertEquals("EUC-KR", article.charset());
        assertEquals("통일부 보도자료", article.title());
        assertEquals("ko", article.language());
        assertTrue(article.bodyText().startsWith("통일부는 15일 오후"), article.bodyText());
    }

    @Test
    void pageWithoutVisibleTextIsRejected() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.html"),
                "<html><head><title>x</title><script>var a = 1;</script></head><body> </body></html>");
        ArticleImportException e = assertThrows(ArticleImportException.class,
                () -> reader.read(file, ImportOptions.defaults()));
        assertEquals(file + ": HTML page contains no visible text", e.getMessage());
    }

    private ImportedArticle read(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        return reader.read(file, ImportOptions.defaults());
    }
}
