package org.glossa.team.access;

import java.net.URISyntaxException;
import java.util.Locale;

import org.eclipse.jgit.transport.URIish;

/**
 * Whether a URL of a config subsection ({@code [credential "https://example.com"]}) applies to a remote URL, as git's
 * URL matching decides it: the same scheme, host (a {@code *} stands for one name part), port and user when the
 * pattern names one, and a path that is the pattern's path or below it. Longer matches are more specific.
 */
final class UrlMatch {
    private UrlMatch() {
    }

    /** @return how specific the match is (a higher number for a longer pattern), or -1 when the pattern does not apply */
    static int score(String pattern, URIish url) {
        URIish wanted;
        try {
            wanted = new URIish(pattern);
        } catch (URISyntaxException e) {
            return -1;
        }
        if (wanted.getScheme() == null || !wanted.getScheme().equalsIgnoreCase(url.getScheme())
                || wanted.getHost() == null || url.getHost() == null || !hostMatches(wanted.getHost(), url.getHost())
                || port(wanted) != port(url)) {
            return -1;
        }
        if (wanted.getUser() != null && !wanted.getUser().equals(url.getUser())) {
            return -1;
        }
        String prefix = trimSlashes(wanted.getPath());
        String path = trimSlashes(url.getPath());
        if (!prefix.isEmpty() && !path.equals(prefix) && !path.startsWith(prefix + "/")) {
            return -1;
        }
        return pattern.length();
    }

    private static boolean hostMatches(String pattern, String host) {
        String[] wanted = pattern.toLowerCase(Locale.ROOT).split("\\.");
        String[] parts = host.toLowerCase(Locale.ROOT).split("\\.");
        if (wanted.length != parts.length) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            String regex = java.util.regex.Pattern.quote(wanted[i]).replace("*", "\\E[^.]*\\Q");
            if (!parts[i].matches(regex)) {
                return false;
            }
        }
        return true;
    }

    private static int port(URIish url) {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return switch (url.getScheme().toLowerCase(Locale.ROOT)) {
            case "https" -> 443;
            case "http" -> 80;
            case "ssh" -> 22;
            default -> -1;
        };
    }

    private static String trimSlashes(String path) {
        if (path == null) {
            return "";
        }
        int begin = 0;
        int end = path.length();
        while (begin < end && path.charAt(begin) == '/') {
            begin++;
        }
        while (end > begin && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(begin, end);
    }
}
