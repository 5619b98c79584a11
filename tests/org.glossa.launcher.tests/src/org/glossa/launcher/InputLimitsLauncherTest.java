package org.glossa.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Huge inputs through the real launcher with a 64 MB heap: each is refused with one line naming the file and the
 * limit and a non-zero exit, and the project stays byte-identical. A text under the limit that does not fit the
 * heap ends as one line "out of memory while reading FILE", exit 1, never as exit 0 with nothing printed.
 */
class InputLimitsLauncherTest {
    private static final Path ROOT = GlossaRun.ROOT;
    private static final long HUGE = 200L * 1024 * 1024;

    @TempDir
    Path dir;
    private Path project;

    private GlossaRun glossa(String... args) throws IOException, InterruptedException {
        return GlossaRun.run(dir, Map.of("GLOSSA_JVM_OPTS", "-Xmx64m"), args);
    }

    @BeforeEach
    void createProject() throws Exception {
        project = dir.resolve("project");
        assertEquals(0, glossa("init", project.toString()).code());
        Path seed = dir.resolve("seed.txt");
        Files.writeString(seed, "The harbour council met on Monday. It decided to rebuild the old pier before winter.\n");
        assertEquals(0, glossa("import", project.toString(), seed.toString()).code());
    }

    /** Writes head, then {@code count} bytes of {@code fill}, then tail, streamed (never held in memory). */
    private static Path write(Path file, String head, char fill, long count, String tail) throws IOException {
        byte[] chunk = String.valueOf(fill).repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < count; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, count - written));
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private Map<String, String> snapshot() throws IOException, NoSuchAlgorithmException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            // .glossa/ holds the lock, which records the latest writer even when it changed nothing
            for (Path file : walk.filter(Files::isRegularFile)
                    .filter(f -> !project.relativize(f).startsWith(".glossa")).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                files.put(project.relativize(file).toString(), HexFormat.of().formatHex(digest));
            }
        }
        return files;
    }

    private void assertRefused(String expectedLine, String... args) throws Exception {
        Map<String, String> before = snapshot();
        GlossaRun run = glossa(args);
        assertEquals(1, run.code(), run.err());
        assertEquals(expectedLine + "\n", run.err());
        assertEquals(before, snapshot(), "the project changed");
    }

    @Test
    void aBratNoteLineOf200MegabytesIsRefusedByItsFileSize() throws Exception {
        Files.writeString(dir.resolve("note.txt"), "Kim met Lee.\n");
        Path ann = write(dir.resolve("note.ann"), "T1\tPER 0 3\tKim\n#1\tAnnotatorNotes T1\t", 'n', HUGE, "\n");
        assertRefused("glossa annotations: " + ann + ": too large: " + Files.size(ann) + " bytes, over the limit of 32 MiB"
                + " for a text", "annotations", "import", project.toString(), "--annotator", "ana", "--format", "brat", ann.toString());
    }

    @Test
    void aDoccanoTextOf200MegabytesIsRefusedWhileStreaming() throws Exception {
        Path jsonl = write(dir.resolve("huge.jsonl"), "{\"text\": \"", 't', HUGE, "\", \"label\": []}\n");
        assertRefused("glossa annotations: " + jsonl + ":1: a string longer than the limit of 32 MiB of text",
                "annotations", "import", project.toString(), "--annotator", "ana", "--format", "doccano", jsonl.toString());
    }

    @Test
    void aConllLineOf200MegabytesIsRefusedWithItsLine() throws Exception {
        Path conll = write(dir.resolve("huge.conll"), "Kim B-PER\n", 'w', HUGE, " O\n");
        assertRefused("glossa annotations: " + conll + ":2: line longer than the limit of 1 MiB characters",
                "annotations", "import", project.toString(), "--annotator", "ana", "--format", "conll", conll.toString());
    }

    @Test
    void anArticleOf200MegabytesIsSkippedByItsSize() throws Exception {
        Path article = write(dir.resolve("dump.txt"), "", 'a', HUGE, "");
        Map<String, String> before = snapshot();
        GlossaRun run = glossa("import", project.toString(), article.toString());
        assertEquals(1, run.code(), run.err());
        assertEquals("glossa: skipped " + article + ": too large: " + HUGE + " bytes, over the limit of 32 MiB for a text\n",
                run.err());
        assertEquals(before, snapshot());
    }

    @Test
    void runningOutOfMemoryUnderTheLimitIsOneLineAndExitOne() throws Exception {
        // 30 MiB of text is allowed, but a 64 MB heap cannot hold it as Java characters (60 MB)
        Path jsonl = write(dir.resolve("large.jsonl"), "{\"text\": \"", 't', 30L * 1024 * 1024, "\", \"label\": []}\n");
        assertRefused("glossa annotations: out of memory while reading " + jsonl + " (texts are limited to 32 MiB; give Java"
                + " more memory with GLOSSA_JVM_OPTS=-Xmx2g); the project is unchanged",
                "annotations", "import", project.toString(), "--annotator", "ana", "--format", "doccano", jsonl.toString());
    }
}
