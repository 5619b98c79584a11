package org.glossa.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.ops.DocumentSummary;
import org.glossa.core.ops.ListDocumentsOperation;
import org.glossa.core.storage.ProjectStore;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

final class ListCommand implements Command {
    private static final int TITLE_WIDTH = 60;

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String summary() {
        return "list the documents with their body region and status per annotator";
    }

    @Override
    public String usage() {
        return """
                Usage: glossa list PROJECT [--json]

                One entry per document: id, title, text length, body region (begin, end as UTF-16
                offsets, end exclusive) and each annotator's status (new, in-progress, finished).

                  --json   print {"project": ..., "documents": [{"id", "title", "textLength",
                           "body": {"begin", "end"}, "date", "language", "statuses": {...}}]}
                """;
    }

    @Override
    public OptionSpec options() {
        return new OptionSpec().flag("--json");
    }

    @Override
    public int run(Arguments args, Output out) throws Exception {
        ProjectStore store = ProjectStore.open(Path.of(args.positional(0, name(), "PROJECT folder")));
        List<DocumentSummary> documents = new ListDocumentsOperation(store).execute(new NullProgressMonitor());
        if (args.has("--json")) {
            ObjectNode root = out.object();
            root.put("project", store.project().getName());
            ArrayNode array = root.putArray("documents");
            for (DocumentSummary doc : documents) {
                ObjectNode entry = array.addObject().put("id", doc.id()).put("title", doc.title())
                        .put("textLength", doc.textLength());
                entry.putObject("body").put("begin", doc.bodyBegin()).put("end", doc.bodyEnd());
                entry.put("date", doc.date()).put("language", doc.language());
                ObjectNode statuses = entry.putObject("statuses");
                doc.statuses().forEach(statuses::put);
            }
            out.json(root);
        } else {
            out.line(String.format("%-28s %7s %15s  %-" + TITLE_WIDTH + "s  %s", "ID", "LENGTH", "BODY", "TITLE", "STATUS"));
            for (DocumentSummary doc : documents) {
                String statuses = doc.statuses().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" "));
                out.line(String.format("%-28s %7d %15s  %-" + TITLE_WIDTH + "s  %s", doc.id(), doc.textLength(),
                        doc.bodyBegin() + "-" + doc.bodyEnd(), shorten(doc.title()), statuses.isEmpty() ? "-" : statuses));
            }
            out.line(documents.size() + " documents");
        }
        store.problems().forEach(p -> out.warn(p.toString()));
        return Cli.OK;
    }

    private static String shorten(String title) {
        String text = title == null ? "" : title;
        return text.length() <= TITLE_WIDTH ? text : text.substring(0, TITLE_WIDTH - 1) + "…";
    }
}
