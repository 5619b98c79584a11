package org.glossa.io.json;

import java.util.ArrayList;
import java.util.List;

import org.glossa.model.SpanAnnotation;
import org.glossa.text.TextRegion;
import org.glossa.text.Tokenization.Sentence;

/**
 * Sentence regions for formats that write sentence text rather than tokens: the tokenizer's sentences, with those
 * that a span crosses (a quote of several sentences) merged into one, so that every span lies inside one region.
 * Asking the tokenizer to respect the spans would do the same, but would also split tokens at span edges and
 * report those splits, which mean nothing to a format that writes no tokens.
 */
final class SentenceRegions {
    private SentenceRegions() {
    }

    /** @param spans in document order */
    static List<TextRegion> keepingSpansWhole(List<Sentence> sentences, List<SpanAnnotation> spans) {
        List<TextRegion> regions = new ArrayList<>();
        int next = 0;
        int begin = -1;
        int end = -1;
        int reach = -1; // the furthest end of the spans that begin in the current region
        for (Sentence sentence : sentences) {
            if (begin >= 0 && reach <= end) {
                regions.add(new TextRegion(begin, end));
                begin = -1;
            }
            if (begin < 0) {
                begin = sentence.begin();
            }
            end = sentence.end();
            while (next < spans.size() && spans.get(next).getBegin() < end) {
                reach = Math.max(reach, spans.get(next++).getEnd());
            }
        }
        if (begin >= 0) {
            regions.add(new TextRegion(begin, end));
        }
        return regions;
    }
}
