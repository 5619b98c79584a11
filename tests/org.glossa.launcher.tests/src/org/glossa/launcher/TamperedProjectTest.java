package org.glossa.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project.xmi whose document id was tampered into a path: every command refuses it by name, nothing is written outside. */
class TamperedProjectTest {
    private static final Path ROOT = GlossaRun.ROOT;

    @TempDir
    Path dir;

    private String[] glossa(String... args) throws Exception {
        GlossaRun run = GlossaRun.run(dir, args);
        return new String[] {Integer.toString(run.code()), run.err()};
    }

    @Test
    void aTamperedIdIsNamedAndExportWritesNothingOutsideOut() throws Exception {
        Path project = dir.resolve("work/project");
        assertEquals("0", glossa("init", project.toString())[0]);
        Path corpus = SampleInputs.brat(dir.resolve("corpus"), "doc", 2, 3);
        String[] imported = glossa("annotations", "import", project.toString(), "--annotator", "ana", "--format", "brat",
                corpus.toString());
        assertEquals("0", imported[0], imported[1]);
        Path index = project.resolve("project.xmi");
        String tampered = "../../../../escaped";
        Files.writeString(index, Files.readString(index).replace("id=\"doc-d0\"", "id=\"" + tampered + "\""));
        List<Path> before = listing(dir);

        Path out = dir.resolve("work/out");
        for (String[] command : List.of(new String[] {"export", project.toString(), "--format", "brat", "--source", "ana",
                "--out", out.toString()}, new String[] {"list", project.toString()},
                new String[] {"annotations", "import", project.toString(), "--annotator", "bob", "--format", "brat",
                        corpus.toString()})) {
            String[] run = glossa(command);
            assertEquals("1", run[0], String.join(" ", command) + ": " + run[1]);
            assertTrue(run[1].contains(index + ": document id '" + tampered + "' is not a file-safe name"), run[1]);
        }
        assertFalse(Files.exists(dir.resolve("escaped.txt")) || Files.exists(dir.resolve("escaped.ann")));
        List<Path> after = listing(dir);
        after.removeIf(p -> p.startsWith(out) || p.endsWith("out.txt") || p.endsWith("err.txt")
                || p.startsWith(project.resolve(".glossa")));
        before.removeIf(p -> p.endsWith("out.txt") || p.endsWith("err.txt") || p.startsWith(project.resolve(".glossa")));
        assertEquals(before, after, "no file was written anywhere but inside --out");
    }

    private static List<Path> listing(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return new ArrayList<>(files.sorted().toList());
        }
    }
}
