package org.glossa.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real processes of the built product writing one project at once: each run either applies completely or is
 * refused at once (exit code 1, one line naming the holder), never half; nothing is orphaned; a reader started
 * during an import never disturbs it.
 */
class ConcurrentWritersTest {
    private static final Path ROOT = Path.of(System.getProperty("glossa.root", "../..")).toAbsolutePath().normalize();
    private static final int DOCUMENTS = 60;
    private static final int SPANS = 50;

    @TempDir
    Path dir;

    record Run(String name, int code, String out, String err) {
    }

    /** A started glossa process whose output goes to files. */
    private final class Running {
        private final String name;
        private final Process process;
        private final Path out;
        private final Path err;

        Running(String name, String... args) throws IOException {
            this.name = name;
            List<String> command = new ArrayList<>();
            command.add(ROOT.resolve("glossa").toString());
            command.addAll(List.of(args));
            out = dir.resolve(name + ".out");
            err = dir.resolve(name + ".err");
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
        }

        boolean isAlive() {
            return process.isAlive();
        }

        Run finish() throws IOException, InterruptedException {
            assertTrue(process.waitFor(180, TimeUnit.SECONDS), name + " did not finish");
            return new Run(name, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    private Path newProject() throws Exception {
        Path project = dir.resolve("project");
        Run init = new Running("init", "init", project.toString()).finish();
        assertEquals(0, init.code(), init.err());
        return project;
    }

    @Test
    void twoAnnotationImportsForTheSameAnnotatorAtOnce() throws Exception {
        twoAnnotationImports("ana", "ana");
    }

    @Test
    void twoAnnotationImportsForDifferentAnnotatorsAtOnce() throws Exception {
        twoAnnotationImports("ana", "ben");
    }

    private void twoAnnotationImports(String first, String second) throws Exception {
        Path project = newProject();
        Path a = SampleInputs.brat(dir.resolve("a"), "a", DOCUMENTS, SPANS);
        Path b = SampleInputs.brat(dir.resolve("b"), "b", DOCUMENTS, SPANS);
        Running runA = new Running("import-a", "annotations", "import", project.toString(), "--annotator", first,
                "--format", "brat", a.toString());
        Running runB = new Running("import-b", "annotations", "import", project.toString(), "--annotator", second,
                "--format", "brat", b.toString());
        Run doneA = runA.finish();
        Run doneB = runB.finish();
        ProjectFiles files = new ProjectFiles(project);
        boolean appliedA = checkAnnotationImport(doneA, files, "a-", first);
        boolean appliedB = checkAnnotationImport(doneB, files, "b-", second);
        assertTrue(appliedA || appliedB, "one of them holds the lock and applies: " + doneA + doneB);
        assertNothingOrphaned(files);
        System.out.printf("two annotation imports (%s, %s): a %s, b %s%n", first, second,
                appliedA ? "applied" : "refused", appliedB ? "applied" : "refused");
    }

    /** Applied completely (exit 0) or refused naming the holder with nothing of it in the project; returns which. */
    private static boolean checkAnnotationImport(Run run, ProjectFiles files, String prefix, String annotator) throws IOException {
        long documents = files.documentsStartingWith(prefix);
        long sets = files.sets(prefix, annotator).size();
        long spans = files.spans(prefix, annotator);
        if (run.code() == 0) {
            assertEquals(List.of(DOCUMENTS, DOCUMENTS, DOCUMENTS * SPANS), List.of((int) documents, (int) sets, (int) spans),
                    run.name() + " exited 0 and must be there completely: documents, sets, spans");
            return true;
        }
        assertRefusedNamingTheHolder(run, "annotations"); // the CLI names the command, as in its other errors
        assertEquals(List.of(0L, 0L, 0L), List.of(documents, sets, spans), run.name() + " was refused: nothing of it");
        return false;
    }

    private static void assertRefusedNamingTheHolder(Run run, String command) {
        assertEquals(1, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), "one line: " + run.err());
        Pattern expected = Pattern.compile("glossa " + Pattern.quote(command) + ": .+ is being changed by glossa"
                + " (annotations import|import) \\(pid \\d+, .+ on .+, since \\d\\d:\\d\\d:\\d\\d\\); try again when it has"
                + " finished\\s*");
        assertTrue(expected.matcher(run.err()).matches(), run.err());
    }

    private static void assertNothingOrphaned(ProjectFiles files) throws IOException {
        assertEquals(files.documents(), files.texts(), "every text belongs to a document and every document has its text");
        assertEquals(List.of(), files.leftovers(), "no temporary files or journal entries");
    }

    @Test
    void twoArticleImportsAtOnce() throws Exception {
        Path project = newProject();
        Path a = SampleInputs.articles(dir.resolve("articles-a"), "a", 80);
        Path b = SampleInputs.articles(dir.resolve("articles-b"), "b", 80);
        Running runA = new Running("articles-a", "import", project.toString(), a.toString());
        Running runB = new Running("articles-b", "import", project.toString(), b.toString());
        Run doneA = runA.finish();
        Run doneB = runB.finish();
        ProjectFiles files = new ProjectFiles(project);
        List<String> outcomes = new ArrayList<>();
        for (Run run : List.of(doneA, doneB)) {
            String prefix = run == doneA ? "a-a" : "b-a";
            if (run.code() == 0) {
                assertEquals(80, files.documentsStartingWith(prefix), run.out());
                outcomes.add("applied");
            } else {
                assertRefusedNamingTheHolder(run, "import");
                assertEquals(0, files.documentsStartingWith(prefix), run.name() + " was refused: nothing of it");
                outcomes.add("refused");
            }
        }
        assertTrue(outcomes.contains("applied"), doneA + " " + doneB);
        assertNothingOrphaned(files);
        System.out.println("two article imports: " + outcomes);
    }

    @Test
    void listingDuringAnImportNeverDisturbsIt() throws Exception {
        Path project = newProject();
        int documents = 300;
        Path corpus = SampleInputs.brat(dir.resolve("big"), "big", documents, 20);
        Running importing = new Running("import", "annotations", "import", project.toString(), "--annotator", "ana",
                "--format", "brat", corpus.toString());
        int lists = 0;
        int listsDuringImport = 0;
        do {
            boolean importRunning = importing.isAlive();
            Run list = new Running("list-" + lists, "list", project.toString(), "--json").finish();
            lists++;
            listsDuringImport += importRunning ? 1 : 0;
            assertEquals(0, list.code(), "a reader is never refused: " + list.err());
            int listed = new ObjectMapper().readTree(list.out()).get("documents").size();
            assertTrue(listed == 0 || listed == documents, "the index is all old or all new: " + listed);
            assertTrue(!list.err().contains("removed"), "a reader deletes nothing: " + list.err());
        } while (importing.isAlive());
        Run done = importing.finish();
        assertEquals(0, done.code(), done.err());
        ProjectFiles files = new ProjectFiles(project);
        assertEquals(documents, files.documentsStartingWith("big-"));
        assertEquals(documents * 20, files.spans("big-", "ana"));
        assertNothingOrphaned(files);
        assertTrue(listsDuringImport >= 1, "at least one list ran during the import");
        System.out.println("list during an import: " + listsDuringImport + " of " + lists + " lists started during it");
    }
}
