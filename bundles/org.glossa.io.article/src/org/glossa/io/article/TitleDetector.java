package org.glossa.io.article;

import java.util.List;
import java.util.Optional;

/**
 * Finds the headline of a plain-text page: a line above the article text that is shaped like a headline and is
 * not site furniture ("Skip to content", "Send to", a Korean menu, a byline or a date).
 */
final class TitleDetector {

    /** Headlines sit near the top; looking further only finds subheadings. */
    private static final int MAX_LINES_EXAMINED = 40;
    private static final int MAX_HEADLINE_LENGTH = 200;
    /** A sentence-final line at least this long (weighted) is article text, not a headline. */
    private static final int PROSE_LENGTH = 100;

    private TitleDetector() {
    }

    /**
     * The first full headline (five words or more, or ten CJK characters) above the article text; failing that
     * the first shorter one. Mastheads like "The Daily Ledger" come first on a page but are short.
     */
    static Optional<Line> detect(List<Line> lines) {
        Line shortCandidate = null;
        int examined = 0;
        for (Line line : lines) {
            String stripped = line.stripped();
            if (stripped.isEmpty()) {
                continue;
            }
            if (++examined > MAX_LINES_EXAMINED) {
                break;
            }
            LineShape shape = LineShape.of(stripped);
            if (isProseParagraph(shape)) {
                break; // the article text has started: whatever headline there was is above
            }
            if (looksLikeHeadline(shape)) {
                if (isFullHeadline(shape)) {
                    return Optional.of(line);
                }
                if (shortCandidate == null) {
                    shortCandidate = line;
                }
            }
        }
        return Optional.ofNullable(shortCandidate);
    }

    private static boolean isFullHeadline(LineShape shape) {
        return shape.isMostlyCjk() ? shape.cjkLetters() >= 10 : shape.words() >= 5;
    }

    /** For HTML: the line showing the page's headline (its h1, or its title), searched in that order. */
    static Optional<Line> locate(List<Line> lines, List<String> candidates) {
        for (String candidate : candidates) {
            String key = candidate == null ? "" : Chars.comparisonKey(candidate);
            if (key.isEmpty()) {
                continue;
            }
            for (Line line : lines) {
                if (key.equals(Chars.comparisonKey(line.text()))) {
                    return Optional.of(line);
                }
            }
        }
        return Optional.empty();
    }

    static boolean looksLikeHeadline(LineShape shape) {
        String stripped = shape.stripped();
        if (stripped.length() > MAX_HEADLINE_LENGTH || BoilerplateCues.isHeading(stripped)
                || BoilerplateCues.isMenu(stripped) || BoilerplateCues.isCaption(stripped)
                || BoilerplateCues.hasContact(stripped) || BoilerplateCues.hasGluedDate(stripped)
                || BoilerplateCues.isBylineOrDateline(stripped)) {
            return false;
        }
        if (shape.isMostlyCjk()) {
            return shape.cjkLetters() >= 6;
        }
        return shape.words() >= 3 && stripped.length() >= 15 && shape.letterShare() >= 0.6
                && !endsWithFullStop(stripped);
    }

    /** Headlines end without a full stop; "... in the U.S." still counts as one. */
    private static boolean endsWithFullStop(String stripped) {
        if (!stripped.endsWith(".") || stripped.endsWith("...")) {
            return false;
        }
        int space = stripped.lastIndexOf(' ');
        String lastWord = stripped.substring(space + 1, stripped.length() - 1);
        return lastWord.indexOf('.') < 0;
    }

    private static boolean isProseParagraph(LineShape shape) {
        boolean titleCase = shape.isMostlyLatin() && shape.capitalShare() >= 0.75;
        return shape.sentence() && shape.weightedLength() >= PROSE_LENGTH && !titleCase;
    }
}
