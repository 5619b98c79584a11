package org.glossa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Name candidates (Tab / Shift+Tab in the editor) on crafted sentences and the five seed articles. */
class NameCandidatesTest {

    @Test
    void runsOfCapitalisedWordsWithConnectorsAndWithoutTitles() {
        String text = "The U.S. President Barack Obama met Amb. Robert King and Kim Yung-ho of the Bank of Korea.\n"
                + "Johnson & Johnson, AT&T and Ludwig van Beethoven saw Osama bin Laden and al-Assad in Seoul.";
        assertEquals(List.of("U.S.", "Barack Obama", "Robert King", "Kim Yung-ho", "Bank of Korea", "Johnson & Johnson",
                "AT&T", "Ludwig van Beethoven", "Osama bin Laden", "al-Assad", "Seoul"), covered(text));
    }

    @Test
    void possessivesPunctuationAndLinesEndARun() {
        String text = "In March, South Korea's National Assembly met O'Neill.\nUnification and Foreign Ministries\nSeoul";
        assertEquals(List.of("March", "South Korea", "National Assembly", "O'Neill", "Unification", "Foreign Ministries",
                "Seoul"), covered(text));
    }

    @Test
    void functionWordsAloneAreNoCandidatesAndScriptsWithCaseCount() {
        String text = "He said it. But they left. Last month Владимир Путин and Ελευθέριος Βενιζέλος spoke. 서울시는 no.";
        assertEquals(List.of("Владимир Путин", "Ελευθέριος Βενιζέλος"), covered(text));
    }

    @Test
    void stepsFromAnOffsetForwardAndBackward() {
        String text = "Barack Obama met Kim Yung-ho in Seoul.";
        NameCandidates names = new NameCandidates(text);
        assertEquals(0, names.firstAtOrAfter(0));
        assertEquals(1, names.firstAtOrAfter(1), "from inside Barack Obama: the next one");
        assertEquals(2, names.firstAtOrAfter(text.indexOf("Kim") + 1));
        assertEquals(-1, names.firstAtOrAfter(text.indexOf("Seoul") + 1));
        assertEquals(1, names.lastAtOrBefore(text.indexOf("in")));
        assertEquals(-1, names.lastAtOrBefore(3));
        assertEquals(2, names.step(0, 0, true, name -> name.begin() < text.indexOf("Seoul")), "skipping the first two");
        assertEquals(0, names.step(text.length(), text.length(), true, name -> false), "wrapping to the start");
        assertEquals(2, names.step(0, 0, false, name -> false), "wrapping to the end");
        assertEquals(-1, names.step(0, 0, true, name -> true), "every one skipped");
    }

    @Test
    void seedArticlesNamesAreFoundWholeAndEachSnapsToItself() throws IOException {
        List<String> all = new ArrayList<>();
        int checked = 0;
        for (String text : seedTexts()) {
            SelectionSnapper snapper = new SelectionSnapper(text);
            TextRegion previous = null;
            for (TextRegion candidate : new NameCandidates(text).all()) {
                assertEquals(candidate, snapper.snap(candidate.begin(), candidate.end(), true),
                        "\"" + candidate.coveredText(text) + "\" snaps to itself");
                assertTrue(previous == null || previous.end() <= candidate.begin(), "in order, not overlapping");
                assertFalse(candidate.coveredText(text).endsWith("'s"), candidate.coveredText(text));
                previous = candidate;
                all.add(candidate.coveredText(text));
                checked++;
            }
        }
        assertTrue(all.containsAll(List.of("Kim Yung-ho", "Barack Obama", "Yonhap News Agency", "U.S.", "Robert King",
                "Pyongyang", "Kim Yong-hyon", "U.N. Human Rights Council")), all.toString());
        assertFalse(all.contains("The") || all.contains("In") || all.contains("Amb. Robert King"), all.toString());
        assertTrue(checked > 100, "candidates in the seed articles: " + checked);
    }

    private static List<String> covered(String text) {
        return new NameCandidates(text).all().stream().map(r -> r.coveredText(text)).toList();
    }

    private static List<String> seedTexts() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.shared("corpus"))) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            assertEquals(5, texts.size(), "the five seed articles");
            return texts;
        }
    }
}
