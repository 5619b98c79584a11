package org.glossa.io.article;

import java.util.Optional;

/**
 * A cheap language guess from the scripts the letters are written in. Good enough to pick a tokenizer; it does
 * not tell English from other Latin-script languages except by English function words.
 */
final class LanguageGuesser {

    private LanguageGuesser() {
    }

    static Optional<String> guess(CharSequence text) {
        int letters = 0;
        int latin = 0;
        int hangul = 0;
        int han = 0;
        int kana = 0;
        for (int i = 0; i < text.length(); i++) {
            int cp = Character.codePointAt(text, i);
            if (Character.isSupplementaryCodePoint(cp)) {
                i++;
            }
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            switch (Character.UnicodeScript.of(cp)) {
                case LATIN -> latin++;
                case HANGUL -> hangul++;
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                default -> {
                }
            }
        }
        if (letters == 0) {
            return Optional.empty();
        }
        if (hangul * 2 >= letters) {
            return Optional.of("ko");
        }
        if (kana > 0 && (kana + han) * 2 >= letters) {
            return Optional.of("ja");
        }
        if (han * 2 >= letters) {
            return Optional.of("zh");
        }
        if (latin * 10 >= letters * 6 && looksEnglish(text)) {
            return Optional.of("en");
        }
        return Optional.empty();
    }

    /** Running English has at least one function word in ten words. */
    private static boolean looksEnglish(CharSequence text) {
        LineShape shape = LineShape.of(text.toString());
        return shape.words() >= 3 && shape.stopWords() * 10 >= shape.words();
    }
}
