package org.glossa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;

import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.Test;

class WordStepsTest {
    private static final String ENGLISH = "  Mayor Ines Calloway's plan, said officials.\n";

    @Test
    void englishEndGrowsWordByWordStoppingBeforeThePossessiveWithEachPunctuationMarkAsOneStep() {
        assertEquals(List.of("  Mayor", " Ines", " Calloway", "'s", " plan", ",", " said", " officials", "."),
                endSteps(ENGLISH, 0));
        String curly = "Ines Calloway\u2019s plan";
        WordSteps steps = new WordSteps(curly);
        assertEquals(" Calloway", curly.substring(4, steps.nextWordEnd(4)),
                "the end stops where snapping ends a span: before the possessive, with a typographic apostrophe too");
        assertEquals(" Calloway\u2019s", curly.substring(4, steps.nextWordEnd(steps.nextWordEnd(4))));
    }

    @Test
    void abbreviationsAndHyphenatedNamesAreOneStepLikeTheSnappersWords() {
        String text = "Kim Yung-ho met U.S. envoys and Apple Inc. in a well-known Seoul-based hall.";
        assertEquals(List.of("Kim", " Yung-ho", " met", " U.S.", " envoys", " and", " Apple", " Inc.", " in", " a",
                " well", "-", "known", " Seoul", "-", "based", " hall", "."), endSteps(text, 0));
        assertEquals(List.of("hall", "based ", "-", "Seoul", "known ", "-", "well", "a ", "in ", "Inc. ", "Apple ",
                "and ", "envoys ", "U.S. ", "met ", "Yung-ho ", "Kim "), startSteps(text, text.lastIndexOf('.')));
    }

    @Test
    void englishStartGrowsBackWordByWord() {
        int said = ENGLISH.indexOf("said");
        assertEquals(List.of(", ", "plan", "Calloway's ", "Ines ", "Mayor "), startSteps(ENGLISH, said));
    }

    @Test
    void shrinkingKeepsAtLeastOneWord() {
        WordSteps steps = new WordSteps(ENGLISH);
        int begin = ENGLISH.indexOf("Ines");
        int end = ENGLISH.indexOf("'s plan") + 2;
        assertEquals(ENGLISH.indexOf("'s"), steps.previousWordEnd(end, begin), "the end steps off the possessive first");
        assertEquals(ENGLISH.indexOf(" Calloway"), steps.previousWordEnd(ENGLISH.indexOf("'s"), begin),
                "then back over a word");
        assertEquals(ENGLISH.indexOf("Calloway"), steps.nextWordStart(begin, end), "the start steps past a word");
        int inesEnd = begin + "Ines".length();
        assertEquals(inesEnd, steps.previousWordEnd(inesEnd, begin), "a one-word span keeps its end");
        assertEquals(begin, steps.nextWordStart(begin, inesEnd), "a one-word span keeps its start");
    }

    @Test
    void aHyphenIsAStepOfItsOwnAsTheSnapperSeesIt() {
        String text = "a well-known mayor";
        assertEquals(List.of("a", " well", "-", "known", " mayor"), endSteps(text, 0));
        int hyphen = text.indexOf('-');
        assertEquals(new TextRegion(hyphen, hyphen + 1), new SelectionSnapper(text).snap(hyphen, hyphen + 1, true),
                "the snapper's word segments split at the hyphen too");
        assertEquals(text.indexOf("known"), new WordSteps(text).nextWordStart(hyphen, text.length()));
    }

    @Test
    void koreanStepsByEojeol() {
        String text = "서울시는 오늘 새 다리를 발표했다.";
        assertEquals(List.of("서울시는", " 오늘", " 새", " 다리를", " 발표했다", "."), endSteps(text, 0));
        assertEquals(List.of("다리를 ", "새 ", "오늘 ", "서울시는 "), startSteps(text, text.indexOf("발표")));
    }

    @Test
    void chineseWithoutSpacesStepsByDictionaryWordNotByTheWholeRun() {
        String text = "我们在北京大学学习。";
        assertEquals(List.of("我们", "在", "北京", "大学", "学习", "。"), endSteps(text, 0));
        assertEquals(List.of("学习", "大学", "北京", "在", "我们"), startSteps(text, text.indexOf('。')));
        WordSteps steps = new WordSteps(text);
        int beijing = text.indexOf("北京");
        assertEquals(text.indexOf("大学"), steps.nextWordStart(beijing, text.length()));
        assertEquals(beijing + 2, steps.previousWordEnd(text.indexOf("大学") + 2, text.indexOf("在")),
                "the end steps back from after 大学 to after 北京");
    }

    @Test
    void emojiSequencesAndSupplementaryCharactersAreNeverSplit() {
        String text = "Fans 👍🏽 cheered 👨‍👩‍👧 loudly 𠀀 ok";
        List<String> steps = endSteps(text, 0);
        assertEquals(List.of("Fans", " 👍🏽", " cheered", " 👨‍👩‍👧", " loudly", " 𠀀", " ok"), steps);
        WordSteps wordSteps = new WordSteps(text);
        for (int offset = 0; offset <= text.length(); offset++) {
            for (int edge : new int[] { wordSteps.nextWordEnd(offset), wordSteps.previousWordStart(offset) }) {
                assertFalse(edge > 0 && edge < text.length() && Character.isLowSurrogate(text.charAt(edge)),
                        "a step from " + offset + " landed inside a surrogate pair at " + edge);
            }
        }
    }

    @Test
    void nothingToStepOverLeavesTheEdge() {
        String text = "word  \n";
        WordSteps steps = new WordSteps(text);
        assertEquals(4, steps.nextWordEnd(4), "only blanks follow");
        assertEquals(0, steps.previousWordStart(0));
        assertEquals(text.length(), steps.nextWordEnd(text.length()));
        assertThrows(IllegalArgumentException.class, () -> steps.nextWordEnd(text.length() + 1));
        assertThrows(IllegalArgumentException.class, () -> steps.previousWordStart(-1));
    }

    @Test
    void everySnappedSpanOnTheSeedArticlesIsReachedByWordStepsFromEitherEdge() throws Exception {
        Random random = new Random(14);
        int checked = 0;
        try (Stream<Path> files = Files.list(Fixtures.shared("corpus"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                SelectionSnapper snapper = new SelectionSnapper(text);
                WordSteps steps = new WordSteps(text);
                for (int i = 0; i < 1000; i++) {
                    int begin = random.nextInt(text.length());
                    TextRegion span = snapper.snap(begin, Math.min(text.length(), begin + 1 + random.nextInt(30)), true);
                    if (span.isEmpty() || endsInsideAKoreanEojeol(text, span.end())) {
                        continue; // an end before particles is kept as selected; word steps go by eojeol
                    }
                    int end = span.begin();
                    while (end < span.end()) {
                        end = steps.nextWordEnd(end);
                    }
                    assertEquals(span.end(), end, () -> "the end steps over " + span.coveredText(text));
                    int start = span.end();
                    while (start > span.begin()) {
                        start = steps.previousWordStart(start);
                    }
                    assertEquals(span.begin(), start, () -> "the start steps over " + span.coveredText(text));
                    checked++;
                }
            }
        }
        assertTrue(checked > 4000, "snapped spans checked: " + checked);
    }

    private static boolean endsInsideAKoreanEojeol(String text, int end) {
        return end > 0 && end < text.length() && KoreanParticles.isHangulSyllable(text.charAt(end - 1))
                && KoreanParticles.isHangulSyllable(text.charAt(end));
    }

    /** The stretches a span end covers as it grows word by word from {@code end} until it can go no further. */
    private static List<String> endSteps(String text, int end) {
        return stretches(text, end, new WordSteps(text)::nextWordEnd);
    }

    /** The stretches a span start covers as it grows back word by word from {@code begin} to the text's start. */
    private static List<String> startSteps(String text, int begin) {
        return stretches(text, begin, new WordSteps(text)::previousWordStart);
    }

    private static List<String> stretches(String text, int edge, IntUnaryOperator step) {
        List<String> stretches = new ArrayList<>();
        for (int next = step.applyAsInt(edge); next != edge; next = step.applyAsInt(edge)) {
            stretches.add(text.substring(Math.min(edge, next), Math.max(edge, next)));
            edge = next;
        }
        return stretches;
    }
}
