package org.glossa.io.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written the ways news pages write them: 2024-02-16, 2024.02.16, February 16, 2024,
 * Feb. 16, 2024, 16 February 2024, 2024년 2월 16일, 2024年2月16日.
 */
final class DateDetector {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d\\p{L}])(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[년年]\\s*(\\d{1,2})\\s*[월月]\\s*(\\d{1,2})\\s*[일日]");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    /** A dateline has its date at the start: "April 5, 2016 - 15:08 By ...". */
    private static final int DATELINE_DATE_START = 12;

    private DateDetector() {
    }

    /** The first valid date in {@code text}, as ISO yyyy-MM-dd. */
    static Optional<String> findIso(CharSequence text) {
        return find(text).map(found -> found.date().toString());
    }

    /** A line that is (or starts with) a date, such as "February 16, 2024" or "2024-02-16 09:11". */
    static boolean isDateLine(String stripped) {
        return find(stripped).filter(found -> found.start() <= DATELINE_DATE_START)
                .filter(found -> stripped.length() <= 25 || !SentenceShape.endsLikeSentence(stripped))
                .isPresent();
    }

    private record Found(int start, LocalDate date) {
    }

    private static Optional<Found> find(CharSequence text) {
        Found earliest = null;
        earliest = earlier(earliest, scan(NUMERIC.matcher(text), 1, 3, 4, false));
        earliest = earlier(earliest, scan(MONTH_DAY_YEAR.matcher(text), 3, 1, 2, true));
        earliest = earlier(earliest, scan(DAY_MONTH_YEAR.matcher(text), 3, 2, 1, true));
        earliest = earlier(earliest, scan(CJK.matcher(text), 1, 2, 3, false));
        return Optional.ofNullable(earliest);
    }

    private static Found scan(Matcher matcher, int yearGroup, int monthGroup, int dayGroup, boolean monthName) {
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group(yearGroup));
            String monthText = matcher.group(monthGroup);
            int month = monthName ? MONTHS.get(monthText.substring(0, 3).toLowerCase(Locale.ROOT))
                    : Integer.parseInt(monthText);
            int day = Integer.parseInt(matcher.group(dayGroup));
            if (year < 1900 || year > 2200) {
                continue;
            }
            try {
                return new Found(matcher.start(), LocalDate.of(year, month, day));
            } catch (DateTimeException notADate) {
                // e.g. 2024-13-45: keep looking
            }
        }
        return null;
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) {
            return b;
        }
        return b == null || a.start() <= b.start() ? a : b;
    }
}
