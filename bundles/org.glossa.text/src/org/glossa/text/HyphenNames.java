package org.glossa.text;

import java.util.Locale;
import java.util.Set;

/**
 * Which hyphenated words are one name even where a selection ends or starts at the hyphen: a capitalised part
 * followed by a lower-case one ("Yung-ho", "Jong-un": Korean and Chinese given names), and an Arabic article or
 * kinship particle before a capitalised part ("al-Assad", "bin-Talal"). English compounds with a name stay
 * apart ("Seoul-based", "U.S.-led", "China-made", "Korea-U.S."): their lower-case part is an English word, which
 * romanised Korean and Chinese syllables never are ("-ed" words, or a short list). Two capitalised parts
 * ("Jean-Luc", "Hewlett-Packard") are one word only for a selection that covers the hyphen: "Korea" in
 * "Korea-U.S." and "Seoul" in "Seoul-Washington" are names of their own.
 */
final class HyphenNames {
    private static final Set<String> PARTICLES = Set.of("al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "bin",
            "bint", "ibn", "abu", "abd", "ould");
    private static final Set<String> ENGLISH_SECOND_PARTS = Set.of("led", "fed", "run", "born", "made", "held", "built",
            "grown", "era", "style", "wide", "like", "type", "level", "class", "bound", "free", "friendly", "specific",
            "language", "area", "centric", "proof", "only", "first", "watcher", "watchers", "policy", "relations",
            "ties", "talks", "summit", "border", "alliance", "flagged");

    private HyphenNames() {
    }

    /** Whether a hyphen joins {@code left} and {@code right} (both all letters) into one name. */
    static boolean joins(String left, String right) {
        if (left.isEmpty() || right.isEmpty() || !allLetters(left) || !allLetters(right)) {
            return false;
        }
        int rightFirst = right.codePointAt(0);
        if (PARTICLES.contains(left) && Character.isUpperCase(rightFirst)) {
            return true;
        }
        return Character.isUpperCase(left.codePointAt(0)) && Character.isLowerCase(rightFirst) && !isEnglishWord(right);
    }

    /** "-ed" participles, long "-ing" forms (pinyin syllables such as "ming" are short), and the list. */
    private static boolean isEnglishWord(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        return lower.endsWith("ed") || lower.endsWith("ing") && lower.length() > 5 || ENGLISH_SECOND_PARTS.contains(lower);
    }

    private static boolean allLetters(String part) {
        return part.codePoints().allMatch(c -> Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK);
    }

    /** Hyphen-minus, hyphen and non-breaking hyphen; dashes (en, em) separate. */
    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
