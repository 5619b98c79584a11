package org.glossa.io.article;

/**
 * Scores a line by how much it looks like article prose: positive for running text (longer is better), negative
 * for page furniture. The body is the best-scoring stretch of lines, so the signs matter more than the sizes.
 */
final class ProseScorer {

    /** Below this weighted length a line is a label, a menu item or a very short paragraph. */
    private static final int SHORT_LINE = 30;
    /** Length (weighted) that is worth one point of prose; long paragraphs count up to {@link #LENGTH_CAP}. */
    private static final double LENGTH_UNIT = 80;
    private static final int LENGTH_CAP = 600;
    /**
     * Widget headings, captions, menus: strong enough to end a block, weak enough that two paragraphs of prose on
     * each side of an in-body "Advertisement" or "Read more" line keep the block together.
     */
    private static final double CUE_PENALTY = -4;
    private static final double TITLE_REPEAT_PENALTY = -6;
    /** "Advertisement" between paragraphs: outside the body only where nothing but furniture follows. */
    private static final double INLINE_INSERT_PENALTY = -1;

    private final String titleKey;

    /** @param title the article's headline; lines repeating it score as furniture */
    ProseScorer(String title) {
        String key = title == null ? "" : Chars.comparisonKey(title);
        this.titleKey = key.length() >= 8 ? key : null;
    }

    double score(Line line) {
        String stripped = line.stripped();
        if (stripped.isEmpty()) {
            return 0; // blank lines neither break nor extend a block
        }
        if (titleKey != null && titleKey.equals(Chars.comparisonKey(stripped))) {
            return TITLE_REPEAT_PENALTY;
        }
        if (BoilerplateCues.isInlineInsert(stripped)) {
            return INLINE_INSERT_PENALTY;
        }
        if (BoilerplateCues.isHeading(stripped) || BoilerplateCues.isCaption(stripped)
                || BoilerplateCues.isMenu(stripped)) {
            return CUE_PENALTY;
        }
        if (BoilerplateCues.hasGluedDate(stripped)) {
            return -4;
        }
        LineShape shape = LineShape.of(stripped);
        if (BoilerplateCues.isBylineOrDateline(stripped)
                || (BoilerplateCues.hasContact(stripped) && shape.weightedLength() < 100)) {
            return -3;
        }
        if (shape.weightedLength() < SHORT_LINE) {
            boolean shortSentence = shape.sentence() && (shape.words() >= 3 || shape.isMostlyCjk());
            return shortSentence ? 0.5 : -1.5;
        }
        double length = Math.min(shape.weightedLength(), LENGTH_CAP) / LENGTH_UNIT;
        if (!shape.sentence()) {
            return -1 - length / 2; // headlines, teasers and truncated snippets do not end like sentences
        }
        if (shape.letterShare() < 0.5) {
            return -2;
        }
        if (shape.isMostlyLatin()) {
            if (shape.contentWords() >= 4 && shape.capitalShare() >= 0.75 && shape.weightedLength() < 250) {
                return -2; // Title Case: an item of a headline list, even when it ends with "?"
            }
            if (shape.words() >= 8 && shape.stopWordShare() < 0.08) {
                return length * 0.3; // English with almost no function words: keyword lists, tag clouds
            }
        }
        return length;
    }
}
