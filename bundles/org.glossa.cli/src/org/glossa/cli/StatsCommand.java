package org.glossa.cli;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.ops.ComputeStatisticsOperation;
import org.glossa.core.ops.ProjectStatistics;
import org.glossa.core.storage.ProjectStore;

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
                the gold set) the documents per status and the spans per layer and label. Annotation
                files that cannot be read are named on stderr and left out of the counts.

                  --json   print {"project", "documents", "textCharacters", "bodyCharacters",
                           "annotators": {NAME: {"statuses": {...}, "spans": {LAYER: {LABEL: n}}, "totalSpans"}},
                           "problems": [...]}
                """;
    }

    @Override
    public OptionSpec options() {
        return new OptionSpec().flag("--json");
    }

    @Override
    public int run(Arguments args, Output out) throws Exception {
        ProjectStore store = ProjectStore.open(Path.of(args.positional(0, name(), "PROJECT folder")));
        ProjectStatistics stats = new ComputeStatisticsOperation(store).execute(new NullProgressMonitor());
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
            root.putArray("problems").addAll(stats.problems().stream()
                    .map(p -> (com.fasterxml.jackson.databind.JsonNode) out.object().put("file", p.file().toString())
                            .put("message", p.message()))
                    .toList());
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
        stats.problems().forEach(p -> out.warn(p.toString()));
        return Cli.OK;
    }

    private static String statusLine(Map<String, Integer> statuses) {
        StringBuilder text = new StringBuilder();
        statuses.forEach((status, count) -> text.append(text.length() == 0 ? "" : ", ").append(count).append(' ').append(status));
        return text.toString();
    }
}
