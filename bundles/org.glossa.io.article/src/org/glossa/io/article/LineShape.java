package org.glossa.io.article;

import java.util.regex.Pattern;

/**
 * Countable features of one stripped line, computed once and shared by the title and body heuristics.
 *
 * @param weightedLength  length in code points, CJK characters counted twice (they carry about a word each)
 * @param words           whitespace-separated tokens that contain a letter
 * @param stopWords       of those, English function words
 * @param contentWords    words that are not function words
 * @param capitalised     content words starting with an upper-case letter
 * @param letters         letters of any script
 * @param latinLetters    letters of the Latin script
 * @param cjkLetters      Han, Hangul and kana characters
 * @param visible         non-space code points
 * @param sentence        ends the way a sentence does
 */
record LineShape(String stripped, int weightedLength, int words, int stopWords, int contentWords, int capitalised,
        int letters, int latinLetters, int cjkLetters, int visible, boolean sentence) {

    private static final Pattern WORD_SEPARATOR = Pattern.compile("[\\s\\u00A0]+");

    static LineShape of(String stripped) {
        int weighted = 0;
        int letters = 0;
        int latin = 0;
        int cjk = 0;
        int visible = 0;
        for (int i = 0; i < stripped.length(); i += Character.charCount(stripped.codePointAt(i))) {
            int cp = stripped.codePointAt(i);
            boolean isCjk = Chars.isCjk(cp);
            weighted += isCjk ? 2 : 1;
            if (!Chars.isSpace(cp)) {
                visible++;
            }
            if (Character.isLetter(cp)) {
                letters++;
                if (isCjk) {
                    cjk++;
                } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        int words = 0;
        int stop = 0;
        int content = 0;
        int capitalised = 0;
        for (String token : WORD_SEPARATOR.split(stripped)) {
            String word = trimToLettersAndDigits(token);
            if (word.isEmpty() || word.codePoints().noneMatch(Character::isLetter)) {
                continue;
            }
            words++;
            if (StopWords.isEnglish(word)) {
                stop++;
            } else {
                content++;
                if (Character.isUpperCase(word.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        return new LineShape(stripped, weighted, words, stop, content, capitalised, letters, latin, cjk, visible,
                SentenceShape.endsLikeSentence(stripped));
    }

    /** The token without leading and trailing characters that are neither letters nor digits. */
    private static String trimToLettersAndDigits(String token) {
        int begin = 0;
        int end = token.length();
        while (begin < end && !Character.isLetterOrDigit(token.codePointAt(begin))) {
            begin += Character.charCount(token.codePointAt(begin));
        }
        while (end > begin && !Character.isLetterOrDigit(token.codePointBefore(end))) {
            end -= Character.charCount(token.codePointBefore(end));
        }
        return token.substring(begin, end);
    }

    boolean isMostlyLatin() {
        return letters > 0 && latinLetters * 10 >= letters * 6;
    }

    boolean isMostlyCjk() {
        return letters > 0 && cjkLetters * 2 >= letters;
    }

    double letterShare() {
        return visible == 0 ? 0 : (double) letters / visible;
    }

    double stopWordShare() {
        return words == 0 ? 0 : (double) stopWords / words;
    }

    /** Share of capitalised content words: near 1 for Title Case headlines, about a third to a half in prose. */
    double capitalShare() {
        return contentWords == 0 ? 0 : (double) capitalised / contentWords;
    }
}
