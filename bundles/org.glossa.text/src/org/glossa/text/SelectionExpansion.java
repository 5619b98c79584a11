package org.glossa.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Expands a selection to the enclosing unit of prose, as Eclipse's "expand selection to enclosing element" does for
 * code: the word (as snapping sees words: "Yung-ho" is one), then the quotation between matching quote marks (its words, without the marks), then the sentence
 * (ICU's sentence break iterator), then the paragraph. Quotes and claims are such units, so one key selects them.
 * <p>
 * Create one per text: building the iterators is the expensive part. Not thread-safe.
 */
public final class SelectionExpansion {
    private static final String OPENING = "\"“«「『";
    private static final String CLOSING = "\"”»」』";

    private final String text;
    private final SnapWords words;
    private final BreakIterator sentences;

    public SelectionExpansion(String text) {
        this.text = Objects.requireNonNull(text, "text");
        this.words = new SnapWords(text);
        this.sentences = BreakIterator.getSentenceInstance(ULocale.ROOT);
        sentences.setText(text);
    }

    /**
     * The smallest of word, quotation, sentence and paragraph around {@code [begin, end)} that is larger than it; empty
     * when the selection already is the whole paragraph or bigger.
     */
    public Optional<TextRegion> expand(int begin, int end) {
        if (begin < 0 || end < begin || end > text.length()) {
            throw new IllegalArgumentException("selection [" + begin + ", " + end + ") is not inside the text of length "
                    + text.length());
        }
        TextRegion paragraph = paragraph(begin, end);
        List<TextRegion> candidates = new ArrayList<>();
        word(begin, end).ifPresent(candidates::add);
        candidates.addAll(quotations(paragraph, begin, end));
        sentence(begin, end).ifPresent(candidates::add);
        candidates.add(paragraph);
        return candidates.stream()
                .filter(c -> c.begin() <= begin && c.end() >= end && c.length() > end - begin)
                .min(Comparator.comparingInt(TextRegion::length));
    }

    private Optional<TextRegion> word(int begin, int end) {
        int start = begin;
        int stop = end;
        if (start == stop) {
            // a caret: the word it is in or at the start of
            if (start < text.length() && !Character.isWhitespace(text.charAt(start))) {
                stop = start + 1;
            } else if (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start = start - 1;
            } else {
                return Optional.empty();
            }
        }
        int wordBegin = words.startAtOrBefore(start);
        int wordEnd = words.endAtOrAfter(stop);
        return Optional.of(trim(wordBegin, wordEnd));
    }

    /** The contents of the quotations in the paragraph, innermost pairs first found; marks paired by kind. */
    private List<TextRegion> quotations(TextRegion paragraph, int begin, int end) {
        List<TextRegion> found = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (int i = paragraph.begin(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            int closing = CLOSING.indexOf(c);
            int last = open.isEmpty() ? -1 : open.get(open.size() - 1);
            if (closing >= 0 && last >= 0 && OPENING.indexOf(text.charAt(last)) == closing) {
                open.remove(open.size() - 1);
                TextRegion content = trim(last + 1, i);
                if (!content.isEmpty()) {
                    found.add(content);
                }
            } else if (OPENING.indexOf(c) >= 0) {
                open.add(i);
            }
        }
        return found;
    }

    private Optional<TextRegion> sentence(int begin, int end) {
        int start = sentences.isBoundary(begin) ? begin : sentences.preceding(begin);
        int stop = end > start && sentences.isBoundary(end) ? end : sentences.following(Math.max(start, end));
        if (stop == BreakIterator.DONE || stop <= start) {
            return Optional.empty();
        }
        TextRegion sentence = trim(start, stop);
        return sentence.isEmpty() ? Optional.empty() : Optional.of(sentence);
    }

    private TextRegion paragraph(int begin, int end) {
        int start = begin == 0 ? 0 : text.lastIndexOf('\n', begin - 1) + 1;
        int stop = text.indexOf('\n', end);
        if (stop < 0 || text.substring(begin, end).indexOf('\n') >= 0) {
            stop = stop < 0 ? text.length() : stop;
        }
        return trim(start, Math.max(start, stop));
    }

    private TextRegion trim(int begin, int end) {
        int b = begin;
        int e = end;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new TextRegion(b, e);
    }
}
