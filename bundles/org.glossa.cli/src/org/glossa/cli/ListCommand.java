package org.glossa.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.doctor.DoctorReport;
import org.glossa.core.doctor.ProjectDoctor;
import org.glossa.core.doctor.WalkAhead;
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
                           "body": {"begin", "end"}, "date", "language", "statuses": {...}, "damaged"}],
                           "problems": [...]} (problems as glossa check --json gives its findings)

                Damaged files (missing or changed texts, empty annotation sets, stray files) are
                named on stderr and their documents marked DAMAGED; glossa check says more.
                """;
    }

    @Override
    public OptionSpec options() {
        return new OptionSpec().flag("--json");
    }

    @Override
    public int run(Arguments args, Output out) throws Exception {
        Path project = Path.of(args.positional(0, name(), "PROJECT folder"));
        // The doctor's walk of the folders runs on the other core while the index loads.
        WalkAhead walk = WalkAhead.start(project);
        // Opened for inspection: the doctor below names leftovers of interrupted saves itself (one walk, not two).
        ProjectStore store = ProjectStore.inspect(project);
        // Every file changed since it was last found sound is read: a list that looks complete must not hide a
        // damaged set. (The doctor goes first: the statuses then come from its record instead of every file.)
        ProjectDoctor doctor = new ProjectDoctor(store, walk);
        DoctorReport report = doctor.examineProject(true);
        List<DocumentSummary> documents = new ListDocumentsOperation(store, doctor::examinedStatuses)
                .execute(new NullProgressMonitor());
        Set<String> damaged = report.byDocument().keySet();
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
                entry.put("damaged", damaged.contains(doc.id()));
            }
            root.set("problems", CheckCommand.findings(project, report, out));
            out.json(root);
        } else {
            out.line(row("ID", "LENGTH", "BODY", "TITLE", "STATUS"));
            for (DocumentSummary doc : documents) {
                String statuses = doc.statuses().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" "));
                out.line(row(doc.id(), Integer.toString(doc.textLength()), doc.bodyBegin() + "-" + doc.bodyEnd(),
                        shorten(doc.title()), (statuses.isEmpty() ? "-" : statuses)
                                + (damaged.contains(doc.id()) ? "  DAMAGED" : "")));
            }
            out.line(documents.size() + " documents");
        }
        DamagedDocuments.warn(project, report.findings(), out);
        return Cli.OK;
    }

    /** One line of the table (String.format's parsing was a tenth of listing 20,000 documents). */
    private static String row(String id, String length, String body, String title, String status) {
        StringBuilder line = new StringBuilder(160);
        pad(line.append(id), 28 - id.length()).append(' ');
        pad(line, 7 - length.length()).append(length).append(' ');
        pad(line, 15 - body.length()).append(body).append("  ");
        pad(line.append(title), TITLE_WIDTH - title.length()).append("  ").append(status);
        return line.toString();
    }

    private static StringBuilder pad(StringBuilder line, int spaces) {
        for (int i = 0; i < spaces; i++) {
            line.append(' ');
        }
        return line;
    }

    private static String shorten(String title) {
        String text = title == null ? "" : title;
        return text.length() <= TITLE_WIDTH ? text : text.substring(0, TITLE_WIDTH - 1) + "…";
    }
}
