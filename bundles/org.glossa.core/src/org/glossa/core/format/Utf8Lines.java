package org.glossa.core.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
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
 * Streams a UTF-8 file line by line (split at {@code \n}; a {@code \r} stays on its line), refusing a line longer
 * than {@link InputLimits#MAX_LINE_CHARS} and an invalid byte with the file and line, so that a huge file is never
 * held in memory at once. A leading byte order mark is dropped.
 */
public final class Utf8Lines implements Closeable {
    private final Path file;
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private final StringBuilder line = new StringBuilder();
    private int lineNumber;
    private boolean endOfInput;
    private boolean finished;

    public Utf8Lines(Path file) throws IOException {
        this.file = file;
        this.in = Files.newInputStream(file);
        bytes.flip();
        chars.flip();
    }

    /** The number of the line {@link #next()} returned last (1-based). */
    public int lineNumber() {
        return lineNumber;
    }

    /** The next line without its {@code \n}, or null after the last (a final {@code \n} is followed by an empty line). */
    public String next() throws IOException, AnnotationImportException {
        if (finished) {
            return null;
        }
        lineNumber++;
        line.setLength(0);
        while (true) {
            if (!chars.hasRemaining() && !fill()) {
                finished = true;
                return withoutBom(line.toString());
            }
            while (chars.hasRemaining()) {
                char c = chars.get();
                if (c == '\n') {
                    return withoutBom(line.toString());
                }
                if (line.length() == InputLimits.MAX_LINE_CHARS) {
                    throw new AnnotationImportException(file, lineNumber,
                            "line longer than the limit of " + InputLimits.lineLimit());
                }
                line.append(c);
            }
        }
    }

    private String withoutBom(String text) {
        return lineNumber == 1 ? Utf8Files.withoutByteOrderMark(text) : text;
    }

    /** Decodes more characters; false at the end of the file. */
    private boolean fill() throws IOException, AnnotationImportException {
        chars.clear();
        while (chars.position() == 0) {
            if (!endOfInput) {
                bytes.compact();
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                throw new AnnotationImportException(file, lineNumber + newlinesDecoded(), String.format(
                        "not valid UTF-8 (byte 0x%02X); save the file as UTF-8", bytes.get(bytes.position()) & 0xFF));
            }
            if (endOfInput) {
                decoder.flush(chars);
                break;
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    /** Line ends decoded in this batch before an invalid byte: the invalid byte's line is further on. */
    private int newlinesDecoded() {
        int count = 0;
        for (int i = 0; i < chars.position(); i++) {
            if (chars.get(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
