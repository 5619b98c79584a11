package org.glossa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Expanding a selection word → quotation → sentence → paragraph, on crafted text and on a seed article. */
class SelectionExpansionTest {
    private static final String NEWS = "Home | World\n\nThe council met. \"We are exploring ways to work together,\" said"
            + " one source. Mayor Ines Calloway\u2019s office said: \u201cThe bridge opens in May.\u201d\nMost read\n";

    @Test
    void aCaretGrowsToItsWordThenTheQuotationThenTheSentenceThenTheParagraph() {
        int caret = NEWS.indexOf("exploring") + 3;
        assertEquals(List.of("exploring", "We are exploring ways to work together,",
                "\"We are exploring ways to work together,\" said one source.",
                "The council met. \"We are exploring ways to work together,\" said one source. Mayor Ines Calloway\u2019s"
                        + " office said: \u201cThe bridge opens in May.\u201d"),
                steps(NEWS, caret, caret));
    }

    @Test
    void typographicMarksPairAndAPartialWordGrowsToTheWholeWord() {
        int bridge = NEWS.indexOf("brid");
        List<String> steps = steps(NEWS, bridge, bridge + 4);
        assertEquals("bridge", steps.get(0));
        assertEquals("The bridge opens in May.", steps.get(1), "the content of \u201c\u2026\u201d without the marks");
        assertEquals("Mayor Ines Calloway\u2019s office said: \u201cThe bridge opens in May.\u201d", steps.get(2));
    }

    @Test
    void aSelectionOutsideQuotesSkipsToTheSentenceAndTheParagraphIsTheLastStep() {
        int council = NEWS.indexOf("council");
        List<String> steps = steps(NEWS, council, council + "council".length());
        assertEquals("The council met.", steps.get(0), "an exact word is not grown to itself");
        String paragraph = NEWS.substring(NEWS.indexOf("The council"), NEWS.indexOf("\nMost read"));
        assertEquals(paragraph, steps.get(steps.size() - 1));
        SelectionExpansion expansion = new SelectionExpansion(NEWS);
        int begin = NEWS.indexOf(paragraph);
        assertEquals(Optional.empty(), expansion.expand(begin, begin + paragraph.length()), "nothing beyond the paragraph");
        assertThrows(IllegalArgumentException.class, () -> expansion.expand(5, NEWS.length() + 1));
    }

    @Test
    void aSeedArticlesQuoteAndClaimSentenceAreOneOrTwoSteps() throws Exception {
        Path article = Fixtures.shared("corpus").resolve("002_e0262cf501ceba14.txt");
        String text = Files.readString(article, StandardCharsets.UTF_8);
        int exploring = text.indexOf("exploring");
        List<String> quote = steps(text, exploring, exploring + 5);
        assertEquals("We are exploring ways to work together on that,", quote.get(1));
        int pyongyang = text.indexOf("Pyongyang, however");
        List<String> claim = steps(text, pyongyang, pyongyang);
        assertEquals("Pyongyang", claim.get(0));
        assertEquals("Pyongyang, however, rejects the accusations as a U.S.-led campaign to topple its regime.",
                claim.get(1));
    }

    private static List<String> steps(String text, int begin, int end) {
        SelectionExpansion expansion = new SelectionExpansion(text);
        List<String> steps = new ArrayList<>();
        Optional<TextRegion> next = expansion.expand(begin, end);
        while (next.isPresent()) {
            TextRegion region = next.get();
            assertTrue(region.begin() <= begin && region.end() >= end && region.length() > end - begin, "grows");
            steps.add(region.coveredText(text));
            begin = region.begin();
            end = region.end();
            next = expansion.expand(begin, end);
        }
        return steps;
    }
}
