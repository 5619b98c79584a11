package org.glossa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Snapping on crafted text, one rule at a time (the seed articles: {@link SeedArticleSnappingTest}). */
class SelectionSnapperTest {
    private static final String ENGLISH = "  Mayor Ines Calloway's plan, said officials.\n";

    @Test
    void englishSelectionsGrowToWholeWordsButNotToPunctuationOrSpaces() {
        SelectionSnapper snapper = new SelectionSnapper(ENGLISH);
        assertEquals("Mayor Ines", snapped(snapper, ENGLISH, "yor Ines", true));
        assertEquals("plan", snapped(snapper, ENGLISH, "pla", true), "the comma after it stays out");
        assertEquals("said officials", snapped(snapper, ENGLISH, "aid offic", true));
        assertEquals("yor Ines", snapped(snapper, ENGLISH, "yor Ines", false), "without word snapping only spaces go");
    }

    @Test
    void possessivesAreLeftOutButContractionsAndApostropheNamesStay() {
        String text = "China's envoy met Calloway\u2019s aide and Reuters\u2019 editor, O'Neill and O\u2019Brien. "
                + "\"It's late,\" he said. Let\u2019s see what CHINA'S men and the U.S.'s allies think.";
        SelectionSnapper snapper = new SelectionSnapper(text);
        assertEquals("China", snapped(snapper, text, "China's", true), "a drag over the whole word");
        assertEquals("China", snapped(snapper, text, "hin", true), "a drag inside it");
        assertEquals("Calloway", snapped(snapper, text, "Calloway\u2019s", true), "the typographic apostrophe too");
        assertEquals("Reuters", snapped(snapper, text, "Reuters\u2019", true), "a bare apostrophe after s");
        assertEquals("O'Neill", snapped(snapper, text, "O'Nei", true), "an apostrophe inside a name");
        assertEquals("O\u2019Brien", snapped(snapper, text, "Brie", true));
        assertEquals("\"It's late,\"", snapped(snapper, text, "\"It's late,\"", true),
                "a quotation with both its marks stays whole; It's inside it is not at the edge");
        assertEquals("It's", snapped(snapper, text, "It'", true), "a contraction is no possessive");
        assertEquals("Let\u2019s", snapped(snapper, text, "Let", true));
        assertEquals("CHINA", snapped(snapper, text, "CHINA'S", true));
        assertEquals("U.S.", snapped(snapper, text, "U.S.'s", true), "the abbreviation keeps its period");
        assertEquals("China", snapped(snapper, text, "'s", true), "a selected possessive alone still gives its word");
    }

    @Test
    void trailingAndLeadingPunctuationIsLeftOutUnlessBracketsOrQuotesPair() {
        String text = "In North Korea, (Reuters) said: \u201CWe agree;\u201D really?! The [new] plan\u2026 \u2014 ends.";
        SelectionSnapper snapper = new SelectionSnapper(text);
        assertEquals("North Korea", snapped(snapper, text, "North Korea,", true), "a selected comma stays out");
        assertEquals("North Korea", snapped(snapper, text, "North Korea, ", true));
        assertEquals("Reuters", snapped(snapper, text, "Reuters)", true), "a bracket covered partly stays out");
        assertEquals("Reuters", snapped(snapper, text, "(Reut", true));
        assertEquals("(Reuters)", snapped(snapper, text, "(Reuters)", true), "both brackets selected: the pair stays");
        assertEquals("said", snapped(snapper, text, "said:", true));
        assertEquals("\u201CWe agree;\u201D", snapped(snapper, text, "\u201CWe agree;\u201D", true));
        assertEquals("We agree", snapped(snapper, text, "We agree;\u201D", true), "the closing quote alone stays out");
        assertEquals("really", snapped(snapper, text, "really?!", true), "marks after a lower-case word");
        assertEquals("new", snapped(snapper, text, "new]", true));
        assertEquals("plan", snapped(snapper, text, "plan\u2026 \u2014", true), "an ellipsis and a dash");
        assertEquals("ends", snapped(snapper, text, "\u2014 ends.", true), "a leading dash and the full stop");
        assertEquals(",", snapped(snapper, text, ",", true), "a selection of a mark alone is never emptied");
        assertEquals("(", snapped(snapper, text, "(", true));
    }

    @Test
    void abbreviationsKeepTheirPeriodASentenceDoesNot() {
        String text = "The U.S. and Apple Inc. hired Martin Luther King Jr. and John F. Kennedy Jr., then Mr. Kim "
                + "of S. Korea left Korea. Dr. No met Gen. Lee in Jan. at 3 p.m. in Washington.";
        SelectionSnapper snapper = new SelectionSnapper(text);
        assertEquals("U.S.", snapped(snapper, text, "U.S", true), "the last period of an initialism joins the word");
        assertEquals("U.S.", snapped(snapper, text, "U.S. ", true));
        assertEquals("Apple Inc.", snapped(snapper, text, "ple Inc", true), "Inc. is not in ICU's list: ours");
        assertEquals("Martin Luther King Jr.", snapped(snapper, text, "Martin Luther King Jr.", true));
        assertEquals("John F. Kennedy Jr.", snapped(snapper, text, "ohn F. Kennedy Jr.,", true),
                "a middle initial; the comma after Jr. stays out");
        assertEquals("Mr. Kim", snapped(snapper, text, "Mr. Ki", true), "Mr. from ICU's suppressions");
        assertEquals("S. Korea", snapped(snapper, text, "S. Korea", true));
        assertEquals("Korea", snapped(snapper, text, "Korea. ", true), "a full stop after a name stays out");
        assertEquals("Dr.", snapped(snapper, text, "Dr", true));
        assertEquals("Gen. Lee", snapped(snapper, text, "Gen. Lee", true));
        assertEquals("Jan.", snapped(snapper, text, "Jan", true), "Jan. from ICU's suppressions");
        assertEquals("3 p.m.", snapped(snapper, text, "3 p.m", true));
        assertEquals("Washington", snapped(snapper, text, "Washington.", true));
    }

    @Test
    void anExclamationMarkStaysOnlyWhenTheWholeNameWasSelected() {
        String text = "She left Yahoo! for Jeopardy! and Yahoo! again, what a day! Truly.";
        SelectionSnapper snapper = new SelectionSnapper(text);
        assertEquals("Yahoo!", snapped(snapper, text, "Yahoo!", true));
        assertEquals("Yahoo!", snapped(snapper, text, "ahoo!", true), "the selection ended with the mark");
        assertEquals("Yahoo!", snapped(snapper, text, "Yahoo! ", true), "blanks after it do not count");
        assertEquals("Yahoo", snapped(snapper, text, "Yaho", true), "a drag that stops before it leaves it out");
        assertEquals("Jeopardy! and", snapped(snapper, text, "Jeopardy! an", true), "inside a span it is not an edge");
        assertEquals("day", snapped(snapper, text, "day!", true), "after a lower-case word it is the sentence's");
    }

    @Test
    void hyphenatedAndApostropheNamesStayWholeButSpacedDashesSeparate() {
        String text = "Minister Kim Yung-ho met Kim Jong-un's envoy, Bashar al-Assad, Jean-Luc Picard and "
                + "Hewlett-Packard; Seoul - Washington talks, Seoul \u2013 Tokyo, Seoul \u2014 Beijing, a Seoul-based "
                + "group, U.S.-led talks, Korea-U.S. ties, a well-known man, Seoul\u2014Washington.";
        SelectionSnapper snapper = new SelectionSnapper(text);
        assertEquals("Kim Yung-ho", snapped(snapper, text, "Kim Yung", true), "a lower-case given-name syllable joins");
        assertEquals("Kim Yung-ho", snapped(snapper, text, "Kim Yung-", true));
        assertEquals("Yung-ho met", snapped(snapper, text, "ho met", true), "the start joins too");
        assertEquals("Kim Jong-un", snapped(snapper, text, "Kim Jong-un's", true), "and the possessive goes");
        assertEquals("al-Assad", snapped(snapper, text, "Assad", true), "an Arabic article joins its name");
        assertEquals("Jean-Luc", snapped(snapper, text, "Jean-L", true), "a selection across the hyphen");
        assertEquals("Hewlett-Packard", snapped(snapper, text, "lett-Pack", true));
        assertEquals("Seoul", snapped(snapper, text, "Seoul -", true), "a spaced hyphen separates");
        assertEquals("Seoul", snapped(snapper, text, "Seoul \u2013", true), "a spaced en dash separates");
        assertEquals("Seoul", snapped(snapper, text, "Seoul \u2014", true), "a spaced em dash separates");
        assertEquals("Seoul-based", snapped(snapper, text, "Seoul-b", true), "a selection across any hyphen takes both");
        assertEquals("Seoul", firstOf(snapper, text, "Seoul-based", "Seoul"), "an English compound stays apart");
        assertEquals("U.S.", firstOf(snapper, text, "U.S.-led", "U.S"));
        assertEquals("Korea", firstOf(snapper, text, "Korea-U.S.", "Korea"), "two names of their own");
        assertEquals("well", firstOf(snapper, text, "well-known", "wel"));
        assertEquals("Seoul", firstOf(snapper, text, "Seoul\u2014Washington", "Seoul"), "an unspaced em dash too");
    }

    @Test
    void koreanSnapsToTheWholeEojeolUnlessTheSelectionEndsBeforeItsParticles() {
        String text = "서울시는 오늘 새 다리를 발표했다. 국회에서는 삼성전자가 iPhone을 샀다.";
        SelectionSnapper snapper = new SelectionSnapper(text);
        assertEquals("서울시는", snapped(snapper, text, "울시는", true), "the start grows to the eojeol's start");
        assertEquals("서울시", snapped(snapper, text, "울시", true), "the selection ended before the particle 는");
        assertEquals("서울시", snapped(snapper, text, "서울시", true));
        assertEquals("오늘 새 다리를", snapped(snapper, text, "늘 새 다", true), "리를 is not a particle: whole eojeol");
        assertEquals("발표했다", snapped(snapper, text, "표했", true), "a verb ending is not a particle; the stop stays out");
        assertEquals("국회", snapped(snapper, text, "국회", true), "에서는 is two particles");
        assertEquals("iPhone", snapped(snapper, text, "Phon", true), "ICU separates Latin from a Hangul particle");
        assertEquals("표했다.", snapped(snapper, text, "표했다.", false));
    }

    @Test
    void chineseAndJapaneseSnapToDictionaryWordsAlsoInMixedLines() {
        String text = "我们在北京大学学习。习近平主席在北京会见了美国总统Joe Biden。東京都に住んでいます。";
        SelectionSnapper snapper = new SelectionSnapper(text);
        assertEquals("北京大学", snapped(snapper, text, "京大", true), "北京 and 大学 are words of the dictionary");
        assertEquals("学习", snapped(snapper, text, "习。", true), "the full stop 。 stays out");
        assertEquals("Joe Biden", snapped(snapper, text, "oe Bid", true), "Latin inside a Chinese line");
        assertEquals("总统Joe", snapped(snapper, text, "统Jo", true));
        assertEquals("東京", snapped(snapper, text, "東", true));
        assertEquals("東京都", snapped(snapper, text, "京都", true));
    }

    @Test
    void spacesAndLineBreaksAreTrimmedAtBothEdges() {
        SelectionSnapper snapper = new SelectionSnapper(ENGLISH);
        assertEquals(region(ENGLISH, "Mayor"), snapper.snap(0, 8, false));
        int officials = ENGLISH.indexOf("officials");
        assertEquals(new TextRegion(officials, officials + 10), snapper.snap(officials - 1, ENGLISH.length(), false),
                "the leading space and the trailing newline go, the full stop stays: characters as selected");
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
    void charactersAreNeverSplitSurrogatePairsCombiningMarksEmojiSequences() {
        String text = "great 👍🏽 day 𝐀𝐁𝐂 end Ame\u0301lie 👨\u200D👩\u200D👧 ok";
        SelectionSnapper snapper = new SelectionSnapper(text);
        int thumb = text.indexOf("👍");
        TextRegion inside = snapper.snap(thumb + 1, thumb + 3, false);
        assertEquals(new TextRegion(thumb, thumb + 4), inside, "offsets inside a character move outwards");
        assertEquals("👍🏽", covered(text, snapper.snap(thumb + 1, thumb + 2, true)), "the skin tone belongs to the emoji");
        int bold = text.indexOf("𝐀");
        assertEquals("𝐀𝐁𝐂", covered(text, snapper.snap(bold + 2, bold + 3, true)), "supplementary letters form words");
        assertEquals("𝐁", covered(text, snapper.snap(bold + 3, bold + 3 + 1, false)));
        int accent = text.indexOf("e\u0301");
        assertEquals("e\u0301", covered(text, snapper.snap(accent, accent + 1, false)), "the accent stays with its e");
        assertEquals("Ame\u0301lie", covered(text, snapper.snap(accent, accent + 1, true)));
        int family = text.indexOf("👨");
        assertEquals("👨\u200D👩\u200D👧", covered(text, snapper.snap(family + 3, family + 4, false)),
                "a ZWJ sequence is one character");
        assertEquals("👨\u200D👩\u200D👧", covered(text, snapper.snap(family + 3, family + 4, true)));
    }

    @Test
    void characterLevelSelectionKeepsExactlyWhatWasSelected() {
        String text = "China's envoy, (Reuters) Yung-ho.";
        SelectionSnapper snapper = new SelectionSnapper(text);
        for (String selected : new String[] { "China's", "hin", "envoy,", "(Reut", "Yung", "ho." }) {
            assertEquals(selected, snapped(snapper, text, selected, false));
        }
    }

    @Test
    void selectionsOutsideTheTextAreRefused() {
        SelectionSnapper snapper = new SelectionSnapper("short");
        assertThrows(IllegalArgumentException.class, () -> snapper.snap(-1, 2, true));
        assertThrows(IllegalArgumentException.class, () -> snapper.snap(3, 2, true));
        assertThrows(IllegalArgumentException.class, () -> snapper.snap(0, 6, true));
    }

    /** Snaps {@code selected} found inside the first occurrence of {@code context}. */
    private static String firstOf(SelectionSnapper snapper, String text, String context, String selected) {
        int begin = text.indexOf(context);
        assertTrue(begin >= 0, context);
        int at = text.indexOf(selected, begin);
        return covered(text, snapper.snap(at, at + selected.length(), true));
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
