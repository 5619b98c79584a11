package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.glossa.cli.CliTest.Result;
import org.glossa.core.files.ReadingFailure;
import org.glossa.core.format.FormatRegistry;
import org.glossa.io.brat.BratFormat;
import org.glossa.io.conll.ConllFormat;
import org.glossa.io.json.DoccanoFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every failure is one line naming the file and the reason: missing files, link loops, unreadable folders, texts
 * over the limit, lines over the bound, Errors. Folders with real symbolic links and permissions.
 */
class InputErrorsCommandsTest {
    private static final String ARTICLE = "A long enough article about the harbour. The council met on Monday and decided.\n";

    @TempDir
    Path dir;
    private Path locked;

    @AfterEach
    void unlock() throws IOException {
        if (locked != null) {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static Result glossa(String... args) {
        return Result.of(new FormatRegistry(List.of(new BratFormat(), new ConllFormat(), new DoccanoFormat())), args);
    }

    private String project() {
        String project = dir.resolve("project").toString();
        assertEquals(0, glossa("init", project).code());
        return project;
    }

    /** Every file of the project with its bytes, to compare before and after. */
    private Map<String, String> snapshot(String project) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(Path.of(project))) {
            // .glossa/ holds the lock, which records the latest writer even when it changed nothing
            for (Path file : walk.filter(Files::isRegularFile)
                    .filter(f -> !Path.of(project).relativize(f).startsWith(".glossa")).toList()) {
                files.put(Path.of(project).relativize(file).toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void missingFilesAndLinkLoopsAreNamedWithTheReason() throws IOException {
        String project = project();
        Path missing = dir.resolve("x/y");
        Result none = glossa("import", project, missing.toString());
        assertEquals(1, none.code());
        assertEquals("glossa import: " + missing + ": no such file or folder\n", none.err());
        Path loop = Files.createSymbolicLink(dir.resolve("loop"), Path.of("loop"));
        Result looped = glossa("annotations", "import", project, "--annotator", "ana", "--format", "brat", loop.toString());
        assertEquals("glossa annotations: " + loop + ": symbolic link loop\n", looped.err());
        Result list = glossa("list", missing.toString());
        assertEquals(1, list.code());
        assertEquals(1, list.err().lines().count(), list.err());
        assertTrue(list.err().startsWith("glossa list: " + missing.resolve("project.xmi") + ": not a Glossa project"), list.err());
    }

    @Test
    void importDoesNotFollowLinksLeadingOutsideUnlessAsked() throws IOException {
        String project = project();
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("harbour.txt"), ARTICLE);
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "Secret notes that were never meant for this corpus, kept elsewhere.\n");
        Files.createSymbolicLink(corpus.resolve("passwd.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(corpus.resolve("elsewhere"), outside);
        Files.createSymbolicLink(corpus.resolve("up"), Path.of("."));

        Result run = glossa("import", project, corpus.toString());
        assertEquals(1, run.code(), run.err()); // the loop is skipped, which counts as a skipped path
        assertTrue(run.out().endsWith("Imported 1 documents, 0 already present, 1 skipped.\n"), run.out());
        List<String> warnings = run.err().lines().sorted().toList();
        assertEquals(List.of(
                "glossa: " + corpus.resolve("elsewhere") + ": symbolic link to " + outside.toRealPath()
                        + ", outside the imported folder; not followed (--follow-symlinks follows it)",
                "glossa: " + corpus.resolve("passwd.txt") + ": symbolic link to " + outside.resolve("secret.txt").toRealPath()
                        + ", outside the imported folder; not followed (--follow-symlinks follows it)",
                "glossa: skipped " + corpus.resolve("up") + ": symbolic link loop"), warnings);

        Result followed = glossa("import", project, corpus.toString(), "--follow-symlinks");
        // the secret once (the link to it and the linked folder hold the same text); the harbour was there already
        assertTrue(followed.out().endsWith("Imported 1 documents, 2 already present, 1 skipped.\n"), followed.out());
        assertTrue(glossa("list", project).out().contains("secret"));
    }

    @Test
    void anUnreadableSubfolderIsSkippedInImportAndAnErrorInAnnotationsImport() throws IOException {
        String project = project();
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("harbour.txt"), ARTICLE);
        locked = Files.createDirectories(corpus.resolve("locked"));
        Files.writeString(locked.resolve("x.txt"), ARTICLE.replace("harbour", "airport"));
        Files.writeString(locked.resolve("x.ann"), "T1\tLOC 0 1\tA\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse("root".equals(System.getProperty("user.name")),
                "running as root: permissions 000 do not deny root reading a folder");

        Result run = glossa("import", project, corpus.toString());
        assertEquals(1, run.code());
        assertTrue(run.out().endsWith("Imported 1 documents, 0 already present, 1 skipped.\n"), run.out());
        assertEquals("glossa: skipped " + locked + ": permission denied\n", run.err());

        Map<String, String> before = snapshot(project);
        Result annotations = glossa("annotations", "import", project, "--annotator", "ana", "--format", "brat", corpus.toString());
        assertEquals(1, annotations.code());
        assertEquals("glossa annotations: " + locked + ": permission denied\n", annotations.err());
        assertEquals(before, snapshot(project));
    }

    @Test
    void annotationsImportRefusesALinkLoopInsideAFolder() throws IOException {
        String project = project();
        Path brat = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(brat.resolve("a.txt"), ARTICLE);
        Files.writeString(brat.resolve("a.ann"), "T1\tLOC 0 1\tA\n");
        Path self = Files.createSymbolicLink(brat.resolve("self"), Path.of("."));
        Map<String, String> before = snapshot(project);
        Result run = glossa("annotations", "import", project, "--annotator", "ana", "--format", "brat", brat.toString());
        assertEquals(1, run.code());
        assertEquals("glossa annotations: " + self + ": symbolic link loop\n", run.err());
        assertEquals(before, snapshot(project));

        // followed out of the folder, the walk comes back into it: the loop is where it closes
        Files.delete(self);
        Files.createSymbolicLink(brat.resolve("up"), Path.of(".."));
        Result followed = glossa("annotations", "import", project, "--annotator", "ana", "--format", "brat", brat.toString(),
                "--follow-symlinks");
        assertEquals("glossa annotations: " + brat.resolve("up/brat") + ": symbolic link loop\n", followed.err());
        assertEquals(before, snapshot(project));
    }

    @Test
    void textsOverTheLimitAndLinesOverTheBoundNameFileLineAndLimit() throws IOException {
        String project = project();
        Map<String, String> before = snapshot(project);
        Path brat = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(brat.resolve("a.txt"), ARTICLE);
        Path ann = brat.resolve("a.ann");
        try (RandomAccessFile sparse = new RandomAccessFile(ann.toFile(), "rw")) {
            sparse.setLength(40L * 1024 * 1024);
        }
        Result huge = glossa("annotations", "import", project, "--annotator", "ana", "--format", "brat", ann.toString());
        assertEquals("glossa annotations: " + ann + ": too large: 41943040 bytes, over the limit of 32 MiB for a text\n",
                huge.err());

        Files.writeString(ann, "T1\tLOC 0 1\tA\n#1\tAnnotatorNotes T1\t" + "n".repeat(1024 * 1024 + 1) + "\n");
        Result longLine = glossa("annotations", "import", project, "--annotator", "ana", "--format", "brat", ann.toString());
        assertEquals("glossa annotations: " + ann + ":2: line longer than the limit of 1 MiB characters\n", longLine.err());

        Path conll = dir.resolve("long.conll");
        Files.writeString(conll, "Kim B-PER\n" + "w".repeat(1024 * 1024 + 1) + " O\n");
        Result conllLine = glossa("annotations", "import", project, "--annotator", "ana", "--format", "conll", conll.toString());
        assertEquals("glossa annotations: " + conll + ":2: line longer than the limit of 1 MiB characters\n", conllLine.err());

        Path jsonl = dir.resolve("huge.jsonl");
        Files.writeString(jsonl, "{\"text\": \"short\", \"label\": []}\n{\"text\": \"" + "t".repeat(32 * 1024 * 1024 + 1)
                + "\", \"label\": []}\n");
        Result json = glossa("annotations", "import", project, "--annotator", "ana", "--format", "doccano", jsonl.toString());
        assertEquals("glossa annotations: " + jsonl + ":2: a string longer than the limit of 32 MiB of text\n", json.err());
        assertEquals(before, snapshot(project));
        assertFalse(Files.exists(Path.of(project, "texts", "a.txt")));
    }

    /** Crashes the fuzzers found (tests/org.glossa.fuzz.tests), each now a rejection naming file and line. */
    @Test
    void labelsXmlCannotStoreAndUndecodableJsonAreRejectionsNotCrashes() throws IOException {
        String project = project();
        Map<String, String> before = snapshot(project);
        Path brat = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(brat.resolve("a.txt"), "Seoul and Kim.\n");
        Path ann = Files.writeString(brat.resolve("a.ann"), "T1\tLOC 0 5\tSeoul\nT2\tPER\u0001 10 13\tKim\n");
        Result label = glossa("annotations", "import", project, "--annotator", "ana", "--format", "brat", ann.toString());
        assertEquals("glossa annotations: " + ann + ":2: span T2 type holds the character U+0001, which a project file"
                + " (XML) cannot store\n", label.err());

        Path conll = Files.writeString(dir.resolve("tag.conll"), "Kim B-PER\u0014\nLee O\n");
        Result tag = glossa("annotations", "import", project, "--annotator", "ana", "--format", "conll", conll.toString());
        assertEquals(1, tag.code());
        assertTrue(tag.err().startsWith("glossa annotations: " + conll + ":1: "), tag.err());

        Path utf32 = Files.write(dir.resolve("cut.jsonl"), new byte[] { '[', 0, 0, 0, 0, 't' });
        Result json = glossa("annotations", "import", project, "--annotator", "ana", "--format", "doccano", utf32.toString());
        assertEquals(1, json.code());
        assertTrue(json.err().startsWith("glossa annotations: " + utf32 + ":1: not valid text: "), json.err());
        assertEquals(1, json.err().lines().count(), json.err());
        Path ucs4 = Files.write(dir.resolve("ucs4.jsonl"), new byte[] { 0, 't', 0, 0, 0, '[' });
        Result order = glossa("annotations", "import", project, "--annotator", "ana", "--format", "doccano", ucs4.toString());
        assertEquals("glossa annotations: " + ucs4 + ":1: not valid text: Unsupported UCS-4 endianness (3412) detected\n",
                order.err());
        assertEquals(before, snapshot(project));
    }

    @Test
    void errorsBecomeOneLineNamingTheFileTheyWereReading() {
        Path file = dir.resolve("big.jsonl");
        assertEquals("out of memory while reading " + file + " (texts are limited to 32 MiB; give Java more memory with"
                + " GLOSSA_JVM_OPTS=-Xmx2g); the project is unchanged",
                FailureMessages.oneLine(new ReadingFailure(file, new OutOfMemoryError("Java heap space"))));
        assertEquals("input nested too deeply while reading " + file + " (stack overflow); the project is unchanged",
                FailureMessages.oneLine(new ReadingFailure(file, new StackOverflowError())));
        assertEquals("out of memory (texts are limited to 32 MiB; give Java more memory with GLOSSA_JVM_OPTS=-Xmx2g)",
                FailureMessages.oneLine(new OutOfMemoryError("Java heap space")));
    }
}
