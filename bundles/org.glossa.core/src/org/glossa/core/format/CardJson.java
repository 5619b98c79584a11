package org.glossa.core.format;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes maps, lists, Jackson trees, strings, numbers, booleans and null as JSON (RFC 8259) with Jackson, in the
 * layout of Glossa's own files such as the dataset card: indented by two spaces, {@code "key": value}, every member
 * and array element on a line of its own, empty containers as {@code {}} and {@code []}, no trailing line end.
 * <p>
 * Strings: quote and backslash are escaped, and so is every control character (below U+0020) as
 * {@code \\uXXXX}; U+2028/U+2029 are escaped too (JavaScript reads them as line ends). Everything else, Korean or
 * emoji included, is written as is. Whole floating-point numbers are written without ".0" so that counts read the
 * same as from other JSON writers; NaN and infinities are refused ({@link IllegalArgumentException}), JSON has
 * no such numbers.
 */
public final class CardJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CardJson() {
    }

    /** The value as an indented JSON document (no trailing line end). */
    public static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new WholeNumbers(MAPPER.getFactory().createGenerator(out))) {
            json.setPrettyPrinter(new CardLayout());
            json.setCharacterEscapes(new CardEscapes());
            MAPPER.writeValue(json, value);
        } catch (JsonMappingException e) {
            // a value JSON cannot hold (NaN, an object of no JSON type) is the caller's mistake, not an I/O failure
            throw e.getCause() instanceof IllegalArgumentException refused ? refused
                    : new IllegalArgumentException("cannot write as JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter never fails
        }
        return out.toString();
    }

    /** Writes whole doubles as integers and refuses the numbers JSON cannot hold. */
    private static final class WholeNumbers extends JsonGeneratorDelegate {
        WholeNumbers(JsonGenerator json) {
            super(json, false);
        }

        @Override
        public void writeNumber(double d) throws IOException {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON has no " + d);
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                super.writeNumber((long) d);
            } else {
                super.writeNumber(d);
            }
        }

        @Override
        public void writeNumber(float f) throws IOException {
            writeNumber((double) f);
        }
    }

    /** Control characters and the JavaScript line ends as lower-case {@code \\uXXXX}. */
    private static final class CardEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        CardEscapes() {
            ascii = standardAsciiEscapesForJSON();
            for (int c = 0; c < 0x20; c++) {
                ascii[c] = ESCAPE_CUSTOM;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializedString getEscapeSequence(int c) {
            if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                return new SerializedString(String.format("\\u%04x", c));
            }
            return null;
        }
    }
}
