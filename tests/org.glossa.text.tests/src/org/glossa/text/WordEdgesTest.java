package org.glossa.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordEdgesTest {

    @Test
    void wholeWordsAgreeWithSnappingOnPossessivesAndHyphenatedNames() {
        String text = "Kim Yung-ho met Ines's aide in a Seoul-based office of al-Assad and Jean-Luc.";
        WordEdges edges = new WordEdges();
        edges.reset(text);
        assertFalse(whole(edges, text, "Kim Yung"), "a name's lower-case syllable belongs to it");
        assertFalse(whole(edges, text, "ho"));
        assertTrue(whole(edges, text, "Kim Yung-ho"));
        assertTrue(whole(edges, text, "Ines"), "the possessive is not part of the word");
        assertTrue(whole(edges, text, "Seoul"), "an English compound leaves the name whole");
        assertFalse(whole(edges, text, "Assad"));
        assertTrue(whole(edges, text, "Jean"), "two capitalised parts are words of their own");
    }

    private static boolean whole(WordEdges edges, String text, String part) {
        int begin = text.indexOf(part);
        assertTrue(begin >= 0, part);
        return edges.isWholeWord(begin, begin + part.length());
    }
}
