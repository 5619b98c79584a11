package org.glossa.text;

import java.util.List;

import org.glossa.model.SpanAnnotation;

/**
 * Sentences and tokens for token-level formats (CoNLL, Hugging Face, OpenNLP), from a well-kept library
 * (ICU4J break iterators), handling English mixed with Korean and Chinese. Offsets stay the source of truth:
 * a token's text is always {@code text.substring(begin, end)}.
 */
public interface Tokenization {
    /**
     * The sentences of the document's body. Tokens are split at the edges of {@code respect} so that each of
     * those spans starts and ends on a token boundary; every such split is reported (count and examples) in
     * the export report, never made silently. No sentence break is made inside one of those spans.
     * Whitespace is never part of a token.
     */
    List<Sentence> sentences(String documentId, String text, TextRegion body, List<SpanAnnotation> respect);

    /** For the dataset card, e.g. "ICU4J 78.3 BreakIterator (sentence and word instances, root locale)". */
    String description();

    record Sentence(int begin, int end, List<Token> tokens) {
    }

    record Token(int begin, int end, String text) {
    }
}
