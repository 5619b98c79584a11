package org.glossa.io.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a file's bytes into text. Strict on purpose: a wrong guess silently corrupts every offset annotated
 * later, so undecodable input is an error rather than replacement characters.
 * <p>
 * Order: byte order mark (UTF-8, UTF-16LE/BE); binary check; strict UTF-8; a charset declared by an HTML page;
 * Windows-1252 when the bytes are plausible Western text.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** More C0 control bytes than this share (per mille) means the file is not text. */
    private static final int MAX_CONTROL_PER_MILLE = 10;
    /** Western text rarely has more than a third of its bytes above ASCII... */
    private static final double MAX_HIGH_BYTE_SHARE = 0.3;
    /** ...or more than three such bytes in a row (multi-byte encodings such as EUC-KR do). */
    private static final int MAX_HIGH_BYTE_RUN = 3;

    DecodedText decode(Path file, byte[] bytes, Optional<Charset> declaredCharset) throws ArticleImportException {
        if (bytes.length == 0) {
            throw new ArticleImportException(file, 0, "empty file");
        }
        DecodedText decoded = decodeByBom(file, bytes);
        if (decoded == null) {
            rejectBinary(file, bytes);
            decoded = decodeWithoutBom(file, bytes, declaredCharset);
        }
        rejectNulChars(file, decoded.text());
        if (decoded.text().codePoints().allMatch(Chars::isSpace)) {
            throw new ArticleImportException(file, 0, "contains only whitespace");
        }
        return decoded;
    }

    private static DecodedText decodeByBom(Path file, byte[] bytes) throws ArticleImportException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(strictOrFail(file, StandardCharsets.UTF_8, bytes, 3), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(strictOrFail(file, StandardCharsets.UTF_16LE, bytes, 2), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(strictOrFail(file, StandardCharsets.UTF_16BE, bytes, 2), "UTF-16BE");
        }
        return null;
    }

    private static DecodedText decodeWithoutBom(Path file, byte[] bytes, Optional<Charset> declaredCharset)
            throws ArticleImportException {
        DecodingFailure utf8Failure;
        try {
            return new DecodedText(strict(StandardCharsets.UTF_8, bytes, 0), "UTF-8");
        } catch (DecodingFailure failure) {
            utf8Failure = failure;
        }
        // A page that says what it is (EUC-KR, Shift_JIS, ...) is believed before we guess.
        if (declaredCharset.isPresent() && !declaredCharset.get().equals(StandardCharsets.UTF_8)
                && !declaredCharset.get().equals(WINDOWS_1252)) {
            Charset declared = declaredCharset.get();
            try {
                return new DecodedText(strict(declared, bytes, 0), declared.name());
            } catch (DecodingFailure failure) {
                throw new ArticleImportException(file, failure.line,
                        "not valid " + declared.name() + " as declared (" + failure.describe() + ")");
            }
        }
        if (isPlausibleWindows1252(bytes)) {
            try {
                return new DecodedText(strict(WINDOWS_1252, bytes, 0), WINDOWS_1252.name());
            } catch (DecodingFailure failure) {
                // cannot happen: plausibility excludes the unmapped bytes; fall through to the UTF-8 report
            }
        }
        throw new ArticleImportException(file, utf8Failure.line,
                "not valid UTF-8 (" + utf8Failure.describe() + ") and not plausible Windows-1252 text");
    }

    private static void rejectBinary(Path file, byte[] bytes) throws ArticleImportException {
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new ArticleImportException(file, 0, "binary content, not text (NUL byte at offset " + i + ")");
            }
            if (isDisallowedControl(b)) {
                controls++;
            }
        }
        if (controls > 3 && controls * 1000L > (long) bytes.length * MAX_CONTROL_PER_MILLE) {
            throw new ArticleImportException(file, 0,
                    "binary content, not text (" + controls + " control bytes in " + bytes.length + ")");
        }
    }

    /** UTF-16 input has passed no byte-level check, so look for NULs in the decoded text. */
    private static void rejectNulChars(Path file, String text) throws ArticleImportException {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new ArticleImportException(file, LineNumbers.lineAt(text, nul),
                    "binary content, not text (NUL character)");
        }
    }

    static boolean isPlausibleWindows1252(byte[] bytes) {
        int high = 0;
        int run = 0;
        for (byte value : bytes) {
            int b = value & 0xFF;
            if (isDisallowedControl(b) || b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                return false;
            }
            if (b >= 0x80) {
                high++;
                if (++run > MAX_HIGH_BYTE_RUN) {
                    return false;
                }
            } else {
                run = 0;
            }
        }
        return high <= bytes.length * MAX_HIGH_BYTE_SHARE;
    }

    /** C0 controls and DEL, except TAB, LF, FF and CR which plain text uses. */
    private static boolean isDisallowedControl(int b) {
        return (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String strictOrFail(Path file, Charset charset, byte[] bytes, int start)
            throws ArticleImportException {
        try {
            return strict(charset, bytes, start);
        } catch (DecodingFailure failure) {
            throw new ArticleImportException(file, failure.line,
                    "not valid " + charset.name() + " (" + failure.describe() + ")");
        }
    }

    private static String strict(Charset charset, byte[] bytes, int start) throws DecodingFailure {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            out.flip();
            throw new DecodingFailure(offset, bytes[offset] & 0xFF, LineNumbers.lineAt(out, out.length()));
        }
        return out.flip().toString();
    }

    /** Where strict decoding stopped; internal, turned into an {@link ArticleImportException}. */
    private static final class DecodingFailure extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;
        final int value;
        final int line;

        DecodingFailure(int offset, int value, int line) {
            super(null, null, false, false);
            this.offset = offset;
            this.value = value;
            this.line = line;
        }

        String describe() {
            return String.format("byte 0x%02X at offset %d", value, offset);
        }
    }
}
