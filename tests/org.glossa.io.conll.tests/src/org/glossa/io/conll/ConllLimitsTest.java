package org.glossa.io.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.AnnotationImportException;
import org.glossa.core.format.ReadDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CoNLL file is streamed: a document's text is counted as it grows and refused at the limit, with the line. */
class ConllLimitsTest {
    private static final int TOKEN_LENGTH = 1000;

    @TempDir
    Path dir;

    @Test
    void aDocumentGrowingOverTheLimitIsRefusedAtItsLine() throws IOException {
        Path file = dir.resolve("huge.conll");
        String token = "w".repeat(TOKEN_LENGTH - 1); // with the joining space, 1000 bytes a token
        int lines = 34 * 1024; // 34 MiB of tokens less a little: over 32 MiB
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < lines; i++) {
                out.write(token + " O\n");
            }
        }
        AnnotationImportException e = assertThrows(AnnotationImportException.class,
                () -> new ConllFormat().read(List.of(file), new NullProgressMonitor()));
        int firstOver = (int) (32L * 1024 * 1024 / TOKEN_LENGTH) + 1;
        assertEquals(file + ":" + firstOver + ": the document's text grows over the limit of 32 MiB", e.getMessage());
    }

    @Test
    void documentsUnderTheLimitInALargeFileAreRead() throws IOException, AnnotationImportException {
        Path file = dir.resolve("many.conll");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int document = 0; document < 3; document++) {
                out.write("-DOCSTART- -X- O O\n\n");
                for (int i = 0; i < 12 * 1024; i++) {
                    out.write("w".repeat(TOKEN_LENGTH - 1) + " B-PER\n");
                }
            }
        }
        List<ReadDocument> documents = new ConllFormat().read(List.of(file), new NullProgressMonitor());
        assertEquals(3, documents.size());
        assertEquals(12 * 1024, documents.get(2).spans().size());
    }
}
