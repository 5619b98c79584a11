package org.glossa.io.article;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Phrases and patterns that mark page furniture rather than article text: widget headings, navigation, photo
 * captions, contact lines and teaser lists. Each is a hint for {@link ProseScorer}, not a rule on its own.
 */
final class BoilerplateCues {

    /** Widget and navigation headings; they match where a line that is no sentence begins with them. */
    private static final List<String> HEADING_PHRASES = List.of(
            "skip to", "skip navigation", "jump to", "quick access", "direct access", "main content",
            "most popular", "most read", "most viewed", "most shared", "popular now", "trending now",
            "related articles", "related stories", "related news", "related content", "latest stories",
            "latest news", "top stories", "weekly best", "must-read", "must read", "you may also like",
            "you might also like", "recommended for you", "more from", "more articles", "more stories",
            "read more", "read next", "back to list", "back to top", "share this", "share it on", "share on",
            "share via", "follow us", "sign up", "sign in", "log in", "subscribe", "newsletter", "copyright",
            "cookie", "sponsored", "comments", "leave a reply", "leave a comment", "print this", "email this",
            "send to", "view all", "load more", "editor's picks", "tags:", "topics:");

    /** Lines that sites drop between paragraphs of the article itself. */
    private static final List<String> INLINE_INSERT_PHRASES = List.of(
            "advertisement", "read more:", "read also", "also read", "see also:", "related:", "recommended:",
            "watch:", "listen:");

    /** Legal and site-footer phrases that mark a line wherever they stand in it. */
    private static final List<String> FOOTER_PHRASES = List.of(
            "all rights reserved", "©", "privacy policy", "terms of use", "terms of service", "cookie policy");

    /** Single words that are only a cue on a short line that is no sentence ("Related", "Comments 12"). */
    private static final List<String> SHORT_LINE_WORDS = List.of(
            "related", "share", "trending", "recommended", "comments", "comment", "menu", "search", "home",
            "advertisement", "sponsored", "popular", "print", "email");

    /** CJK navigation and widget words; CJK lines are short enough that containment is a safe test. */
    private static final List<String> CJK_PHRASES = List.of(
            "바로가기", "메뉴", "로그인", "회원가입", "검색", "사이트맵", "본문", "관련기사", "많이 본", "댓글",
            "공유하기", "首页", "导航", "登录", "注册", "搜索", "菜单", "相关文章", "相关新闻", "最新评论", "热门",
            "评论", "返回顶部", "分享到", "推荐阅读");

    /** Words that make up site menus; a short line made mostly of them is a menu. */
    private static final Set<String> NAVIGATION_WORDS = Set.of(
            "home", "news", "world", "local", "national", "politics", "business", "economy", "markets", "tech",
            "technology", "science", "health", "sport", "sports", "culture", "arts", "entertainment",
            "lifestyle", "opinion", "opinions", "editorial", "travel", "weather", "video", "videos", "photos",
            "podcasts", "search", "menu", "subscribe", "login", "register", "newsletter", "newsletters",
            "contact", "about", "archive", "archives", "e-paper", "epaper", "latest", "more", "sections");

    private static final Pattern CAPTION = Pattern.compile(
            "\\((?:left|right|center|centre|top|bottom|front|back|l|r|c|(?:second|third) from (?:left|right))\\)"
                    + "|^[\\[(]?(?:photo|photos|image|picture|video|graphic|illustration|file photo)\\b\\s*[:|/)\\]]"
                    + "|\\((?:photo|image|picture)s?\\b[^)]*\\)|\\(courtesy of[^)]*\\)|^(?:photo|image) (?:by|credit)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTACT = Pattern.compile(
            "[\\w.+-]+@[\\w-]+\\.[\\w.]+|https?://|\\bwww\\.", Pattern.CASE_INSENSITIVE);
    /** A date glued to the letters before it: the tail of a truncated teaser followed by its date. */
    private static final Pattern GLUED_DATE = Pattern.compile("\\p{L}\\d{4}[-./]\\d{2}[-./]\\d{2}");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|posted|published|updated|written by|reporter|writer|created|author)\\b\\s*[:\\p{L}]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MENU_SEPARATORS = Pattern.compile("\\s[|·•›»/]\\s.*\\s[|·•›»/]\\s");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\p{P}\\p{S}\\d\\s]+");
    // compiled once: String.split compiles any regex of more than one plain character on every call
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MENU_WORD_SEPARATORS = Pattern.compile("[\\s|·•›»/]+");

    private BoilerplateCues() {
    }

    /**
     * An insert between article paragraphs ("Advertisement", "Read more: ..."): furniture, but unlike a widget
     * heading it does not announce the end of the article.
     */
    static boolean isInlineInsert(String stripped) {
        if (stripped.length() > 120) {
            return false;
        }
        String unmarked = LEADING_MARKS.matcher(stripped.toLowerCase(Locale.ROOT)).replaceFirst("");
        return INLINE_INSERT_PHRASES.stream().anyMatch(phrase -> startsWithWord(unmarked, phrase));
    }

    /** A widget or navigation heading (a line that starts with a cue phrase, or a short line with a cue word). */
    static boolean isHeading(String stripped) {
        if (stripped.length() > 120) {
            return false;
        }
        String lower = stripped.toLowerCase(Locale.ROOT);
        String unmarked = LEADING_MARKS.matcher(lower).replaceFirst("");
        // "Share this story" is a widget; "Share prices fell 3%." is not: a cue line is no sentence.
        boolean sentence = SentenceShape.endsLikeSentence(stripped);
        for (String phrase : HEADING_PHRASES) {
            if (startsWithWord(unmarked, phrase) && (!sentence || unmarked.length() <= phrase.length() + 2)) {
                return true;
            }
        }
        for (String phrase : FOOTER_PHRASES) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        boolean shortLine = stripped.length() <= 40 && WHITESPACE.split(stripped).length <= 5;
        if (shortLine && !sentence) {
            for (String word : SHORT_LINE_WORDS) {
                if (containsWord(lower, word)) {
                    return true;
                }
            }
            for (String phrase : HEADING_PHRASES) {
                if (containsWord(lower, phrase)) {
                    return true;
                }
            }
        }
        if (stripped.codePoints().filter(Chars::isCjk).count() <= 20) {
            for (String phrase : CJK_PHRASES) {
                if (stripped.contains(phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isMenu(String stripped) {
        if (MENU_SEPARATORS.matcher(stripped).find()) {
            return true;
        }
        String[] words = MENU_WORD_SEPARATORS.split(stripped.toLowerCase(Locale.ROOT));
        if (words.length < 3 || stripped.length() > 120) {
            return false;
        }
        long navigation = java.util.Arrays.stream(words).filter(NAVIGATION_WORDS::contains).count();
        return navigation * 2 >= words.length;
    }

    static boolean isCaption(String stripped) {
        return CAPTION.matcher(stripped).find();
    }

    static boolean hasContact(String stripped) {
        return CONTACT.matcher(stripped).find();
    }

    static boolean hasGluedDate(String stripped) {
        return GLUED_DATE.matcher(stripped).find();
    }

    /** "By Jane Roe", "Published : April 16, 2024 - 09:11", a line that is only a date. */
    static boolean isBylineOrDateline(String stripped) {
        if (stripped.length() > 80) {
            return false;
        }
        return BYLINE.matcher(stripped).find() || DateDetector.isDateLine(stripped);
    }

    private static boolean startsWithWord(String text, String phrase) {
        return text.startsWith(phrase) && (text.length() == phrase.length()
                || !Character.isLetter(text.charAt(phrase.length())) || !Character.isLetter(phrase.charAt(phrase.length() - 1)));
    }

    private static boolean containsWord(String text, String phrase) {
        int at = text.indexOf(phrase);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int after = at + phrase.length();
            boolean endOk = after >= text.length() || !Character.isLetter(text.charAt(after));
            if (startOk && endOk) {
                return true;
            }
            at = text.indexOf(phrase, at + 1);
        }
        return false;
    }
}
