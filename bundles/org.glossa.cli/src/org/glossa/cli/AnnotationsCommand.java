package org.glossa.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.files.FileErrors;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.format.FormatSupport;
import org.glossa.core.ops.AttributeMapping;
import org.glossa.core.ops.ImportAnnotationsOperation;
import org.glossa.core.ops.ImportAnnotationsRequest;
import org.glossa.core.ops.ImportAnnotationsResult;
import org.glossa.core.storage.ProjectStore;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code glossa annotations import ...}: other tools' annotations into an annotator's sets. */
final class AnnotationsCommand implements Command {
    private static final String IMPORT = "import";
    private final Supplier<FormatRegistry> formats;

    AnnotationsCommand(Supplier<FormatRegistry> formats) {
        this.formats = formats;
    }

    @Override
    public String name() {
        return "annotations";
    }

    @Override
    public String summary() {
        return "import other tools' annotations (brat, doccano, CoNLL, ...) into an annotator's sets";
    }

    @Override
    public String usage() {
        return """
                Usage: glossa annotations import PROJECT --annotator NAME --format FORMAT [--layer LAYER]
                                                 [--map-attribute FROM=TO]... [--map-value ATTR:FROM=TO]...
                                                 [--strict] [--follow-symlinks] [--json] PATH...

                Reads the files (and the files in the folders) and adds their annotations to NAME's
                annotation sets (gold for the gold sets). A document is matched by id, else by identical
                text; a text the project does not have becomes a new document. A type that names a
                layer (Quote, Claim) is a span of that layer; other types are labels of LAYER. Relations
                become links (brat Speaker/Claimant: the speaker and claimant links), attributes are
                kept where the layer defines them; a value the schema does not allow is an error.
                Offsets are kept exactly (no snapping to words).
                A document the files annotate with no spans (an empty .ann) gets an empty set: NAME
                found nothing to mark there, and agreement counts it so.
                All or nothing: any error names the file and line, and the project stays unchanged;
                a folder that cannot be read or a symbolic link loop is such an error. A text may
                have up to 32 MiB, a line of a brat or CoNLL file up to 1 MiB characters.

                  --annotator NAME  whose sets receive the annotations (gold for the gold sets)
                  --format FORMAT   the format of the files (see below)
                  --layer LAYER     the layer of types that are not layer names (default Entity)
                  --map-attribute FROM=TO
                                    read the files' attribute FROM as the schema's attribute TO,
                                    e.g. QuoteType=type (repeatable, or a comma list)
                  --map-value ATTR:FROM=TO
                                    read the value FROM of attribute ATTR as TO, e.g.
                                    type:Direct=direct (repeatable, or a comma list)
                  --strict          refuse labels missing from the schema, unknown relations and
                                    attributes, instead of adding labels and skipping the rest
                  --follow-symlinks follow links inside folders that lead outside them (else skipped
                                    with a warning)
                  --json            print the result as one JSON document

                """ + ExportCommand.formatList(formats.get().importers(), false);
    }

    @Override
    public OptionSpec options() {
        return new OptionSpec().valued("--annotator").valued("--format").valued("--layer").repeatable("--map-attribute")
                .repeatable("--map-value").flag("--strict").flag("--follow-symlinks").flag("--json");
    }

    @Override
    public int run(Arguments args, Output out) throws Exception {
        String action = args.positional(0, name(), "action (import)");
        if (!action.equals(IMPORT)) {
            throw new UsageException(name(), "unknown action '" + action + "'; the action is 'import'");
        }
        Path project = Path.of(args.positional(1, name(), "PROJECT folder"));
        List<Path> paths = args.positionals().stream().skip(2).map(Path::of).toList();
        if (paths.isEmpty()) {
            throw new UsageException(name(), "missing PATH to import");
        }
        String annotator = args.value("--annotator");
        if (annotator == null || annotator.isBlank()) {
            throw new UsageException(name(), "missing --annotator");
        }
        String formatId = args.value("--format");
        if (formatId == null || formatId.isBlank()) {
            throw new UsageException(name(), "missing --format");
        }
        FormatRegistry registry = formats.get();
        FormatSupport format = registry.find(formatId).filter(FormatSupport::canImport).orElseThrow(() ->
                new UsageException(name(), "unknown format '" + formatId + "'; formats: " + ExportCommand.ids(registry.importers())));
        for (Path path : paths) {
            FileErrors.requireExists(path);
        }
        AttributeMapping attributes;
        try {
            attributes = AttributeMapping.parse(args.values("--map-attribute"), args.values("--map-value"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(name(), e.getMessage());
        }
        ImportAnnotationsRequest request = ImportAnnotationsRequest.of(format.id(), annotator, paths)
                .withLayer(args.value("--layer")).withStrict(args.has("--strict")).withAttributes(attributes)
                .withFollowSymlinks(args.has("--follow-symlinks"));
        ImportAnnotationsResult result;
        try (ProjectStore store = WritableProject.open(project, name() + " " + IMPORT, out)) {
            result = new ImportAnnotationsOperation(store, registry, request).execute(new NullProgressMonitor());
        }
        if (args.has("--json")) {
            out.json(toJson(result, out));
        } else {
            result.created().forEach(id -> out.line("created document " + id));
            result.labelsAdded().forEach((layer, labels) -> out.line("added to layer " + layer + ": " + String.join(", ", labels)));
            int documents = result.matched().size() + result.created().size();
            out.line("Imported " + result.spans() + " spans and " + result.links() + " links into " + annotator + "'s sets of "
                    + documents + (documents == 1 ? " document" : " documents") + " (" + result.created().size()
                    + " created)" + (result.alreadyPresent() > 0 ? "; " + result.alreadyPresent() + " already present" : "")
                    + ".");
            if (!result.withoutSpans().isEmpty()) {
                out.line(result.withoutSpans().size() + (result.withoutSpans().size() == 1 ? " document has" : " documents have")
                        + " no spans in " + annotator + "'s set (nothing to mark there; counted in agreement): "
                        + String.join(", ", result.withoutSpans()));
            }
        }
        result.warnings().forEach(out::warn);
        return Cli.OK;
    }

    private static ObjectNode toJson(ImportAnnotationsResult result, Output out) {
        ObjectNode root = out.object();
        ArrayNode matched = root.putArray("matched");
        result.matched().forEach(matched::add);
        ArrayNode created = root.putArray("created");
        result.created().forEach(created::add);
        root.put("spans", result.spans());
        root.put("links", result.links());
        root.put("alreadyPresent", result.alreadyPresent());
        ArrayNode withoutSpans = root.putArray("withoutSpans");
        result.withoutSpans().forEach(withoutSpans::add);
        ObjectNode labels = root.putObject("labelsAdded");
        result.labelsAdded().forEach((layer, added) -> added.forEach(labels.putArray(layer)::add));
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(warnings::add);
        return root;
    }
}
