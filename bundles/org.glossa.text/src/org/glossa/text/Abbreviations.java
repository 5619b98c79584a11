package org.glossa.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Decides whether a period belongs to the word before it ("U.S.", "Inc.", "Jr.", "John F. Kennedy"), so that
 * snapping keeps it where it leaves a sentence's full stop out. Three sources:
 * <ul>
 * <li>initialisms: letter groups of one or two letters joined by periods ("U.S", "Ph.D", "e.g"), and a single
 * capital letter (a middle initial, "S. Korea");</li>
 * <li>ICU's English sentence-break suppressions ({@code en@ss=standard}, CLDR's list: "Mr.", "Prof.", "Rep.",
 * "Jan.", "Mt.", ...), asked through the public sentence iterator;</li>
 * <li>a short list of the name parts that CLDR's list lacks although names end with them: company forms
 * ("Inc.", "Corp.", "Ltd."), generational suffixes ("Jr.", "Sr."), titles and ranks ("Dr.", "Gen.", "Gov."),
 * place words ("St.", "Ave.").</li>
 * </ul>
 * Not thread-safe: one per text (the answers are cached by word).
 */
final class Abbreviations {
    private static final Set<String> NAME_PARTS = Set.of("Inc", "Corp", "Co", "Cos", "Ltd", "Plc", "Bros", "Jr", "Sr",
            "Dr", "Gen", "Lt", "Capt", "Sgt", "Maj", "Adm", "Cmdr", "Gov", "Sen", "Pres", "Rev", "Hon", "Messrs", "St",
            "Ste", "Ft", "Ave", "Blvd", "Rd", "Dept", "Univ", "No");
    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));

    private final Map<String, Boolean> suppressed = new HashMap<>();
    private BreakIterator sentences;

    /** Whether {@code text[begin, end)}, directly followed by a period, is an abbreviation that keeps it. */
    boolean keepsPeriod(String text, int begin, int end) {
        if (begin >= end) {
            return false;
        }
        if (end - begin == 1 && Character.isUpperCase(text.charAt(begin))) {
            return true;
        }
        if (IcuTokenizationWords.isInitialism(text, begin, end)) {
            return true;
        }
        String word = text.substring(begin, end);
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return NAME_PARTS.contains(word) || suppressed.computeIfAbsent(word, this::suppressesSentenceBreak);
    }

    /** ICU's suppression list is not public API; its effect is: no sentence break after "word." before a capital. */
    private boolean suppressesSentenceBreak(String word) {
        if (sentences == null) {
            synchronized (SENTENCES) { // clones share ICU's immutable data; the prototype itself is not thread-safe
                sentences = (BreakIterator) SENTENCES.clone();
            }
        }
        String probe = "Met " + word + ". Then";
        sentences.setText(probe);
        return !sentences.isBoundary(probe.length() - "Then".length());
    }
}
