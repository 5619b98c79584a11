package org.glossa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.glossa.model.GlossaFactory;
import org.glossa.model.SpanAnnotation;
import org.glossa.testing.Fixtures;
import org.glossa.text.Tokenization.Sentence;
import org.junit.jupiter.api.Test;

/**
 * A tokenization that takes its word tokens and sentence breaks from a memo gives exactly the sentences, tokens and
 * notes of one that computes them: on the seed articles and on mixed scripts, with no spans, with spans on words
 * and with span edges that split tokens or cross sentence breaks, the first time (remembering) and the next.
 */
class IcuTokenizationMemoTest {
    private static final String MIXED = "삼성전자 이재용 회장은 5일 서울에서 “AI 반도체에 10조 원을 투자하겠다”고 밝혔다. "
            + "习近平主席在北京会见了美国总统Joe Biden。 Apple's CEO Tim Cook said: \"We're excited about Seoul.\" "
            + "😊 U.S.-based 𠮷野家 don't 3.5 e.g. a\u00a0b 👨‍👩‍👧 🇰🇷🇺🇸\n\nNew paragraph\twith a tab. Mr. Kim left.";

    private final MapMemo memo = new MapMemo();

    @Test
    void rememberedTokensGiveTheSameSentencesAndNotes() throws IOException {
        List<String> texts = new ArrayList<>(List.of(MIXED));
        for (Path file : Fixtures.ownArticles()) {
            texts.add(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
        }
        for (String text : texts) {
            for (TextRegion body : List.of(new TextRegion(0, text.length()), new TextRegion(text.length() / 3, text.length()))) {
                for (List<SpanAnnotation> spans : List.of(List.<SpanAnnotation>of(), wordSpans(text, body),
                        splittingSpans(text, body))) {
                    assertSameAsComputed(text, body, spans);
                }
            }
        }
        assertTrue(memo.recalled > 0 && memo.remembered > 0, memo.recalled + " recalled, " + memo.remembered + " remembered");
    }

    @Test
    void nothingIsRememberedWithoutAMemoAndForeignBytesAreRefused() {
        String text = "Mayor Ines Calloway said the bridge opens in May.";
        TextRegion body = new TextRegion(0, text.length());
        new IcuTokenization(notes -> { }, memo).sentences("d", text, body, List.of());
        byte[] remembered = memo.memos.values().iterator().next();
        assertFalse(IcuTokenizationMemo.decode(remembered, text, body) == null);
        assertNull(IcuTokenizationMemo.decode(remembered, text, new TextRegion(0, 10)), "tokens outside the body");
        assertNull(IcuTokenizationMemo.decode(remembered, text.replace(' ', '_').replace("Ines", " nes"), body),
                "a token beginning with white space");
        assertNull(IcuTokenizationMemo.decode(java.util.Arrays.copyOf(remembered, remembered.length - 1), text, body));
        assertNull(IcuTokenizationMemo.decode(new byte[] { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF },
                text, body));
    }

    private void assertSameAsComputed(String text, TextRegion body, List<SpanAnnotation> spans) {
        List<String> computedNotes = new ArrayList<>();
        List<Sentence> computed = new IcuTokenization(computedNotes::add).sentences("d", text, body, spans);
        for (int pass = 0; pass < 2; pass++) {
            List<String> notes = new ArrayList<>();
            List<Sentence> fromMemo = new IcuTokenization(notes::add, memo).sentences("d", text, body, spans);
            assertEquals(computed, fromMemo, "pass " + pass + " over " + body + " with " + spans.size() + " spans");
            assertEquals(computedNotes, notes);
        }
    }

    /** Every third word of the body, as a span on the word. */
    private static List<SpanAnnotation> wordSpans(String text, TextRegion body) {
        List<SpanAnnotation> spans = new ArrayList<>();
        int word = 0;
        for (int begin = body.begin(), end; begin < body.end(); begin = end + 1) {
            end = text.indexOf(' ', begin);
            if (end < 0 || end > body.end()) {
                break;
            }
            if (end > begin && word++ % 3 == 0 && !Character.isWhitespace(text.charAt(begin))) {
                spans.add(span("w" + spans.size(), begin, end));
            }
        }
        return spans;
    }

    /** Spans from the middle of one word to the middle of a word some sentences on. */
    private static List<SpanAnnotation> splittingSpans(String text, TextRegion body) {
        List<SpanAnnotation> spans = new ArrayList<>();
        int length = body.end() - body.begin();
        for (int i = 1; i < 4; i++) {
            int begin = body.begin() + length * i / 5;
            int end = Math.min(body.end(), begin + 1 + length / 7);
            if (Character.isLowSurrogate(text.charAt(begin))) {
                begin++;
            }
            if (end < body.end() && Character.isLowSurrogate(text.charAt(end))) {
                end++;
            }
            if (begin < end) {
                spans.add(span("s" + i, begin, end));
            }
        }
        return spans;
    }

    private static SpanAnnotation span(String id, int begin, int end) {
        SpanAnnotation span = GlossaFactory.eINSTANCE.createSpanAnnotation();
        span.setId(id);
        span.setLayer("Entity");
        span.setLabel("ORG");
        span.setBegin(begin);
        span.setEnd(end);
        return span;
    }

    /** A memo in memory, by text, body and version. */
    private static final class MapMemo implements TokenMemo {
        final Map<String, byte[]> memos = new ConcurrentHashMap<>();
        int recalled;
        int remembered;

        @Override
        public byte[] recall(String documentId, String text, TextRegion body, String version) {
            byte[] memo = memos.get(key(text, body, version));
            recalled += memo == null ? 0 : 1;
            return memo;
        }

        @Override
        public void remember(String documentId, String text, TextRegion body, String version, byte[] memo) {
            memos.put(key(text, body, version), memo);
            remembered++;
        }

        private static String key(String text, TextRegion body, String version) {
            return version + "\u0000" + body + "\u0000" + text;
        }
    }
}
