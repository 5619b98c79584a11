package org.glossa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SelectionSnapperTest {
    private static final String ENGLISH = "  Mayor Ines Calloway's plan, said officials.\n";

    @Test
    void englishSelectionsGrowToWholeWordsButNotToPunctuationOrSpaces() {
        SelectionSnapper snapper = new SelectionSnapper(ENGLISH);
        assertEquals("Mayor Ines", snapped(snapper, ENGLISH, "yor Ines", true));
        assertEquals("Calloway's", snapped(snapper, ENGLISH, "llo", true), "the possessive belongs to the word");
        assertEquals("plan", snapped(snapper, ENGLISH, "pla", true), "the comma after it stays out");
        assertEquals("plan,", snapped(snapper, ENGLISH, "an,", true), "a selected comma stays in");
        assertEquals("said officials", snapped(snapper, ENGLISH, "aid offic", true));
        assertEquals("yor Ines", snapped(snapper, ENGLISH, "yor Ines", false), "without word snapping only spaces go");
    }

    @Test
    void spacesAndLineBreaksAreTrimmedAtBothEdges() {
        SelectionSnapper snapper = new SelectionSnapper(ENGLISH);
        assertEquals(region(ENGLISH, "Mayor"), snapper.snap(0, 8, false));
        int officials = ENGLISH.indexOf("officials");
        assertEquals(new TextRegion(officials, officials + 10), snapper.snap(officials - 1, ENGLISH.length(), false),
                "the leading space and the trailing newline go, the full stop stays");
        String text = "first line\n\u00a0\u3000 second\t\n";
        assertEquals(region(text, "second"), new SelectionSnapper(text).snap(10, text.length(), true),
                "no-break and ideographic spaces are spaces too");
    }

    @Test
    void onlyWhitespaceSelectedGivesAnEmptyRegion() {
        String text = "one \n\t two";
        SelectionSnapper snapper = new SelectionSnapper(text);
        TextRegion snapped = snapper.snap(3, 7, true);
        assertTrue(snapped.isEmpty());
        assertEquals(new TextRegion(3, 3), snapped);
        assertEquals(new TextRegion(5, 5), snapper.snap(5, 5, true), "an empty selection stays empty");
    }

    @Test
    void koreanSnapsToTheWholeEojeol() {
        String text = "서울시는 오늘 새 다리를 발표했다.";
        SelectionSnapper snapper = new SelectionSnapper(text);
        assertEquals("서울시는", snapped(snapper, text, "울시", true));
        assertEquals("오늘 새 다리를", snapped(snapper, text, "늘 새 다", true));
        assertEquals("발표했다", snapped(snapper, text, "표했", true), "the full stop stays out");
        assertEquals("표했다.", snapped(snapper, text, "표했다.", false));
    }

    @Test
    void chineseSnapsToDictionaryWords() {
        String text = "我们在北京大学学习。";
        SelectionSnapper snapper = new SelectionSnapper(text);
        assertEquals("北京大学", snapped(snapper, text, "京大", true), "北京 and 大学 are words of the dictionary");
        assertEquals("学习", snapped(snapper, text, "习", true), "the full stop 。 stays out");
    }

    @Test
    void surrogatePairsAndEmojiSequencesAreNeverSplit() {
        String text = "great 👍🏽 day 𝐀𝐁𝐂 end";
        SelectionSnapper snapper = new SelectionSnapper(text);
        int thumb = text.indexOf("👍");
        TextRegion inside = snapper.snap(thumb + 1, thumb + 3, false);
        assertEquals(new TextRegion(thumb, thumb + 4), inside, "offsets inside a surrogate pair move outwards");
        assertEquals("👍🏽", covered(text, snapper.snap(thumb + 1, thumb + 2, true)), "the skin tone belongs to the emoji");
        int bold = text.indexOf("𝐀");
        assertEquals("𝐀𝐁𝐂", covered(text, snapper.snap(bold + 2, bold + 3, true)), "supplementary letters form words");
        assertEquals("𝐁", covered(text, snapper.snap(bold + 3, bold + 3 + 1, false)));
    }

    @Test
    void selectionsOutsideTheTextAreRefused() {
        SelectionSnapper snapper = new SelectionSnapper("short");
        assertThrows(IllegalArgumentException.class, () -> snapper.snap(-1, 2, true));
        assertThrows(IllegalArgumentException.class, () -> snapper.snap(3, 2, true));
        assertThrows(IllegalArgumentException.class, () -> snapper.snap(0, 6, true));
    }

    private static String snapped(SelectionSnapper snapper, String text, String selected, boolean toWords) {
        TextRegion selection = region(text, selected);
        return covered(text, snapper.snap(selection.begin(), selection.end(), toWords));
    }

    private static TextRegion region(String text, String part) {
        int begin = text.indexOf(part);
        assertTrue(begin >= 0, part);
        return new TextRegion(begin, begin + part.length());
    }

    private static String covered(String text, TextRegion region) {
        return region.coveredText(text);
    }
}
