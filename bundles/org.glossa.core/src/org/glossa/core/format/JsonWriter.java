package org.glossa.core.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans and null as JSON (RFC 8259), indented by two spaces. The core
 * bundle must not depend on Jackson, yet the dataset card is JSON; this is all it needs.
 * <p>
 * Strings: quote and backslash are escaped, and so is every control character (below U+0020) as
 * {@code \\uXXXX}; U+2028/U+2029 are escaped too (JavaScript reads them as line ends), and so are unpaired
 * surrogates, which have no UTF-8 encoding. Everything else, Korean or emoji included, is written as is.
 * Map keys are written with {@link String#valueOf(Object)}, in the map's iteration order.
 */
public final class JsonWriter {
    private static final String INDENT = "  ";

    private JsonWriter() {
    }

    /** The value as an indented JSON document (no trailing line end). */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        try {
            write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder never throws
        }
        return out.toString();
    }

    public static void write(Object value, Appendable out) throws IOException {
        value(value, out, 0);
    }

    /** The JSON string literal of {@code text}, quotes included. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        try {
            string(text, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void value(Object value, Appendable out, int depth) throws IOException {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence text) {
            string(text.toString(), out);
        } else if (value instanceof Boolean flag) {
            out.append(flag.toString());
        } else if (value instanceof Number number) {
            number(number, out);
        } else if (value instanceof Map<?, ?> map) {
            object(map, out, depth);
        } else if (value instanceof Iterable<?> items) {
            array(items.iterator(), out, depth);
        } else if (value instanceof Object[] items) {
            array(java.util.Arrays.asList(items).iterator(), out, depth);
        } else if (value instanceof Enum<?> constant) {
            string(constant.toString(), out);
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private static void number(Number number, Appendable out) throws IOException {
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON has no " + d);
            }
            // Whole numbers without ".0" so that counts read the same as from other JSON writers.
            out.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d));
        } else {
            out.append(number.toString());
        }
    }

    private static void object(Map<?, ?> map, Appendable out, int depth) throws IOException {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            indent(out, depth + 1);
            string(String.valueOf(entry.getKey()), out);
            out.append(": ");
            value(entry.getValue(), out, depth + 1);
        }
        out.append('\n');
        indent(out, depth);
        out.append('}');
    }

    private static void array(Iterator<?> items, Appendable out, int depth) throws IOException {
        if (!items.hasNext()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        while (items.hasNext()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            indent(out, depth + 1);
            value(items.next(), out, depth + 1);
        }
        out.append('\n');
        indent(out, depth);
        out.append(']');
    }

    private static void string(String text, Appendable out) throws IOException {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                unicodeEscape(c, out);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                unicodeEscape(c, out);
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static void unicodeEscape(char c, Appendable out) throws IOException {
        out.append(String.format("\\u%04x", (int) c));
    }

    private static void indent(Appendable out, int depth) throws IOException {
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
    }
}
