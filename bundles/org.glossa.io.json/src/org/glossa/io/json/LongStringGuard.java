package org.glossa.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glossa.core.files.InputLimits;
import org.glossa.core.format.AnnotationImportException;

/**
 * A pass over a JSON file's bytes, in constant memory, before Jackson reads it: Jackson's own limit on string
 * length ({@link JsonSupport#MAX_STRING_LENGTH}) applies only once it holds that many characters, which a small heap
 * may not have room for. Refuses a string over the text limit with its line. Skipped for UTF-16/32 files (Jackson's
 * limit applies there), where bytes are not characters.
 */
final class LongStringGuard {
    private LongStringGuard() {
    }

    static void check(Path file) throws IOException, AnnotationImportException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            boolean inString = false;
            boolean escaped = false;
            long stringBytes = 0;
            int line = 1;
            int stringLine = 0;
            boolean first = true;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (first && read > 1 && (buffer[0] == 0 || buffer[1] == 0 || (buffer[0] & 0xFF) >= 0xFE)) {
                    return; // UTF-16 or UTF-32
                }
                first = false;
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        line++;
                    }
                    if (!inString) {
                        if (b == '"') {
                            inString = true;
                            stringBytes = 0;
                            stringLine = line;
                        }
                    } else if (escaped) {
                        escaped = false;
                        stringBytes++;
                    } else if (b == '\\') {
                        escaped = true;
                    } else if (b == '"') {
                        inString = false;
                    } else if (++stringBytes > InputLimits.MAX_TEXT_BYTES) {
                        throw new AnnotationImportException(file, stringLine,
                                "a string longer than the limit of " + InputLimits.textLimit() + " of text");
                    }
                }
            }
        }
    }
}
