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

import org.glossa.model.GlossaFactory;
import org.glossa.model.SpanAnnotation;
import org.glossa.testing.Fixtures;
import org.glossa.text.Tokenization.Sentence;
import org.glossa.text.Tokenization.Token;
import org.junit.jupiter.api.Test;

class IcuTokenizationTest {
    private static final String MIXED = "삼성전자 이재용 회장은 5일 서울에서 “AI 반도체에 10조 원을 투자하겠다”고 밝혔다. "
            + "习近平主席在北京会见了美国总统Joe Biden。 Apple's CEO Tim Cook said: \"We're excited about Seoul.\" "
            + "😊 U.S.-based 𠮷野家 don't 3.5 e.g. a\u00a0b 👨‍👩‍👧 🇰🇷🇺🇸\n\nNew paragraph\twith a tab.";

    private final Notes report = new Notes();
    private final IcuTokenization tokenization = new IcuTokenization(report.notes()::add);

    @Test
    void englishAbbreviationsDoNotEndSentences() {
        String text = "Mr. Kim met the head of a U.S.-based group on Monday. They talked for an hour.";
        List<Sentence> sentences = whole(text, List.of());
        assertEquals(List.of("Mr. Kim met the head of a U.S.-based group on Monday.", "They talked for an hour."),
                sentenceTexts(text, sentences));
        assertTrue(tokenTexts(sentences.get(0)).containsAll(List.of("Kim", "based", "Monday", ".")));
    }

    @Test
    void spanEdgeInsideAKoreanEojeolSplitsTheTokenAndIsReported() {
        String text = "이재용 회장은 5일 서울에서 말했다. Kim spoke in Seoul에서 today.";
        SpanAnnotation seoulHangul = span("s1", "LOC", text.indexOf("서울"), text.indexOf("서울") + 2);
        SpanAnnotation seoulLatin = span("s2", "LOC", text.indexOf("Seoul"), text.indexOf("Seoul") + 5);
        List<Sentence> sentences = whole(text, List.of(seoulHangul, seoulLatin));

        List<String> tokens = allTokens(sentences).stream().map(Token::text).toList();
        assertTrue(tokens.containsAll(List.of("서울", "에서", "Seoul", "회장은")), tokens.toString());
        assertFalse(tokens.contains("서울에서"));
        // ICU itself separates Latin from Hangul ("Seoul" | "에서"): only the Hangul particle needs a split
        assertEquals(1, tokenization.splitEdges());
        assertEquals(List.of("doc-1: 1 span edge fell inside tokens and split them: s1 LOC '서울' in token '서울에서'"),
                report.notes());
        assertSpansOnTokenEdges(sentences, List.of(seoulHangul, seoulLatin));
    }

    @Test
    void splitsAreCountedAndExemplifiedPerDocument() {
        String text = "회장은 서울에서, 부산에서, 대구에서, 광주에서 말했다.";
        List<SpanAnnotation> cities = new ArrayList<>();
        for (String city : List.of("서울", "부산", "대구", "광주")) {
            cities.add(span("s" + (cities.size() + 1), "LOC", text.indexOf(city), text.indexOf(city) + 2));
        }
        whole(text, cities);
        assertEquals(4, tokenization.splitEdges());
        assertEquals(List.of("doc-1: 4 span edges fell inside tokens and split them: s1 LOC '서울' in token '서울에서', "
                + "s2 LOC '부산' in token '부산에서', s3 LOC '대구' in token '대구에서', ..."), report.notes());
    }

    @Test
    void splitsOfTenDocumentsAreListedTheRestCounted() {
        String text = "회장은 서울에서 말했다.";
        SpanAnnotation seoul = span("s1", "LOC", text.indexOf("서울"), text.indexOf("서울") + 2);
        for (int i = 0; i < 12; i++) {
            whole(text, List.of(seoul));
        }
        assertEquals(12, tokenization.splitEdges());
        assertEquals(12, tokenization.documentsWithSplits());
        assertEquals(11, report.notes().size());
        assertEquals("span edges fell inside tokens in more documents too; they were split the same way (not listed)",
                report.notes().get(10));
    }

    @Test
    void chineseIsSegmentedIntoWords() {
        String text = "习近平主席在北京会见了美国总统。";
        List<String> tokens = allTokens(whole(text, List.of())).stream().map(Token::text).toList();
        assertTrue(tokens.containsAll(List.of("主席", "北京", "会见", "美国", "总统", "。")), tokens.toString());
    }

    @Test
    void emojiAndSupplementaryHanziStayWhole() {
        String text = "Fans 😊 love 𠮷野家 👨‍👩‍👧 🇰🇷🇺🇸.";
        List<String> tokens = allTokens(whole(text, List.of())).stream().map(Token::text).toList();
        assertTrue(tokens.containsAll(List.of("😊", "𠮷", "👨‍👩‍👧", "🇰🇷", "🇺🇸")), tokens.toString());
        for (String token : tokens) {
            assertFalse(Character.isLowSurrogate(token.charAt(0)), token);
            assertFalse(Character.isHighSurrogate(token.charAt(token.length() - 1)), token);
        }
    }

    @Test
    void spanEdgeInsideASurrogatePairIsReportedNotSplit() {
        String text = "Eat at 𠮷野家 now.";
        int inside = text.indexOf("𠮷") + 1;
        List<Sentence> sentences = whole(text, List.of(span("s1", "ORG", inside, inside + 3)));
        assertTrue(allTokens(sentences).stream().anyMatch(t -> t.text().equals("𠮷")));
        assertEquals(0, tokenization.splitEdges());
        assertTrue(report.notes().get(0).contains("inside a character (a surrogate pair)"), report.notes().toString());
    }

    @Test
    void aSpanAcrossASentenceBoundaryKeepsOneSentence() {
        String text = "He said: \"Go home. Do it now.\" Then he left.";
        assertEquals(3, whole(text, List.of()).size());
        SpanAnnotation quote = span("s1", "QUOTE", text.indexOf("Go"), text.indexOf("now.") + 4);
        List<Sentence> sentences = whole(text, List.of(quote));
        assertEquals(List.of("He said: \"Go home. Do it now.\"", "Then he left."), sentenceTexts(text, sentences));
    }

    @Test
    void paragraphBreaksEndSentencesUnlessASpanCrossesThem() {
        String text = "The first paragraph has no full stop\n\nThe second one neither";
        List<Sentence> sentences = whole(text, List.of());
        assertEquals(2, sentences.size());
        SpanAnnotation across = span("s1", "QUOTE", text.indexOf("stop"), text.indexOf("second") + 6);
        List<Sentence> merged = whole(text, List.of(across));
        assertEquals(1, merged.size());
        assertTrue(text.substring(merged.get(0).begin(), merged.get(0).end()).contains("\n\n"));
    }

    @Test
    void onlyTheBodyIsTokenized() {
        String text = "Menu Home News\n\nThe body starts here. It ends here.\n\nComments (3)";
        int begin = text.indexOf("The body");
        int end = text.indexOf("Comments") - 2;
        List<Sentence> sentences = tokenization.sentences("doc-1", text, new TextRegion(begin, end), List.of());
        assertEquals(List.of("The body starts here.", "It ends here."), sentenceTexts(text, sentences));
    }

    @Test
    void tokensAreSubstringsWithoutWhiteSpace() {
        assertTokensAreClean(MIXED, whole(MIXED, List.of()));
    }

    @Test
    void tokensAndSentencesSurviveJoiningWithSpacesAndLineBreaks() {
        assertStableWhenRebuilt(MIXED);
        assertStableWhenRebuilt("He left.\" \"Then she came. Mr. Kim met the U.S. State Department. Dr. No");
    }

    @Test
    void corpusArticlesTokenizeCleanlyAndStably() throws IOException {
        for (Path file : Fixtures.ownArticles()) {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            assertTokensAreClean(text, whole(text, List.of()));
            assertStableWhenRebuilt(text);
        }
    }

    @Test
    void descriptionNamesIcuAndItsVersion() {
        assertTrue(tokenization.description().startsWith("ICU4J 78."), tokenization.description());
    }

    /** The tokens of the text rebuilt as a CoNLL reader does (spaces, line breaks) are the same tokens. */
    private void assertStableWhenRebuilt(String text) {
        List<Sentence> sentences = whole(text, List.of());
        String rebuilt = rebuild(sentences);
        List<Sentence> again = whole(rebuilt, List.of());
        assertEquals(sentences.stream().map(IcuTokenizationTest::tokenTexts).toList(),
                again.stream().map(IcuTokenizationTest::tokenTexts).toList());
    }

    private static String rebuild(List<Sentence> sentences) {
        List<String> lines = new ArrayList<>();
        for (Sentence sentence : sentences) {
            lines.add(String.join(" ", tokenTexts(sentence)));
        }
        return String.join("\n", lines);
    }

    private static void assertTokensAreClean(String text, List<Sentence> sentences) {
        int previousEnd = 0;
        for (Sentence sentence : sentences) {
            assertFalse(sentence.tokens().isEmpty());
            assertEquals(sentence.begin(), sentence.tokens().get(0).begin());
            assertEquals(sentence.end(), sentence.tokens().get(sentence.tokens().size() - 1).end());
            for (Token token : sentence.tokens()) {
                assertTrue(token.begin() >= previousEnd && token.end() > token.begin());
                assertEquals(text.substring(token.begin(), token.end()), token.text());
                assertTrue(token.text().codePoints().noneMatch(IcuTokenizationWords::isSeparator), "white space in " + token);
                previousEnd = token.end();
            }
            assertFalse(text.substring(sentence.begin(), sentence.end()).matches("(?s).*\\n\\s*\\n.*"),
                    "paragraph break inside a sentence");
        }
    }

    private static void assertSpansOnTokenEdges(List<Sentence> sentences, List<SpanAnnotation> spans) {
        List<Token> tokens = allTokens(sentences);
        for (SpanAnnotation span : spans) {
            assertTrue(tokens.stream().anyMatch(t -> t.begin() == span.getBegin()), "no token starts at " + span.getBegin());
            assertTrue(tokens.stream().anyMatch(t -> t.end() == span.getEnd()), "no token ends at " + span.getEnd());
        }
    }

    private static List<Token> allTokens(List<Sentence> sentences) {
        return sentences.stream().flatMap(s -> s.tokens().stream()).toList();
    }

    private static List<String> tokenTexts(Sentence sentence) {
        return sentence.tokens().stream().map(Token::text).toList();
    }

    private static List<String> sentenceTexts(String text, List<Sentence> sentences) {
        return sentences.stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    private List<Sentence> whole(String text, List<SpanAnnotation> respect) {
        return tokenization.sentences("doc-1", text, new TextRegion(0, text.length()), respect);
    }

    /** The notes the tokenization makes, in order. */
    private record Notes(List<String> notes) {
        Notes() {
            this(new ArrayList<>());
        }
    }

    private static SpanAnnotation span(String id, String label, int begin, int end) {
        SpanAnnotation span = GlossaFactory.eINSTANCE.createSpanAnnotation();
        span.setId(id);
        span.setLayer("Entity");
        span.setLabel(label);
        span.setBegin(begin);
        span.setEnd(end);
        return span;
    }
}
