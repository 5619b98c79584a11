package org.glossa.core.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glossa.core.files.InputLimits;

/**
 * Reads another tool's file that must be UTF-8, naming the line of the first invalid byte instead of replacing
 * it (shared by the format bundles' readers).
 */
public final class Utf8Files {
    private Utf8Files() {
    }

    /**
     * The file's text, exactly: a byte order mark is kept (brat counts it as a character). A file over the text
     * limit ({@link InputLimits#MAX_TEXT_BYTES}) is refused before it is read.
     */
    public static String read(Path file) throws IOException, AnnotationImportException {
        String tooLarge = InputLimits.fileTooLarge(Files.size(file));
        if (tooLarge != null) {
            throw new AnnotationImportException(file, 0, tooLarge);
        }
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int position = in.position();
            int line = 1;
            for (int i = 0; i < position; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new AnnotationImportException(file, line, String.format(
                    "not valid UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[position] & 0xFF));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** The text without a leading byte order mark. */
    public static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
