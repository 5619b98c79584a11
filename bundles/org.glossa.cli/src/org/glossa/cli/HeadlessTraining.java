package org.glossa.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the JDK's ahead-of-time cache for the headless command (releng/scripts/train-headless-aot.sh):
 * one JVM runs the commands a user runs most, on a scratch project made from a corpus and brat annotations, so
 * that the cache holds the classes they load and the profiles of their hot methods. Output is discarded; only a
 * command that fails is named, and the run goes on.
 */
public final class HeadlessTraining {
    private HeadlessTraining() {
    }

    /** @param args a scratch folder, a corpus folder (*.txt), a folder of annotators' brat folders (NAME/*.ann) */
    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        Path annotations = Path.of(args[2]);
        String project = work.resolve("project").toString();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Cli cli = new Cli(quiet, quiet);
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] { "--help" });
        commands.add(new String[] { "init", project, "--name", "training" });
        commands.add(new String[] { "import", project, corpus.toString() });
        List<String> bratFolders = new ArrayList<>();
        try (Stream<Path> annotators = Files.list(annotations)) {
            for (Path annotator : annotators.filter(Files::isDirectory).sorted().toList()) {
                Path brat = Files.createDirectories(work.resolve("brat-" + annotator.getFileName()));
                try (Stream<Path> files = Files.list(annotator)) {
                    for (Path ann : files.filter(f -> f.toString().endsWith(".ann")).toList()) {
                        String name = ann.getFileName().toString();
                        Files.copy(ann, brat.resolve(name));
                        String text = name.substring(0, name.length() - ".ann".length()) + ".txt";
                        Files.copy(corpus.resolve(text), brat.resolve(text));
                    }
                }
                bratFolders.add(brat.toString());
                commands.add(new String[] { "annotations", "import", project, "--annotator",
                        annotator.getFileName().toString(), "--format", "brat", brat.toString() });
            }
        }
        for (int round = 0; round < 3; round++) { // hot methods reach the compilers' profiles
            commands.add(new String[] { "list", project });
            commands.add(new String[] { "list", project, "--json" });
            commands.add(new String[] { "stats", project });
            commands.add(new String[] { "stats", project, "--json" });
            commands.add(new String[] { "agree", project });
            commands.add(new String[] { "agree", project, "--json" });
            commands.add(new String[] { "check", project });
        }
        commands.add(new String[] { "adjudicate", project, "--auto", "--quorum", "2" });
        for (String format : new String[] { "conll", "spans-jsonl", "brat", "hf-jsonl" }) {
            commands.add(new String[] { "export", project, "--format", format, "--out",
                    work.resolve("export-" + format).toString() });
        }
        // A team: the project shared to a bare repository, a member's clone, saved work synced both ways.
        String server = work.resolve("server/team.git").toString();
        String clone = work.resolve("clone").toString();
        commands.add(new String[] { "team", "share", project, server, "--curator", "trainer" });
        commands.add(new String[] { "team", "clone", server, clone, "--annotator", "trainee" });
        if (!bratFolders.isEmpty()) {
            commands.add(new String[] { "annotations", "import", clone, "--annotator", "trainee", "--format", "brat",
                    bratFolders.get(0) });
        }
        commands.add(new String[] { "team", "status", clone });
        commands.add(new String[] { "team", "sync", clone });
        commands.add(new String[] { "team", "sync", project });
        commands.add(new String[] { "team", "status", clone, "--json" });
        commands.add(new String[] { "team", "sync", clone });
        for (String[] command : commands) {
            int code = cli.run(command);
            if (code != Cli.OK) {
                System.err.println("training: glossa " + String.join(" ", command) + " exited " + code);
            }
        }
    }
}
