package org.glossa.io.article;

import java.util.Locale;
import java.util.Set;

/**
 * Frequent English function words. Running prose is full of them; menus, headline lists and tag clouds are not,
 * and Title Case headlines leave exactly these words lower-case.
 */
final class StopWords {

    private static final Set<String> ENGLISH = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but",
            "as", "is", "was", "are", "were", "be", "been", "has", "have", "had", "that", "this", "these",
            "which", "who", "it", "its", "their", "his", "her", "they", "he", "she", "we", "our", "not", "no",
            "will", "would", "said", "says", "also", "after", "than", "into", "about", "over", "more", "such",
            "there", "can", "could", "should", "may", "if", "when", "while", "do", "did", "does", "so", "all");

    private StopWords() {
    }

    static boolean isEnglish(String word) {
        return ENGLISH.contains(word.toLowerCase(Locale.ROOT));
    }
}
