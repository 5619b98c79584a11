package org.glossa.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.glossa.model.SpanAnnotation;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;

/**
 * {@link Tokenization} with ICU4J's break iterators: script-aware (dictionary segmentation for Chinese and
 * Japanese, eojeol for Korean), surrogate-safe, punctuation kept as tokens, white space never part of a token.
 * <ul>
 * <li>Only the document's body region is tokenized.</li>
 * <li>Tokens are ICU word boundaries minus white space, made stable so that each token tokenizes to itself
 * (see {@link IcuTokenizationWords}); a token that straddles an edge of a respected span is split there, and
 * every such split is reported with examples, e.g. {@code PER 'Seoul' in token 'Seoul에서'}. Spans are never
 * shifted. An edge inside a surrogate pair is not split (it would break the character) and is reported.</li>
 * <li>Sentences come from ICU's sentence iterator for English with its standard abbreviation suppressions
 * ({@code en@ss=standard}: no break after "Mr.") and none after initialisms such as "U.S." (one token, as in
 * CoNLL-2003), decided on the token sequence (see {@link IcuTokenizationSentences}); every line break ends a
 * sentence, so a paragraph break (two or more line breaks) never lies inside one; and no sentence ends inside a
 * respected span: those sentences are merged.</li>
 * <li>Both are stable: a text rebuilt from the tokens (joined with spaces, sentences with line breaks, as CoNLL
 * readers rebuild it) gives the same tokens and sentences again, so token files round-trip.</li>
 * </ul>
 * One instance serves one export (its report); {@link #sentences} may be called from several threads, and its notes
 * and counts go through {@link OrderedEffects}, so that a pass that tokenizes documents at once still notes them in
 * document order.
 */
public final class IcuTokenization implements Tokenization {
    private static final int EXAMPLES = 3;
    /** Documents whose splits are listed one by one; the rest are only counted, so a big corpus gives few notes. */
    private static final int LISTED_DOCUMENTS = 10;
    private static final BreakIterator WORDS = BreakIterator.getWordInstance(ULocale.ROOT);
    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));

    /**
     * Raise when the tokens or sentence breaks this class computes from a text change (not only when ICU's do), so
     * that no memo of the old ones is used.
     */
    private static final int ALGORITHM = 1;

    private final Consumer<String> notes;
    private final TokenMemo memo;
    private int splitEdges;
    private int documentsWithSplits;

    /**
     * @param notes receives a note for each of the first ten documents in which span edges split tokens (count
     *               and examples), then one saying that further documents are counted but not listed
     */
    public IcuTokenization(Consumer<String> notes) {
        this(notes, TokenMemo.NONE);
    }

    /**
     * @param memo keeps each text's word tokens and sentence breaks (before annotation edges split tokens), so that
     *             the next tokenization of the same text skips ICU's breaking; what it gives back is checked
     */
    public IcuTokenization(Consumer<String> notes, TokenMemo memo) {
        this.notes = notes;
        this.memo = memo;
    }

    @Override
    public List<Sentence> sentences(String documentId, String text, TextRegion body, List<SpanAnnotation> respect) {
        IcuTokenizationWords words;
        IcuTokenizationSentences splitter;
        synchronized (WORDS) { // cloning shares ICU's immutable rule data; the prototypes are not thread-safe
            words = new IcuTokenizationWords(WORDS);
        }
        synchronized (SENTENCES) {
            splitter = new IcuTokenizationSentences(SENTENCES);
        }
        String version = version();
        byte[] recalled = memo.recall(documentId, text, body, version);
        IcuTokenizationMemo.Base base = recalled == null ? null : IcuTokenizationMemo.decode(recalled, text, body);
        IcuTokenizationTokens wordTokens = base != null ? base.tokens() : words.tokenize(text, body.begin(), body.end());
        IcuTokenizationTokens tokens = splitAtSpanEdges(documentId, text, respect, wordTokens, words);
        boolean unsplit = tokens == wordTokens;
        boolean[] breakBefore = unsplit && base != null && base.breakBefore() != null ? base.breakBefore()
                : splitter.breaks(text, tokens);
        if (memo != TokenMemo.NONE && (base == null || unsplit && base.breakBefore() == null)) {
            // The breaks are the text's own only when no annotation edge split a token.
            byte[] remembered = IcuTokenizationMemo.encode(body, wordTokens, unsplit ? breakBefore : null);
            memo.remember(documentId, text, body, version, remembered);
        }
        keepSpansInOneSentence(respect, tokens, breakBefore);
        return assemble(text, tokens, breakBefore);
    }

    /** How many span edges have split tokens so far (over all documents of this instance). */
    public synchronized int splitEdges() {
        return splitEdges;
    }

    /** In how many documents span edges have split tokens so far. */
    public synchronized int documentsWithSplits() {
        return documentsWithSplits;
    }

    @Override
    public String description() {
        return "ICU4J " + VersionInfo.ICU_VERSION.getMajor() + "." + VersionInfo.ICU_VERSION.getMinor()
                + " BreakIterator: word instance (root locale) without white space, each token stable on its own;"
                + " sentence instance (en@ss=standard) over the token sequence, no break after initialisms (U.S.),"
                + " a break at every line break;"
                + " tokens split at annotation edges (reported), no sentence break inside an annotation";
    }

    /** What a memo of this tokenization's results is valid for: the algorithm, ICU's version and the description. */
    String version() {
        return "glossa-icu-tokens " + ALGORITHM + "; ICU4J " + VersionInfo.ICU_VERSION + "; " + description();
    }

    private IcuTokenizationTokens splitAtSpanEdges(String documentId, String text, List<SpanAnnotation> respect,
            IcuTokenizationTokens tokens, IcuTokenizationWords words) {
        int[] cuts = new int[respect.size() * 2];
        int cutCount = 0;
        List<String> examples = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int splits = 0;
        for (SpanAnnotation span : respect) {
            for (int edge : new int[] { span.getBegin(), span.getEnd() }) {
                int token = tokens.strictlyContaining(edge);
                if (token < 0 || span.getBegin() == span.getEnd()) {
                    continue;
                }
                String example = span.getId() + " " + span.getLabel() + " '" + shorten(text.substring(span.getBegin(), span.getEnd()))
                        + "' in token '" + shorten(text.substring(tokens.begin(token), tokens.end(token))) + "'";
                if (Character.isLowSurrogate(text.charAt(edge)) && Character.isHighSurrogate(text.charAt(edge - 1))) {
                    refused.add(example);
                    continue;
                }
                splits++;
                if (examples.size() < EXAMPLES) {
                    examples.add(example);
                }
                cuts[cutCount++] = edge;
            }
        }
        if (!refused.isEmpty()) {
            OrderedEffects.run(() -> notes.accept(documentId + ": " + refused.size() + " span edge"
                    + (refused.size() == 1 ? " falls" : "s fall") + " inside a character (a surrogate pair) and cannot split its token: "
                    + String.join(", ", refused)));
        }
        if (splits == 0) {
            return tokens;
        }
        // Counted and noted in document order (the first documents are listed), even when documents are
        // tokenized at once on several threads.
        int documentSplits = splits;
        OrderedEffects.run(() -> noteSplits(documentId, documentSplits, examples));
        int[] sortedCuts = Arrays.stream(cuts, 0, cutCount).sorted().distinct().toArray();
        IcuTokenizationTokens result = new IcuTokenizationTokens(tokens.size() + sortedCuts.length);
        int next = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int begin = tokens.begin(i);
            int end = tokens.end(i);
            while (next < sortedCuts.length && sortedCuts[next] <= begin) {
                next++;
            }
            if (next == sortedCuts.length || sortedCuts[next] >= end) {
                result.add(begin, end);
                continue;
            }
            int pieceBegin = begin;
            while (next < sortedCuts.length && sortedCuts[next] < end) {
                words.resegment(text, pieceBegin, sortedCuts[next], result);
                pieceBegin = sortedCuts[next++];
            }
            words.resegment(text, pieceBegin, end, result);
        }
        return result;
    }

    private void noteSplits(String documentId, int splits, List<String> examples) {
        int documentNumber;
        synchronized (this) {
            splitEdges += splits;
            documentNumber = ++documentsWithSplits;
        }
        if (documentNumber <= LISTED_DOCUMENTS) {
            notes.accept(documentId + ": " + splits + " span edge" + (splits == 1 ? " fell" : "s fell")
                    + " inside tokens and split them: " + String.join(", ", examples) + (splits > examples.size() ? ", ..." : ""));
        } else if (documentNumber == LISTED_DOCUMENTS + 1) {
            notes.accept("span edges fell inside tokens in more documents too; they were split the same way (not listed)");
        }
    }

    /** Clears the sentence breaks that fall inside a respected span (between its first and last token). */
    private static void keepSpansInOneSentence(List<SpanAnnotation> respect, IcuTokenizationTokens tokens, boolean[] breakBefore) {
        for (SpanAnnotation span : respect) {
            int first = tokens.firstEndingAfter(span.getBegin());
            for (int i = first + 1; i < tokens.size() && tokens.begin(i) < span.getEnd(); i++) {
                breakBefore[i] = false;
            }
        }
    }

    private static List<Sentence> assemble(String text, IcuTokenizationTokens tokens, boolean[] breakBefore) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (breakBefore[i] && !current.isEmpty()) {
                sentences.add(sentence(current));
                current = new ArrayList<>();
            }
            current.add(new Token(tokens.begin(i), tokens.end(i), text.substring(tokens.begin(i), tokens.end(i))));
        }
        if (!current.isEmpty()) {
            sentences.add(sentence(current));
        }
        return sentences;
    }

    private static Sentence sentence(List<Token> tokens) {
        return new Sentence(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), List.copyOf(tokens));
    }

    private static String shorten(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }
}
