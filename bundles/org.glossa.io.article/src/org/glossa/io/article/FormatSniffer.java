package org.glossa.io.article;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides whether a file is HTML, by its extension or by how its content starts. */
final class FormatSniffer {

    /** Enough to see past a doctype, comments and a long head start. */
    private static final int SNIFF_LENGTH = 2048;
    private static final Pattern HTML_START = Pattern.compile(
            "\\A(?:\\s|<!--.*?-->|<\\?xml[^>]*>)*<(?:!doctype\\s+html|html|head|body)[\\s>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private FormatSniffer() {
    }

    static boolean hasHtmlExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml");
    }

    /** Content check, for scraped pages saved as {@code .txt} or without extension. */
    static boolean looksLikeHtml(CharSequence start) {
        CharSequence head = start.subSequence(0, Math.min(start.length(), SNIFF_LENGTH));
        int offset = head.length() > 0 && head.charAt(0) == '\uFEFF' ? 1 : 0;
        return HTML_START.matcher(head.subSequence(offset, head.length())).find();
    }

    /**
     * The charset an HTML page declares in a {@code <meta>} tag, read from the raw bytes (declarations are
     * ASCII). ISO-8859-1 and US-ASCII mean Windows-1252 in practice, as browsers treat them.
     */
    static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_LENGTH), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return Optional.of(TextDecoder.WINDOWS_1252);
        }
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }
}
