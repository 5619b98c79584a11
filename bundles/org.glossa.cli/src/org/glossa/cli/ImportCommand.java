package org.glossa.cli;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.storage.ProjectStore;
import org.glossa.io.article.ImportArticlesOperation;
import org.glossa.io.article.ImportOptions;
import org.glossa.io.article.ImportReport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

final class ImportCommand implements Command {
    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "import article files or folders (plain text, HTML)";
    }

    @Override
    public String usage() {
        return """
                Usage: glossa import PROJECT PATH... [--whole-text] [--follow-symlinks] [--json]

                Imports each file, and every file below each folder, as a document. Text is UTF-8,
                UTF-16 with a BOM, or Windows-1252 when detected; HTML is reduced to its text (scripts
                and styles dropped). Line endings become \\n; the text never changes afterwards, so
                offsets stay valid. The title and the article body (without menus, "most popular"
                lists and similar page furniture) are detected; adjust the body later if needed.
                A text already in the project is not imported twice. Files that cannot be imported
                (binary, empty, undecodable, over the limit of 32 MiB) and folders that cannot be read
                are skipped and named; the rest is imported. Inside a folder, a symbolic link leading
                outside it is not followed (a warning names it) unless --follow-symlinks is given.

                Prints one line per new document: id, body length, title. The document id is the
                file's base name without extension (made unique when needed).

                  --whole-text  take the whole text as the body (for clean inputs)
                  --follow-symlinks  follow links inside folders that lead outside them
                  --json        print the report as one JSON document

                Exit code: 0 when every file was imported or already present, 1 when some were skipped.
                """;
    }

    @Override
    public OptionSpec options() {
        return new OptionSpec().flag("--whole-text").flag("--follow-symlinks").flag("--json");
    }

    @Override
    public int run(Arguments args, Output out) throws Exception {
        Path project = Path.of(args.positional(0, name(), "PROJECT folder"));
        List<Path> paths = args.positionals().stream().skip(1).map(Path::of).toList();
        if (paths.isEmpty()) {
            throw new UsageException(name(), "missing PATH to import");
        }
        ImportReport report;
        try (ProjectStore store = WritableProject.open(project, name(), out)) {
            report = new ImportArticlesOperation(store, paths, new ImportOptions(args.has("--whole-text")),
                    args.has("--follow-symlinks")).execute(new NullProgressMonitor());
        }
        if (args.has("--json")) {
            out.json(toJson(report, out));
        } else {
            for (ImportReport.Imported doc : report.imported()) {
                out.line(doc.id() + "\t" + doc.bodyLength() + "\t" + doc.title());
            }
            for (ImportReport.Duplicate duplicate : report.duplicates()) {
                out.warn("already in the project as '" + duplicate.existingId() + "': " + duplicate.file());
            }
            out.line("Imported " + report.imported().size() + " documents, " + report.duplicates().size()
                    + " already present, " + report.skipped().size() + " skipped.");
        }
        report.warnings().forEach(out::warn);
        for (ImportReport.Skipped skipped : report.skipped()) {
            out.warn("skipped " + skipped.reason());
        }
        return report.skipped().isEmpty() ? Cli.OK : Cli.FAILED;
    }

    private static ObjectNode toJson(ImportReport report, Output out) {
        ObjectNode root = out.object();
        ArrayNode imported = root.putArray("imported");
        for (ImportReport.Imported doc : report.imported()) {
            imported.addObject().put("id", doc.id()).put("title", doc.title()).put("file", doc.file().toString())
                    .put("textLength", doc.textLength()).put("bodyLength", doc.bodyLength());
        }
        ArrayNode duplicates = root.putArray("duplicates");
        report.duplicates().forEach(d -> duplicates.addObject().put("file", d.file().toString()).put("existingId", d.existingId()));
        ArrayNode skipped = root.putArray("skipped");
        report.skipped().forEach(s -> skipped.addObject().put("file", s.file().toString()).put("reason", s.reason()));
        ArrayNode warnings = root.putArray("warnings");
        report.warnings().forEach(warnings::add);
        root.put("cancelled", report.cancelled());
        return root;
    }
}
