package org.glossa.io.article;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glossa.text.TextRegion;

/**
 * Finds the article proper inside a scraped page's text. Every line is scored by {@link ProseScorer}; the body
 * is the contiguous run of lines with the highest total score (Kadane's maximum subarray). Menus and widget
 * lists score negative, so they can only end up inside when prose on both sides outweighs them.
 */
final class BodyRegionDetector {

    /** List markers that come before the first sentence: "□ ", "• ", "▶ ", "- ", an "o " bullet. */
    private static final Pattern LEADING_BULLET = Pattern.compile(
            "^(?:[\\p{So}\\p{Sm}•·‣◦▪▫■□◆◇○●▶►▸▹➤→*\\-–—]+|o(?=\\s))[\\s\\u00A0]+");

    private final ProseScorer scorer;

    BodyRegionDetector(String title) {
        this.scorer = new ProseScorer(title);
    }

    /**
     * @param titleLine the headline's line; the body starts after it
     * @param seed      a region the page marks as its article ({@code <article>}, {@code <main>}), or null
     */
    TextRegion detect(String text, List<Line> lines, Optional<Line> titleLine, TextRegion seed) {
        int from = titleLine.map(Line::end).orElse(0);
        if (seed != null) {
            // The page's own markup is the better guess, but it often holds share bars and "most read" too.
            int seedFrom = from > seed.begin() && from < seed.end() ? from : seed.begin();
            Optional<TextRegion> inSeed = bestBlock(text, lines, seedFrom, seed.end());
            if (inSeed.isPresent()) {
                return inSeed.get();
            }
        }
        return bestBlock(text, lines, from, text.length())
                .or(() -> trimmed(text, from, text.length()))
                .or(() -> trimmed(text, 0, text.length()))
                .orElse(new TextRegion(0, text.length()));
    }

    private Optional<TextRegion> bestBlock(String text, List<Line> lines, int from, int to) {
        double best = 0;
        double current = 0;
        int currentStart = -1;
        int bestStart = -1;
        int bestEnd = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.begin() < from || line.end() > to) {
                continue;
            }
            double score = scorer.score(line);
            if (current <= 0) {
                if (score <= 0) {
                    continue; // a block starts with a line of prose, never with a blank or a menu
                }
                current = 0;
                currentStart = i;
            }
            current += score;
            if (current > best) {
                best = current;
                bestStart = currentStart;
                bestEnd = i;
            }
        }
        if (bestStart < 0) {
            return Optional.empty();
        }
        Line first = lines.get(bestStart);
        int begin = Chars.trimStart(text, first.begin(), first.end());
        Matcher bullet = LEADING_BULLET.matcher(text).region(begin, first.end());
        if (bullet.lookingAt() && bullet.end() < first.end()) {
            begin = bullet.end();
        }
        int end = Chars.trimEnd(text, begin, lines.get(bestEnd).end());
        return Optional.of(new TextRegion(begin, end));
    }

    private static Optional<TextRegion> trimmed(String text, int from, int to) {
        int begin = Chars.trimStart(text, from, to);
        int end = Chars.trimEnd(text, begin, to);
        return begin < end ? Optional.of(new TextRegion(begin, end)) : Optional.empty();
    }
}
