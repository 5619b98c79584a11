package org.glossa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.doctor.DoctorReport;
import org.glossa.core.doctor.Finding;
import org.glossa.core.doctor.FindingKind;
import org.glossa.core.doctor.ProjectDoctor;
import org.glossa.core.ops.ComputeStatisticsOperation;
import org.glossa.core.ops.ProjectStatistics;
import org.glossa.core.storage.ProjectStore;
import org.glossa.core.storage.StorageProblem;

import com.fasterxml.jackson.databind.node.ObjectNode;

final class StatsCommand implements Command {
    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return "documents, body characters, spans per layer and label, status per annotator";
    }

    @Override
    public String usage() {
        return """
                Usage: glossa stats PROJECT [--json]

                Counts the documents and the characters in their bodies, and for each annotator (and
                the gold set) the documents per status and the spans per layer and label. Every problem
                glossa check finds is named on stderr with a last line "N problems: run glossa check";
                damaged annotation files are left out of the counts. The exit code stays 0.

                  --json   print {"project", "documents", "textCharacters", "bodyCharacters",
                           "annotators": {NAME: {"statuses": {...}, "spans": {LAYER: {LABEL: n}}, "totalSpans"}},
                           "problems": [...]} (problems as glossa check --json gives its findings)
                """;
    }

    @Override
    public OptionSpec options() {
        return new OptionSpec().flag("--json");
    }

    @Override
    public int run(Arguments args, Output out) throws Exception {
        Path project = Path.of(args.positional(0, name(), "PROJECT folder"));
        // Opened for inspection: the doctor below names leftovers of interrupted saves itself (one walk, not two).
        ProjectStore store = ProjectStore.inspect(project);
        ProjectStatistics stats = new ComputeStatisticsOperation(store).execute(new NullProgressMonitor());
        List<Finding> problems = problems(store, stats);
        if (args.has("--json")) {
            ObjectNode root = out.object();
            root.put("project", store.project().getName());
            root.put("documents", stats.documents());
            root.put("textCharacters", stats.textCharacters());
            root.put("bodyCharacters", stats.bodyCharacters());
            ObjectNode annotators = root.putObject("annotators");
            stats.annotators().forEach((name, a) -> {
                ObjectNode node = annotators.putObject(name);
                ObjectNode statuses = node.putObject("statuses");
                a.statuses().forEach(statuses::put);
                ObjectNode spans = node.putObject("spans");
                a.spans().forEach((layer, labels) -> {
                    ObjectNode layerNode = spans.putObject(layer);
                    labels.forEach(layerNode::put);
                });
                node.put("totalSpans", a.totalSpans());
            });
            root.set("problems", CheckCommand.findings(project, problems, out));
            out.json(root);
        } else {
            out.line("Project:         " + store.project().getName());
            out.line("Documents:       " + stats.documents());
            out.line("Text characters: " + stats.textCharacters());
            out.line("Body characters: " + stats.bodyCharacters());
            if (stats.annotators().isEmpty()) {
                out.line("Annotations:     none yet");
            }
            stats.annotators().forEach((name, a) -> {
                out.line("");
                out.line(name + ": " + a.totalSpans() + " spans; " + statusLine(a.statuses()));
                a.spans().forEach((layer, labels) -> out.line("  " + layer + ": " + labels));
            });
        }
        DamagedDocuments.warn(project, problems, out);
        return Cli.OK;
    }

    /** Everything the doctor finds, and whatever else counting met (each file named once). */
    private static List<Finding> problems(ProjectStore store, ProjectStatistics stats) throws IOException {
        DoctorReport report = new ProjectDoctor(store).examineProject(true);
        List<Finding> problems = new ArrayList<>(report.findings());
        Set<Path> named = new HashSet<>();
        problems.forEach(f -> named.add(report.absolute(f)));
        for (StorageProblem problem : stats.problems()) {
            if (named.add(problem.file())) {
                problems.add(new Finding(report.root().relativize(problem.file()), null, null,
                        FindingKind.STORE_PROBLEM, problem.message(), null));
            }
        }
        return problems;
    }

    private static String statusLine(Map<String, Integer> statuses) {
        StringBuilder text = new StringBuilder();
        statuses.forEach((status, count) -> text.append(text.length() == 0 ? "" : ", ").append(count).append(' ').append(status));
        return text.toString();
    }
}
