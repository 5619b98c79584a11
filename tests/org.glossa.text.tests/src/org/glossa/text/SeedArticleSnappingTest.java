package org.glossa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.Test;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Snapping on the five real seed articles ({@code ../shared/corpus}): the names found in them with a possessive
 * or a trailing comma, their hyphenated given names, initialisms and sentence ends, each snapped as an annotator
 * would drag over it; and random selections over the whole texts checked for the properties every snap keeps.
 */
class SeedArticleSnappingTest {
    /** A capitalised word or hyphenated name, then a possessive or a comma. */
    private static final Pattern NAME_WITH_SUFFIX = Pattern.compile(
            "(?<![\\p{L}\\p{N}.'\u2019-])(\\p{Lu}[\\p{L}\\p{M}]*(?:[-'\u2019][\\p{L}\\p{M}]+)*)(['\u2019]s|,)(?![\\p{L}\\p{N}])");
    /** A capitalised syllable, a hyphen and a lower-case one, not an English participle: "Yung-ho", "Young-hee". */
    private static final Pattern GIVEN_NAME = Pattern.compile("(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+)-(\\p{Ll}+)(?![\\p{L}-])");
    private static final Pattern INITIALISM = Pattern.compile("(?<![\\p{L}.])(?:\\p{Lu}\\.){2,}");
    /** A lower-case word of three letters or more ending a sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<![\\p{L}.'\u2019-])(\\p{Ll}{3,})\\.(?=\\s|$)");
    private static final Set<String> CONTRACTED = Set.of("it", "let", "he", "she", "that", "what", "who", "there", "here");

    @Test
    void namesWithAPossessiveOrATrailingCommaSnapToTheName() {
        int checked = 0;
        for (String text : seedTexts()) {
            SelectionSnapper snapper = new SelectionSnapper(text);
            Matcher m = NAME_WITH_SUFFIX.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                if (CONTRACTED.contains(name.toLowerCase())) {
                    continue;
                }
                assertEquals(name, covered(text, snapper.snap(m.start(), m.end(), true)), "drag over " + m.group());
                if (name.length() >= 3) {
                    assertEquals(name, covered(text, snapper.snap(m.start(1) + 1, m.end(1) - 1, true)),
                            "drag inside " + name);
                }
                checked++;
            }
        }
        assertTrue(checked >= 40, "names with a possessive or comma found in the seed articles: " + checked);
    }

    @Test
    void hyphenatedGivenNamesStayWhole() {
        List<String> found = new ArrayList<>();
        for (String text : seedTexts()) {
            SelectionSnapper snapper = new SelectionSnapper(text);
            Matcher m = GIVEN_NAME.matcher(text);
            while (m.find()) {
                if (m.group(2).endsWith("ed") || m.group(2).endsWith("ing")) {
                    continue; // "Seoul-based": an English compound, not a name
                }
                assertEquals(m.group(), covered(text, snapper.snap(m.start(1), m.end(1), true)), "drag over " + m.group(1));
                assertEquals(m.group(), covered(text, snapper.snap(m.start(2), m.end(2), true)), "drag over " + m.group(2));
                found.add(m.group());
            }
        }
        assertTrue(found.containsAll(List.of("Yung-ho", "Young-hee", "Yong-hyon", "Jong-suk")), found.toString());
    }

    @Test
    void initialismsKeepTheirLastPeriodAndSentenceEndsLoseTheirs() {
        int initialisms = 0;
        int sentenceEnds = 0;
        for (String text : seedTexts()) {
            SelectionSnapper snapper = new SelectionSnapper(text);
            Matcher m = INITIALISM.matcher(text);
            while (m.find()) {
                assertEquals(m.group(), covered(text, snapper.snap(m.start(), m.end() - 1, true)), "drag short of the period");
                assertEquals(m.group(), covered(text, snapper.snap(m.start(), m.end(), true)));
                initialisms++;
            }
            Matcher end = SENTENCE_END.matcher(text);
            while (end.find()) {
                assertEquals(end.group(1), covered(text, snapper.snap(end.start(), end.end(), true)), "drag over " + end.group());
                sentenceEnds++;
            }
        }
        assertTrue(initialisms >= 10 && sentenceEnds >= 20, initialisms + " initialisms, " + sentenceEnds + " sentence ends");
    }

    @Test
    void randomSelectionsKeepEverySnappingProperty() {
        Random random = new Random(14);
        int snapped = 0;
        for (String text : seedTexts()) {
            SelectionSnapper snapper = new SelectionSnapper(text);
            BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
            words.setText(text);
            BreakIterator characters = BreakIterator.getCharacterInstance(ULocale.ROOT);
            characters.setText(text);
            for (int i = 0; i < 3000; i++) {
                int begin = random.nextInt(text.length());
                int end = Math.min(text.length(), begin + random.nextInt(i % 10 == 0 ? 200 : 25));
                if (checkSnap(text, snapper, words, characters, begin, end)) {
                    snapped++;
                }
            }
        }
        assertTrue(snapped > 10_000, "non-blank random selections: " + snapped);
    }

    /** Checks one selection; false when it was blank. */
    private static boolean checkSnap(String text, SelectionSnapper snapper, BreakIterator words, BreakIterator characters,
            int begin, int end) {
        String where = "selection [" + begin + ", " + end + ") '" + text.substring(begin, end) + "'";
        TextRegion exact = snapper.snap(begin, end, false);
        TextRegion region = snapper.snap(begin, end, true);
        if (text.substring(begin, end).codePoints().allMatch(SelectionSnapper::isBlank)) {
            assertTrue(region.isEmpty() && exact.isEmpty(), where);
            return false;
        }
        assertFalse(region.isEmpty(), "a non-blank selection never becomes empty: " + where);
        assertFalse(exact.isEmpty(), where);
        String snapped = covered(text, region);
        assertEquals(region, snapper.snap(region.begin(), region.end(), true), "idempotent: " + where + " -> " + snapped);
        assertEquals(exact, snapper.snap(exact.begin(), exact.end(), false), "idempotent, characters: " + where);
        assertEquals(snapped, snapped.strip(), "no white space at the edges: " + where);
        assertTrue(characters.isBoundary(region.begin()) && characters.isBoundary(region.end()), "a character split: " + where);
        assertTrue(characters.isBoundary(exact.begin()) && characters.isBoundary(exact.end()), "a character split: " + where);
        assertWithinTheSelectedWords(text, words, exact, region, where);
        assertNoSelectedLetterLeftOut(text, exact, region, where);
        if (snapped.codePoints().anyMatch(Character::isLetterOrDigit)) {
            assertCleanEdges(text, snapped, exact, region, where);
        }
        return true;
    }

    /**
     * The region lies inside the ICU words of the selection's edges, or beyond them only by a hyphen-joined name part
     * or by an abbreviation and its period.
     */
    private static void assertWithinTheSelectedWords(String text, BreakIterator words, TextRegion exact, TextRegion region,
            String where) {
        int wordBegin = words.isBoundary(exact.begin()) ? exact.begin() : words.preceding(exact.begin());
        int wordEnd = words.isBoundary(exact.end()) ? exact.end() : words.following(exact.end());
        if (region.begin() < wordBegin) {
            assertTrue(text.substring(region.begin(), wordBegin).matches("[\\p{L}\\p{M}]+(-[\\p{L}\\p{M}]+)*-?|[\\p{L}.]+"), "grew left: " + where);
        }
        if (region.end() > wordEnd) {
            assertTrue(text.substring(wordEnd, region.end()).matches("\\.|-?[\\p{L}\\p{M}]+(-[\\p{L}\\p{M}]+)*"), "grew right: " + where);
        }
    }

    /** Every selected letter or digit stays in, except a possessive's s and Korean particles after the end. */
    private static void assertNoSelectedLetterLeftOut(String text, TextRegion exact, TextRegion region, String where) {
        for (int i = exact.begin(); i < exact.end(); i = text.offsetByCodePoints(i, 1)) {
            if (!Character.isLetterOrDigit(text.codePointAt(i))) {
                continue;
            }
            assertTrue(i >= region.begin(), "a selected letter left out at the start: " + where);
            if (i >= region.end()) {
                String cut = text.substring(region.end(), i + 1);
                assertTrue(cut.matches("['\u2019][sS]|[\uAC00-\uD7A3]+"), "selected '" + cut + "' left out: " + where);
            }
        }
    }

    private static void assertCleanEdges(String text, String snapped, TextRegion exact, TextRegion region, String where) {
        int first = snapped.codePointAt(0);
        int last = snapped.codePointBefore(snapped.length());
        boolean paired = isOpening(first) && isClosing(last);
        assertFalse(",;:-\u2013\u2014.!?\u3002\u3001\uFF0C".indexOf(first) >= 0, "starts with a mark: " + where + " -> " + snapped);
        assertFalse(isOpening(first) && !paired, "starts with an unpaired bracket or quote: " + where + " -> " + snapped);
        assertFalse(isClosing(last) && !paired, "ends with an unpaired bracket or quote: " + where + " -> " + snapped);
        assertFalse(",;:-\u2013\u2014\u3002\u3001\uFF0C".indexOf(last) >= 0, "ends with a mark: " + where + " -> " + snapped);
        if (last == '!' || last == '?') {
            assertEquals(exact.end(), region.end(), "a kept ! or ? was selected: " + where);
        }
        if (last == '.' && !paired) {
            String word = snapped.substring(0, snapped.length() - 1).replaceAll("(?s)^.*[^\\p{L}.]", "");
            assertTrue(word.length() <= 6 && (word.contains(".") || Character.isUpperCase(word.charAt(0))),
                    "a kept period ends a short abbreviation: " + where + " -> " + snapped);
        }
        Matcher possessive = Pattern.compile("(\\p{L}*)['\u2019][sS]$").matcher(snapped);
        if (possessive.find() && !paired) {
            assertTrue(CONTRACTED.contains(possessive.group(1).toLowerCase()), "ends with a possessive: " + where + " -> " + snapped);
        }
    }

    private static boolean isOpening(int c) {
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION || c == '"' || c == '\'';
    }

    private static boolean isClosing(int c) {
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION || c == '"' || c == '\'';
    }

    private static List<String> seedTexts() {
        try (Stream<Path> files = Files.list(Fixtures.shared("corpus"))) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            assertEquals(5, texts.size(), "the five seed articles");
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String covered(String text, TextRegion region) {
        return region.coveredText(text);
    }
}
