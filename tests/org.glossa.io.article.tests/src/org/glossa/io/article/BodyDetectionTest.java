package org.glossa.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glossa.text.TextRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Title and body detection on generic text, without the seed pages' particular furniture. */
class BodyDetectionTest {

    private static final String CLEAN = """
            Storm closes mountain pass for second day

            Snow and high winds kept the Vessary Pass closed on Tuesday for a second day, stranding dozens of \
            lorries on both sides of the border, the roads agency said.
            Crews expect to reopen one lane by Wednesday morning if the wind drops below gale force overnight.

            "We will not send ploughs up there while the gusts are this strong," said agency spokesperson Nadia Orlov.
            """;

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void cleanTextBodyIsEverythingButTheTitleLine() throws Exception {
        ImportedArticle article = read("storm.txt", CLEAN, ImportOptions.defaults());
        assertEquals("Storm closes mountain pass for second day", article.title());
        assertEquals(CLEAN.indexOf("Snow and high winds"), article.body().begin());
        assertEquals(CLEAN.stripTrailing().length(), article.body().end(), "trailing whitespace is outside");
        assertEquals("en", article.language());
    }

    @Test
    void wholeTextOptionMakesTheBodyTheWholeText() throws Exception {
        ImportedArticle article = read("storm.txt", CLEAN, new ImportOptions(true));
        assertEquals(new TextRegion(0, CLEAN.length()), article.body());
        assertEquals("Storm closes mountain pass for second day", article.title(), "title is still detected");
    }

    @Test
    void textWithoutHeadlineIsTitledByItsFileNameAndKeepsAllParagraphs() throws Exception {
        String text = CLEAN.substring(CLEAN.indexOf("Snow"));
        ImportedArticle article = read("pass-closure.txt", text, ImportOptions.defaults());
        assertEquals("pass-closure", article.title());
        assertEquals(new TextRegion(0, text.stripTrailing().length()), article.body());
    }

    @Test
    void genericFurnitureAroundAnArticleIsExcluded() throws Exception {
        String page = """
                Skip to main content
                World | Business | Sport | Culture | Opinion
                The Evening Mirror

                Museum returns carved doors to village after forty years

                By Hana Ostrow
                Updated 12 May 2022, 09:30

                ▶ The national museum returned two carved wooden doors to the village of Kell on Saturday, four \
                decades after they were taken to the capital for an exhibition that was never held.
                - Villagers gathered in the square to watch the doors being unloaded, and the mayor said they would \
                be hung again in the old chapel by the end of the summer.
                The museum's director said the return had been agreed with the ministry of culture last year.

                Hana Ostrow
                Share on Facebook
                Comments (3)
                Most Viewed
                Stadium plans scrapped
                A guide to the spring markets
                """;
        ImportedArticle article = read("doors.txt", page, ImportOptions.defaults());
        assertEquals("Museum returns carved doors to village after forty years", article.title());
        assertEquals("2022-05-12", article.date());
        String body = article.bodyText();
        assertTrue(body.startsWith("The national museum returned"), body);
        assertTrue(body.endsWith("agreed with the ministry of culture last year."), body);
        assertFalse(body.contains("Hana Ostrow") || body.contains("Share") || body.contains("Stadium"), body);
    }

    @Test
    void furnitureBetweenParagraphsDoesNotSplitTheBody() throws Exception {
        String text = """
                Dockworkers vote to accept new contract

                Dockworkers at Port Alder voted on Friday to accept a three-year contract, ending a dispute that \
                had slowed grain shipments since the summer.
                The union said 81 percent of members who voted backed the deal.

                Advertisement

                Read more: Grain exports fall for a third month
                The contract raises hourly pay by 6 percent in the first year and limits night shifts to four a week.
                "It is not everything we asked for, but it is a contract we can live with," said union president \
                Rosalind Okafor.

                Most Read
                """;
        ImportedArticle article = read("contract.txt", text, ImportOptions.defaults());
        String body = article.bodyText();
        assertTrue(body.startsWith("Dockworkers at Port Alder voted"), body);
        assertTrue(body.endsWith("said union president Rosalind Okafor."), body);
        assertFalse(body.contains("Most Read"), body);
    }

    @Test
    void koreanArticleIsDetectedAndGuessedKorean() throws Exception {
        String text = """
                본문 바로가기 전체메뉴
                섬마을 어민들, 첫 다시마 협동조합 설립

                소래섬 다시마 양식 32가구가 토요일 배와 건조장, 판매를 하나의 협동조합으로 묶기로 결정했다. 해원 해안에서는 처음이다.
                조합장으로 선출된 박민재 씨는 "이제 상인들은 우리 모두와 한꺼번에 이야기해야 한다"고 말했다.

                많이 본 뉴스
                """;
        ImportedArticle article = read("kelp-ko.txt", text, ImportOptions.defaults());
        assertEquals("섬마을 어민들, 첫 다시마 협동조합 설립", article.title());
        assertEquals("ko", article.language());
        assertTrue(article.bodyText().startsWith("소래섬 다시마"), article.bodyText());
        assertTrue(article.bodyText().endsWith("말했다."), article.bodyText());
    }

    private ImportedArticle read(String name, String text, ImportOptions options) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return reader.read(file, options);
    }
}
