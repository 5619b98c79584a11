package org.glossa.core.storage;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The attribute values {@link PlainSetReader} takes, read exactly as an XML parser and EMF would read them, or
 * declined ({@link Decline}) when they are not in the plain form (then EMF reads the whole file).
 */
final class PlainXmlValues {
    private PlainXmlValues() {
    }

    /** A value with bytes beyond ASCII or with references: strictly UTF-8, entities and references decoded. */
    static String decode(byte[] bytes, int start, int end) {
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, end - start));
        } catch (CharacterCodingException e) {
            throw Decline.INSTANCE;
        }
        StringBuilder value = new StringBuilder(chars.length());
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            require(c != '\uFFFE' && c != '\uFFFF'); // not XML characters
            if (c != '&') {
                value.append(c);
                continue;
            }
            int semicolon = indexOf(chars, ';', i + 1);
            require(semicolon > i + 1);
            String entity = chars.subSequence(i + 1, semicolon).toString();
            switch (entity) {
                case "amp" -> value.append('&');
                case "lt" -> value.append('<');
                case "gt" -> value.append('>');
                case "quot" -> value.append('"');
                case "apos" -> value.append('\'');
                default -> value.appendCodePoint(characterReference(entity));
            }
            i = semicolon;
        }
        return value.toString();
    }

    /** {@code #NNN} or {@code #xHHH}, of a character XML allows. */
    private static int characterReference(String entity) {
        require(entity.length() > 1 && entity.charAt(0) == '#');
        boolean hex = entity.charAt(1) == 'x';
        String digits = entity.substring(hex ? 2 : 1);
        require(!digits.isEmpty() && digits.length() <= 7);
        int codePoint = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = Character.digit(digits.charAt(i), hex ? 16 : 10);
            require(digit >= 0 && digits.charAt(i) < 0x80);
            codePoint = codePoint * (hex ? 16 : 10) + digit;
        }
        boolean xmlChar = codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
        require(xmlChar);
        return codePoint;
    }

    private static int indexOf(CharBuffer chars, char wanted, int from) {
        for (int i = from; i < chars.length(); i++) {
            if (chars.charAt(i) == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** EMF reads an EInt with {@code Integer.parseInt}: only the plain decimal form is taken here. */
    static int integer(String value) {
        int length = value.length();
        int first = length > 0 && value.charAt(0) == '-' ? 1 : 0;
        require(length > first && length - first <= 9 && (value.charAt(first) != '0' || length == first + 1)
                && !(first == 1 && value.equals("-0")));
        int result = 0;
        for (int i = first; i < length; i++) {
            char c = value.charAt(i);
            require(c >= '0' && c <= '9');
            result = result * 10 + (c - '0');
        }
        return first == 1 ? -result : result;
    }

    static boolean bool(String value) {
        require(value.equals("true") || value.equals("false"));
        return value.equals("true");
    }

    static boolean require(boolean condition) {
        if (!condition) {
            throw Decline.INSTANCE;
        }
        return true;
    }

    /** Not the plain form: EMF must read the file. Thrown often on odd files, so without a stack trace. */
    static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Decline INSTANCE = new Decline();

        private Decline() {
            super(null, null, false, false);
        }
    }
}
