package org.glossa.io.conll;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportDocument;
import org.glossa.core.format.ExportException;
import org.glossa.model.SpanAnnotation;
import org.glossa.text.Tokenization.Sentence;
import org.glossa.text.Tokenization.Token;

/**
 * A document as a token format writes it: its sentences and, per sentence, the spans of one layer it carries,
 * each covering whole tokens. Spans it cannot carry are reported with the reason; every carried span is
 * verified: its tokens, joined with the text between them, are exactly its covered text.
 */
final class TokenizedDocument {
    private final List<Sentence> sentences;
    private final List<List<TagScheme.Chunk>> chunks;

    private TokenizedDocument(List<Sentence> sentences, List<List<TagScheme.Chunk>> chunks) {
        this.sentences = sentences;
        this.chunks = chunks;
    }

    /**
     * @param formatName for the reasons reported, e.g. "CoNLL"
     */
    static TokenizedDocument of(ExportContext context, ExportDocument document, TokenLayerOptions options, String formatName)
            throws ExportException {
        List<SpanAnnotation> layerSpans = document.spans().stream().filter(s -> options.layer().equals(s.getLayer())).toList();
        List<SpanAnnotation> kept = options.nesting().keep(layerSpans);
        Set<SpanAnnotation> keptSet = Collections.newSetFromMap(new IdentityHashMap<>(kept.size()));
        keptSet.addAll(kept);
        for (SpanAnnotation span : layerSpans) {
            if (!keptSet.contains(span)) {
                context.report().notCarried(document, span, "nested or overlapping span: not expressible in " + formatName);
            }
        }
        List<SpanAnnotation> expressible = new ArrayList<>();
        for (SpanAnnotation span : kept) {
            String problem = tokenProblem(document, span);
            if (problem == null) {
                expressible.add(span);
            } else {
                context.report().notCarried(document, span, problem);
            }
        }
        List<Sentence> sentences = context.tokenization().sentences(document.id(), document.text(), document.body(), expressible);
        return new TokenizedDocument(sentences, place(context, document, sentences, expressible));
    }

    List<Sentence> sentences() {
        return sentences;
    }

    /** The carried spans of sentence {@code index}, in token order. */
    List<TagScheme.Chunk> chunks(int index) {
        return chunks.get(index);
    }

    private static String tokenProblem(ExportDocument document, SpanAnnotation span) {
        if (span.getBegin() == span.getEnd()) {
            return "empty span: covers no token";
        }
        String covered = document.coveredText(span);
        if (isSpace(covered.codePointAt(0)) || isSpace(covered.codePointBefore(covered.length()))) {
            return "span begins or ends with white space: tokens cannot carry it exactly";
        }
        return null;
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    private static List<List<TagScheme.Chunk>> place(ExportContext context, ExportDocument document, List<Sentence> sentences,
            List<SpanAnnotation> spans) throws ExportException {
        int count = sentences.stream().mapToInt(s -> s.tokens().size()).sum();
        int[] begins = new int[count];
        int[] ends = new int[count];
        int[] sentenceOf = new int[count];
        int[] indexInSentence = new int[count];
        int k = 0;
        List<List<TagScheme.Chunk>> chunks = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s).tokens();
            for (int i = 0; i < tokens.size(); i++, k++) {
                begins[k] = tokens.get(i).begin();
                ends[k] = tokens.get(i).end();
                sentenceOf[k] = s;
                indexInSentence[k] = i;
            }
            chunks.add(new ArrayList<>());
        }
        // Spans come in document order: the tokens are walked once, forward (searched only when a span begins
        // before the one before it).
        int first = 0;
        int previousBegin = Integer.MIN_VALUE;
        for (SpanAnnotation span : spans) {
            if (span.getBegin() < previousBegin) {
                first = firstEndingAfter(ends, span.getBegin());
            }
            previousBegin = span.getBegin();
            while (first < count && ends[first] <= span.getBegin()) {
                first++;
            }
            int last = first;
            while (last < count && begins[last] < span.getEnd()) {
                last++;
            }
            last--;
            if (first >= count || last < first) {
                context.report().notCarried(document, span, "covers no token (only invisible characters)");
                continue;
            }
            if (sentenceOf[first] != sentenceOf[last]) {
                throw new ExportException("document " + document.id() + ", span " + span.getId()
                        + ": the tokenization broke a sentence inside the span (" + context.tokenization().description() + ")");
            }
            context.verify(document, span, document.text().substring(begins[first], ends[last]));
            context.report().carried(document, span);
            chunks.get(sentenceOf[first]).add(new TagScheme.Chunk(indexInSentence[first], indexInSentence[last], span.getLabel()));
        }
        return chunks;
    }

    private static int firstEndingAfter(int[] ends, int offset) {
        int found = Arrays.binarySearch(ends, offset + 1);
        if (found >= 0) {
            return found;
        }
        return -found - 1;
    }
}
