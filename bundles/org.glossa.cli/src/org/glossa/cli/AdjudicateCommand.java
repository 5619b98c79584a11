package org.glossa.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.glossa.core.edit.EditingSession;
import org.glossa.core.storage.ProjectLayout;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.model.query.SchemaQuery;
import org.glossa.review.adjudication.AdjudicationResult;
import org.glossa.review.adjudication.Adjudicator;
import org.glossa.review.study.StudyLoader;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

final class AdjudicateCommand implements Command {
    @Override
    public String name() {
        return "adjudicate";
    }

    @Override
    public String summary() {
        return "build gold from the annotators' sets: spans enough annotators agree on";
    }

    @Override
    public String usage() {
        return """
                Usage: glossa adjudicate PROJECT --auto [--quorum N] [--layer L] [--documents ID,ID]
                                         [--annotators A,B,C] [--curator NAME] [--skip-damaged] [--json]

                The automatic part of adjudication: every span that at least N annotators marked
                identically (layer, begin, end, label) goes to the document's gold set, with the
                attribute values and links those annotators share (a link comes along when its
                target goes to gold too). Where overlapping versions compete in a layer without
                overlaps, the version with the most support wins; equal support is left to the
                curator, and so is everything below the quorum. What gold has already is kept.
                Decide the rest in the workbench (glossa gui --review). Exports use gold by default.

                  --auto             required: adjudicate what the annotators agree on
                  --quorum N         annotators that must agree (default: all annotators of the
                                     document); documents with fewer annotators are left out
                  --layer L          one layer (repeatable; default: every layer)
                  --documents IDS    comma-separated document ids (default: all)
                  --annotators NAMES whose sets to combine (default: everyone with annotations)
                  --curator NAME     recorded as the creator of the gold spans (default: auto)
                  --skip-damaged     leave out (and list) selected documents whose text, annotators'
                                     sets or gold set are damaged; without it such documents are
                                     refused (exit 1, nothing written), named with their files
                  --json             print {"documents": [{"id", "annotators", "quorum", "added",
                                     "undecided", "notes"}], "added", "undecided", "skipped"}
                """;
    }

    @Override
    public OptionSpec options() {
        return new OptionSpec().flag("--auto").valued("--quorum").repeatable("--layer").valued("--documents")
                .valued("--annotators").valued("--curator").flag("--json").flag(DamagedDocuments.SKIP_OPTION);
    }

    @Override
    public int run(Arguments args, Output out) throws Exception {
        if (!args.has("--auto")) {
            throw new UsageException(name(), "only the automatic part runs headless: add --auto (the curator decides"
                    + " the rest in the workbench)");
        }
        Integer quorum = quorum(args.value("--quorum"));
        Path project = Path.of(args.positional(0, name(), "PROJECT folder"));
        try (ProjectStore store = WritableProject.open(project, name(), out)) {
            return adjudicate(project, store, args, out, quorum);
        }
    }

    private int adjudicate(Path project, ProjectStore store, Arguments args, Output out, Integer quorum) throws Exception {
        List<String> layers = args.values("--layer");
        for (String layer : layers) {
            if (SchemaQuery.layer(store.schema(), layer).isEmpty()) {
                throw new IllegalArgumentException("unknown layer '" + layer + "'");
            }
        }
        List<String> chosen = args.commaList("--annotators");
        if (chosen.contains(ProjectLayout.GOLD)) {
            throw new UsageException(name(), "--annotators: gold is what is built, not a source");
        }
        List<String> sources = new ArrayList<>(chosen);
        sources.add(ProjectLayout.GOLD);
        List<Document> documents = DamagedDocuments.usable(name(), project, store,
                StudyLoader.documents(store, args.commaList("--documents")), chosen.isEmpty() ? null : sources,
                args.has(DamagedDocuments.SKIP_OPTION), out);
        EditingSession session = EditingSession.forGold(store,
                args.value("--curator") == null ? "auto" : args.value("--curator"));
        Adjudicator adjudicator = new Adjudicator(session);
        ObjectNode json = out.object();
        ArrayNode perDocument = json.putArray("documents");
        int added = 0;
        int undecided = 0;
        int skipped = 0;
        for (Document document : documents) {
            List<String> annotators = annotators(store, document, chosen);
            int required = quorum == null ? 2 : quorum;
            if (annotators.size() < required) {
                skipped++;
                if (!args.has("--json")) {
                    out.line(document.getId() + ": left out, " + annotators.size() + " annotator"
                            + (annotators.size() == 1 ? "" : "s") + " (" + required + " needed)");
                }
                continue;
            }
            int q = quorum == null ? annotators.size() : quorum;
            AdjudicationResult result = adjudicator.auto(document, annotators, layers, q);
            added += result.created().size();
            undecided += result.undecided();
            ObjectNode entry = perDocument.addObject().put("id", document.getId()).put("quorum", q)
                    .put("added", result.created().size()).put("undecided", result.undecided());
            annotators.forEach(entry.putArray("annotators")::add);
            result.notes().forEach(entry.putArray("notes")::add);
            if (!args.has("--json")) {
                out.line(document.getId() + ": " + result.created().size() + " spans to gold, " + result.undecided()
                        + " left to the curator (quorum " + q + " of " + annotators.size() + ": "
                        + String.join(", ", annotators) + ")");
                result.notes().forEach(note -> out.line("  " + note));
            }
        }
        session.save();
        if (args.has("--json")) {
            json.put("added", added).put("undecided", undecided).put("skipped", skipped);
            out.json(json);
        } else {
            out.line("Gold: " + added + " spans added, " + undecided + " left to the curator"
                    + (skipped > 0 ? ", " + skipped + " documents left out" : ""));
        }
        return Cli.OK;
    }

    private Integer quorum(String value) throws UsageException {
        if (value == null) {
            return null;
        }
        try {
            int quorum = Integer.parseInt(value.strip());
            if (quorum < 1) {
                throw new NumberFormatException();
            }
            return quorum;
        } catch (NumberFormatException e) {
            throw new UsageException(name(), "--quorum must be a whole number of annotators, at least 1 (got '" + value + "')");
        }
    }

    private static List<String> annotators(ProjectStore store, Document document, List<String> chosen) {
        List<String> withSets = StudyLoader.annotatorsWithAnnotations(store, List.of(document));
        return chosen.isEmpty() ? withSets : chosen.stream().filter(withSets::contains).toList();
    }
}
