package org.glossa.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.format.FormatSupport;
import org.glossa.core.ops.DatasetSplitRatios;
import org.glossa.core.ops.ExportOperation;
import org.glossa.core.ops.ExportRequest;
import org.glossa.core.ops.ExportResult;
import org.glossa.core.storage.ProjectStore;
import org.glossa.review.adjudication.UndecidedGoldPlaces;
import org.glossa.review.study.ExportAgreement;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

final class ExportCommand implements Command {
    private static final Pattern PLAIN_ARGUMENT = Pattern.compile("[A-Za-z0-9_./:=,@%+-]+");
    private final Supplier<FormatRegistry> formats;

    ExportCommand(Supplier<FormatRegistry> formats) {
        this.formats = formats;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write annotations as training data, with splits and a dataset card";
    }

    @Override
    public String usage() {
        return """
                Usage: glossa export PROJECT --format FORMAT --out DIR [--source gold|ANNOTATOR|each]
                                     [--layers L1,L2] [--labels A,B] [--documents all|finished|ID,ID]
                                     [--split 80/10/10 [--seed N] [--group-by KEY] [--stratify]]
                                     [--option NAME=VALUE]... [--overwrite] [--json]

                Writes the annotations of one source as training data into DIR, plus a dataset card
                (README.md and card.json: schema, documents and label counts per split, spans the
                format could not carry, offsets convention, tokenizer, options and this command).
                Only text and spans inside each document's body region are exported; spans outside it
                are counted as not carried. Every exported span is checked against the text.
                A document the source has no annotation set for is never exported (it would read as
                "nothing to mark here"): it is left out and listed, and naming it in --documents is an
                error. An empty set is exported. Gold documents where annotators disagree and gold has
                decided nothing yet are flagged.

                  --format FORMAT       the format (see below)
                  --out DIR             the output folder; created, and refused when not empty
                  --source SOURCE       gold (default), an annotator's name, or each: every annotator
                                        with annotations, one subfolder DIR/ANNOTATOR each
                  --layers L1,L2        the layers (default: every layer, Entity first; token formats
                                        use the first)
                  --labels A,B          only these labels (default: all)
                  --documents WHICH     all (default), finished (the source's status), or ID,ID,...
                  --split 80/10/10      train/dev/test (or 80/20 train/test) by document
                  --seed N              the split's seed (default 42): same seed, same split
                  --group-by KEY        keep documents with the same KEY in one split: source (the
                                        document's source) or a metadata key such as outlet
                  --stratify            balance every label's share across the splits
                  --option NAME=VALUE   a format option (repeatable; see below)
                  --overwrite           write into a folder that is not empty (files are replaced,
                                        nothing is deleted)
                  --json                print the result as one JSON document

                """ + formatList(formats.get().exporters(), true);
    }

    @Override
    public OptionSpec options() {
        return new OptionSpec().valued("--format").valued("--out").valued("--source").valued("--layers")
                .valued("--labels").valued("--documents").valued("--split").valued("--seed").valued("--group-by")
                .repeatable("--option").flag("--stratify").flag("--overwrite").flag("--json");
    }

    @Override
    public int run(Arguments args, Output out) throws Exception {
        String projectArgument = args.positional(0, name(), "PROJECT folder");
        if (args.positionals().size() > 1) {
            throw new UsageException(name(), "unexpected argument '" + args.positionals().get(1) + "'");
        }
        FormatSupport format = exporter(required(args, "--format"));
        Path output = Path.of(required(args, "--out"));
        ExportRequest request = ExportRequest.of(format.id(), output)
                .withSource(args.value("--source"))
                .withLayers(args.commaList("--layers"))
                .withLabels(new TreeSet<>(args.commaList("--labels")))
                .withDocuments(documents(args.value("--documents")))
                .withOptions(formatOptions(format, args.values("--option")))
                .withOverwrite(args.has("--overwrite"));
        request = withSplit(request, args);
        request = request.withCommand(commandLine(projectArgument, args));

        ProjectStore store = ProjectStore.open(Path.of(projectArgument));
        ExportResult result = new ExportOperation(store, formats.get(), request)
                .withAgreement(new ExportAgreement())
                .withUndecidedDisagreements(new UndecidedGoldPlaces()).execute(new NullProgressMonitor());
        if (args.has("--json")) {
            out.json(toJson(result, out));
        } else {
            for (Path file : result.files()) {
                out.line("wrote " + file);
            }
            for (ExportResult.Source source : result.sources()) {
                out.line(summary(source));
                if (!source.leftOut().isEmpty()) {
                    out.line("  left out " + count(source.leftOut().size(), "document") + " with "
                            + source.leftOutReason() + ": " + String.join(", ", source.leftOut()));
                }
                source.report().notes().forEach(note -> out.line("  note: " + note));
            }
            if (result.undecidedTotal() > 0) {
                out.line("  undecided: gold has no decision at " + count(result.undecidedTotal(), "place")
                        + " where annotators disagree, in " + count(result.undecided().size(), "exported document")
                        + ": " + String.join(", ", result.undecided().entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue()).toList()));
            }
        }
        result.notes().forEach(out::warn);
        return Cli.OK;
    }

    private FormatSupport exporter(String id) throws UsageException {
        FormatRegistry registry = formats.get();
        return registry.find(id).filter(FormatSupport::canExport).orElseThrow(() -> new UsageException(name(),
                "unknown format '" + id + "'; formats: " + ids(registry.exporters())));
    }

    private ExportRequest.Documents documents(String value) throws UsageException {
        if (value == null) {
            return ExportRequest.Documents.all();
        }
        try {
            return ExportRequest.Documents.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(name(), "--documents: " + e.getMessage());
        }
    }

    private ExportRequest withSplit(ExportRequest request, Arguments args) throws UsageException {
        String split = args.value("--split");
        if (split == null) {
            for (String needsSplit : List.of("--seed", "--group-by")) {
                if (args.value(needsSplit) != null) {
                    throw new UsageException(name(), needsSplit + " needs --split");
                }
            }
            if (args.has("--stratify")) {
                throw new UsageException(name(), "--stratify needs --split");
            }
            return request;
        }
        DatasetSplitRatios ratios;
        try {
            ratios = DatasetSplitRatios.parse(split);
        } catch (IllegalArgumentException e) {
            throw new UsageException(name(), "--split: " + e.getMessage());
        }
        long seed = ExportRequest.DEFAULT_SEED;
        if (args.value("--seed") != null) {
            try {
                seed = Long.parseLong(args.value("--seed").strip());
            } catch (NumberFormatException e) {
                throw new UsageException(name(), "--seed needs a whole number, not '" + args.value("--seed") + "'");
            }
        }
        return request.withSplit(ratios, seed, args.value("--group-by"), args.has("--stratify"));
    }

    /** {@code NAME=VALUE} pairs, checked against the format's options so that a typo is a usage error. */
    private Map<String, String> formatOptions(FormatSupport format, List<String> values) throws UsageException {
        Map<String, String> options = new LinkedHashMap<>();
        for (String value : values) {
            int equals = value.indexOf('=');
            if (equals <= 0) {
                throw new UsageException(name(), "--option needs NAME=VALUE, not '" + value + "'");
            }
            String option = value.substring(0, equals).strip();
            if (!format.options().containsKey(option)) {
                throw new UsageException(name(), "format " + format.id() + " has no option '" + option + "'; its options: "
                        + (format.options().isEmpty() ? "none" : String.join(", ", new TreeMap<>(format.options()).keySet())));
            }
            if (options.put(option, value.substring(equals + 1)) != null) {
                throw new UsageException(name(), "option '" + option + "' is given twice");
            }
        }
        return options;
    }

    private String required(Arguments args, String option) throws UsageException {
        String value = args.value(option);
        if (value == null || value.isBlank()) {
            throw new UsageException(name(), "missing " + option);
        }
        return value;
    }

    /** The command as it could be typed again, for the dataset card. */
    private String commandLine(String project, Arguments args) {
        List<String> words = new ArrayList<>(List.of("glossa", name(), project));
        for (String option : List.of("--format", "--out", "--source", "--layers", "--labels", "--documents", "--split",
                "--seed", "--group-by")) {
            if (args.value(option) != null) {
                words.add(option);
                words.add(args.value(option));
            }
        }
        for (String value : args.values("--option")) {
            words.add("--option");
            words.add(value);
        }
        for (String flag : List.of("--stratify", "--overwrite")) {
            if (args.has(flag)) {
                words.add(flag);
            }
        }
        return String.join(" ", words.stream().map(ExportCommand::shellWord).toList());
    }

    private static String shellWord(String word) {
        return PLAIN_ARGUMENT.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    private static String summary(ExportResult.Source source) {
        StringBuilder text = new StringBuilder(source.name()).append(": ").append(source.documentCount())
                .append(source.documentCount() == 1 ? " document" : " documents");
        if (!source.documents().containsKey(DatasetSplitRatios.ALL)) {
            text.append(" (").append(String.join(", ", source.documents().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue().size()).toList())).append(')');
        }
        text.append(", ").append(source.report().carriedTotal()).append(" spans carried, ")
                .append(source.notCarriedTotal()).append(" not carried");
        if (!source.report().notCarried().isEmpty()) {
            text.append(" (").append(String.join("; ", source.report().notCarried().entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).toList())).append(')');
        }
        return text.toString();
    }

    private static ObjectNode toJson(ExportResult result, Output out) {
        ObjectNode root = out.object();
        root.put("output", result.output().toString());
        root.put("readme", result.readme().toString());
        root.put("card", result.card().toString());
        ArrayNode files = root.putArray("files");
        result.files().forEach(f -> files.add(f.toString()));
        ArrayNode sources = root.putArray("sources");
        for (ExportResult.Source source : result.sources()) {
            ObjectNode node = sources.addObject();
            node.put("name", source.name());
            node.put("directory", source.directory().toString());
            ObjectNode documents = node.putObject("documents");
            source.documents().forEach((split, ids) -> ids.forEach(documents.putArray(split)::add));
            ObjectNode counts = node.putObject("labelCounts");
            source.report().carried().forEach((split, labels) -> {
                ObjectNode perLabel = counts.putObject(split);
                labels.forEach(perLabel::put);
            });
            node.put("spansCarried", source.report().carriedTotal());
            ObjectNode notCarried = node.putObject("spansNotCarried");
            source.report().notCarried().forEach(notCarried::put);
            ArrayNode notes = node.putArray("notes");
            source.report().notes().forEach(notes::add);
            ArrayNode leftOut = node.putArray("leftOut");
            source.leftOut().forEach(id -> leftOut.addObject().put("id", id).put("reason", source.leftOutReason()));
        }
        ArrayNode notes = root.putArray("notes");
        result.notes().forEach(notes::add);
        if (result.undecided() == null) {
            root.putNull("undecidedDisagreements");
        } else {
            ObjectNode undecided = root.putObject("undecidedDisagreements");
            undecided.put("total", result.undecidedTotal());
            ObjectNode documents = undecided.putObject("documents");
            result.undecided().forEach(documents::put);
        }
        return root;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The formats with their descriptions (and export options), for help texts. */
    static String formatList(List<FormatSupport> list, boolean withOptions) {
        if (list.isEmpty()) {
            return "Formats: none installed.\n";
        }
        StringBuilder text = new StringBuilder("Formats:\n");
        for (FormatSupport format : list) {
            text.append(String.format("  %-14s %s: %s%n", format.id(), format.name(), format.description()));
            if (withOptions) {
                new TreeMap<>(format.options()).forEach((option, description) ->
                        text.append(String.format("  %-14s   --option %s=…  %s%n", "", option, description)));
            }
        }
        return text.toString();
    }

    static String ids(List<FormatSupport> list) {
        return list.isEmpty() ? "none installed" : String.join(", ", list.stream().map(FormatSupport::id).toList());
    }
}
