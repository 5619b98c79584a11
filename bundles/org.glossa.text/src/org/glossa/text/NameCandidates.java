package org.glossa.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The runs of capitalised words that look like names, for the editor's Tab / Shift+Tab: the annotator steps from
 * name to name and labels each with its hot key, without searching or growing a selection by hand.
 * <p>
 * A candidate is a maximal run of capitalised words (first letter upper- or title-case, in any script that has
 * case; also a particle name such as "al-Assad") separated by white space within a line, where:
 * <ul>
 * <li>words are snapping's words ({@link SnapWords}): "Kim Yung-ho", "O'Neill" and "U.S." are whole;</li>
 * <li>a connector may join two capitalised words, optionally followed by an article: a name particle
 * ({@code de da di du del van von bin ibn}: "Ludwig van Beethoven", "Osama bin Laden"), "of" after the head word
 * of an organisation's or place's name ("Bank of Korea", "Ministry of the Interior", "Republic of Korea"; not
 * "Kim Yung-ho of Samsung"), and "&amp;" ("Johnson &amp; Johnson", "AT&amp;T"). "and" never joins: "Unification
 * and Foreign Ministries" are two candidates, which is the rarer case to fix by hand than joining two names;</li>
 * <li>a title ends a run and is in none ("U.S. President Barack Obama" gives "U.S." and "Barack Obama", "Amb. Robert
 * King" gives "Robert King"), as NER guidelines leave titles out;</li>
 * <li>a word with a possessive ends a run ("South Korea's National Assembly" gives "South Korea" and "National
 * Assembly");</li>
 * <li>function words at a run's start are dropped, so a sentence's "The", "In" or "He" is no candidate ("The U.S."
 * gives "U.S.");</li>
 * <li>the candidate is what {@link SelectionSnapper#snap} makes of the run, so labelling it gives exactly it
 * (trailing punctuation and a possessive are left out).</li>
 * </ul>
 * All-caps words count as capitalised, so menu words of a scraped page ("Send") are candidates too; Tab skips them
 * at the cost of a key. Computed once, on first use (one pass of the word iterator). Not thread-safe.
 */
public final class NameCandidates {
    /** Particles inside personal and place names: they join any two capitalised words. */
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "du", "del", "van", "von", "bin", "ibn");
    /** The words before "of" in names of organisations and places ("Bank of Korea", "Republic of Korea"). */
    private static final Set<String> OF_HEADS = Set.of("Bank", "Ministry", "Department", "University", "Institute",
            "College", "School", "Academy", "Council", "Court", "Board", "Bureau", "Office", "Agency", "Commission",
            "Committee", "Association", "Federation", "Union", "League", "Society", "Party", "Church", "Museum",
            "House", "Chamber", "Republic", "Kingdom", "State", "States", "City", "Province", "Gulf", "Sea", "Bay",
            "Isle", "Cape", "Strait", "Sultanate", "Emirate", "Federal", "Army", "Navy", "Corps");
    private static final Set<String> ARTICLES = Set.of("the", "la", "le", "les", "los", "las", "der", "den", "des",
            "al", "el");
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Amb", "Gen", "Sen", "Rep",
            "Gov", "Lt", "Col", "Capt", "Sgt", "Adm", "Rev", "Sir", "Mayor", "President", "Vice", "Prime", "Minister",
            "Ambassador", "Secretary", "Chairman", "Chairwoman", "Senator", "Governor", "Chancellor", "Spokesman",
            "Spokeswoman");
    private static final Set<String> FUNCTION_WORDS = Set.of("The", "A", "An", "In", "On", "At", "To", "For", "From",
            "By", "With", "Of", "As", "After", "Before", "During", "Since", "Until", "Under", "Over", "Among", "About",
            "Also", "And", "But", "Or", "Nor", "So", "Yet", "If", "When", "While", "Where", "What", "Who", "Why", "How",
            "This", "That", "These", "Those", "There", "Here", "It", "Its", "He", "She", "We", "They", "I", "You",
            "His", "Her", "Our", "Their", "My", "Your", "Last", "Next", "Such", "Some", "Many", "Most", "All", "Both",
            "Each", "Every", "No", "Not", "However", "Meanwhile", "According");
    private static final Pattern PARTICLE_NAME = Pattern.compile("(al|el|ad|ar|as|ash|at|az|bin|ibn|abu|abd)[-\u2010\u2011]\\p{Lu}.*");

    private final String text;
    private final SnapWords words;
    private final SelectionSnapper snapper;
    private List<TextRegion> candidates;

    public NameCandidates(String text) {
        this.text = Objects.requireNonNull(text, "text");
        this.words = new SnapWords(text);
        this.snapper = new SelectionSnapper(text);
    }

    /** Every candidate, in text order, none overlapping another. */
    public List<TextRegion> all() {
        if (candidates == null) {
            candidates = Collections.unmodifiableList(find(words()));
        }
        return candidates;
    }

    /** The number in {@link #all()} of the first candidate starting at or after {@code offset}, or -1. */
    public int firstAtOrAfter(int offset) {
        List<TextRegion> all = all();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).begin() >= offset) {
                return i;
            }
        }
        return -1;
    }

    /** The number in {@link #all()} of the last candidate ending at or before {@code offset}, or -1. */
    public int lastAtOrBefore(int offset) {
        List<TextRegion> all = all();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).end() <= offset) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The number of the candidate after the selection {@code [begin, end)} (before it, if not {@code forward}) that
     * {@code skip} does not reject, wrapping around the text once; -1 if there is none. A caret at a candidate's
     * start steps forward onto it.
     */
    public int step(int begin, int end, boolean forward, Predicate<TextRegion> skip) {
        List<TextRegion> all = all();
        if (all.isEmpty()) {
            return -1;
        }
        int start = forward ? firstAtOrAfter(end) : lastAtOrBefore(begin);
        if (start < 0) {
            start = forward ? 0 : all.size() - 1;
        }
        for (int tried = 0; tried < all.size(); tried++) {
            int number = Math.floorMod(start + (forward ? tried : -tried), all.size());
            if (!skip.test(all.get(number))) {
                return number;
            }
        }
        return -1;
    }

    /** The words (segments with a letter or digit) in text order. */
    private List<TextRegion> words() {
        List<TextRegion> found = new ArrayList<>();
        int begin = 0;
        while (begin < text.length()) {
            int end = words.following(begin);
            if (end <= begin) {
                break;
            }
            if (hasLetterOrDigit(begin, end)) {
                found.add(new TextRegion(begin, end));
            }
            begin = end;
        }
        return found;
    }

    private List<TextRegion> find(List<TextRegion> all) {
        List<TextRegion> found = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            if (!startsName(all.get(i))) {
                i++;
                continue;
            }
            int first = i;
            int last = extend(all, i);
            i = last + 1;
            while (first <= last && FUNCTION_WORDS.contains(all.get(first).coveredText(text))) {
                first++;
            }
            if (first <= last) {
                TextRegion candidate = snapper.snap(all.get(first).begin(), all.get(last).end(), true);
                if (!candidate.isEmpty()) {
                    found.add(candidate);
                }
            }
        }
        return found;
    }

    /** The last word of the run that starts at word {@code first}. */
    private int extend(List<TextRegion> all, int first) {
        int last = first;
        while (last + 1 < all.size() && words.possessiveStart(all.get(last).begin(), all.get(last).end()) < 0) {
            TextRegion next = all.get(last + 1);
            if (separatedBySpace(all.get(last), next, true) && startsName(next)) {
                last++;
                continue;
            }
            int joined = acrossConnector(all, last);
            if (joined < 0) {
                break;
            }
            last = joined;
        }
        return last;
    }

    /** The capitalised word after a connector (and its article) that follows word {@code last}, or -1. */
    private int acrossConnector(List<TextRegion> all, int last) {
        int next = last + 1;
        String connector = all.get(next).coveredText(text);
        boolean joins = PARTICLES.contains(connector)
                || connector.equals("of") && OF_HEADS.contains(all.get(last).coveredText(text));
        if (!joins || !separatedBySpace(all.get(last), all.get(next), false)) {
            return -1;
        }
        if (next + 1 < all.size() && ARTICLES.contains(all.get(next + 1).coveredText(text))
                && separatedBySpace(all.get(next), all.get(next + 1), false)) {
            next++;
        }
        int name = next + 1;
        return name < all.size() && separatedBySpace(all.get(next), all.get(name), false) && startsName(all.get(name))
                ? name : -1;
    }

    /** Whether only white space within a line (or, if {@code ampersand}, an "&amp;" in it) lies between two words. */
    private boolean separatedBySpace(TextRegion left, TextRegion right, boolean ampersand) {
        String gap = text.substring(left.end(), right.begin());
        if (gap.indexOf('\n') >= 0 || gap.indexOf('\r') >= 0) {
            return false;
        }
        String inner = gap.strip();
        return inner.isEmpty() && !gap.isEmpty() || ampersand && inner.equals("&");
    }

    private boolean startsName(TextRegion word) {
        String covered = word.coveredText(text);
        int first = covered.codePointAt(0);
        boolean capitalised = Character.isUpperCase(first) || Character.isTitleCase(first)
                || PARTICLE_NAME.matcher(covered).matches();
        return capitalised && !TITLES.contains(withoutPeriod(covered));
    }

    private static String withoutPeriod(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private boolean hasLetterOrDigit(int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
