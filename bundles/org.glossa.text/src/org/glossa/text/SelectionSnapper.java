package org.glossa.text;

import java.util.Objects;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Turns a rough mouse or keyboard selection into a clean span range, the one implementation of snapping for the
 * editor (and anything else that takes selections).
 * <ul>
 * <li>Always: no white space at the edges, and no edge inside a character: surrogate pairs, combining marks and
 * emoji sequences (grapheme clusters) stay whole. That is all the character-level snapping
 * ({@code toWords = false}) does.</li>
 * <li>With {@code toWords}: each edge moves outwards to the edge of the word it falls into ({@link SnapWords}:
 * ICU's words, so Korean by eojeol and Chinese and Japanese by dictionary word; "O'Neill", "U.S." and hyphenated
 * names such as "Kim Yung-ho" whole). Then what NER guidelines leave out is trimmed at the edges
 * ({@link SpanEdges}): trailing punctuation, a possessive, unpaired brackets and quotation marks ("China's" gives
 * "China", "North Korea," gives "North Korea", "Reuters)" gives "Reuters"). A selection that ends inside a
 * Korean eojeol right before its particles keeps that end ("서울시" of "서울시는").</li>
 * </ul>
 * Edges only move inwards over white space and those left-out marks, and a selection that is not blank never
 * becomes empty (a selected "," alone stays). Snapping a snapped region gives it back. Offsets are UTF-16.
 * <p>
 * Create one per text: the iterators are built once. Not thread-safe.
 */
public final class SelectionSnapper {
    private final String text;
    private final SnapWords words;
    private final SpanEdges edges;
    private final BreakIterator characters;

    public SelectionSnapper(String text) {
        this.text = Objects.requireNonNull(text, "text");
        this.words = new SnapWords(text);
        this.edges = new SpanEdges(words);
        this.characters = BreakIterator.getCharacterInstance(ULocale.ROOT);
        characters.setText(text);
    }

    /**
     * Snaps a selection.
     *
     * @param toWords whether to snap to words (the default) or keep exactly the selected characters, trimmed of
     *                white space (the editor's modifier for character-level selection)
     * @return the snapped region, or an empty region at {@code begin} when nothing but white space was selected
     */
    public TextRegion snap(int begin, int end, boolean toWords) {
        if (begin < 0 || end < begin || end > text.length()) {
            throw new IllegalArgumentException("selection [" + begin + ", " + end + ") is not inside the text of length "
                    + text.length());
        }
        int selectedBegin = trimStart(outsideCharacter(begin, false), end);
        int selectedEnd = trimEnd(selectedBegin, outsideCharacter(end, true));
        if (selectedBegin == selectedEnd) {
            return new TextRegion(begin, begin);
        }
        if (!toWords) {
            return new TextRegion(selectedBegin, selectedEnd);
        }
        int wordBegin = words.startAtOrBefore(selectedBegin);
        int wordEnd = endBeforeKoreanParticles(selectedEnd, words.endAtOrAfter(selectedEnd));
        TextRegion trimmed = edges.trim(wordBegin, wordEnd, selectedEnd);
        if (trimmed.isEmpty()) { // only left-out marks were selected: keep them
            int fallbackBegin = trimStart(wordBegin, wordEnd);
            return new TextRegion(fallbackBegin, trimEnd(fallbackBegin, wordEnd));
        }
        return trimmed;
    }

    /** The selected end when the rest of its Korean eojeol is particles ("서울시|는"), else the word's end. */
    private int endBeforeKoreanParticles(int selectedEnd, int wordEnd) {
        if (selectedEnd == wordEnd || !KoreanParticles.isHangulSyllable(text.charAt(selectedEnd - 1))
                || !KoreanParticles.isHangulSyllable(text.charAt(selectedEnd))) {
            return wordEnd;
        }
        int eojeolEnd = words.segmentEnd(selectedEnd);
        return KoreanParticles.isParticles(text.substring(selectedEnd, eojeolEnd)) ? selectedEnd : wordEnd;
    }

    /** Moves an offset inside a grapheme cluster (surrogate pair, combining marks, emoji sequence) outwards. */
    private int outsideCharacter(int offset, boolean forward) {
        if (characters.isBoundary(offset)) {
            return offset;
        }
        return forward ? characters.following(offset) : characters.preceding(offset);
    }

    private int trimStart(int begin, int end) {
        while (begin < end) {
            int codePoint = text.codePointAt(begin);
            if (!isBlank(codePoint)) {
                break;
            }
            begin += Character.charCount(codePoint);
        }
        return Math.min(begin, end);
    }

    private int trimEnd(int begin, int end) {
        while (end > begin) {
            int codePoint = text.codePointBefore(end);
            if (!isBlank(codePoint)) {
                break;
            }
            end -= Character.charCount(codePoint);
        }
        return Math.max(begin, end);
    }

    /** Whitespace including no-break and ideographic spaces, and the invisible zero-width space and BOM. */
    static boolean isBlank(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == '\u200B'
                || codePoint == '\uFEFF';
    }
}
