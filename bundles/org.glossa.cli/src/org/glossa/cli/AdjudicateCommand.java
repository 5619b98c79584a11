package org.glossa.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.storage.ProjectLayout;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.review.adjudication.AutoAdjudicateOperation;
import org.glossa.review.adjudication.AutoAdjudicationRequest;
import org.glossa.review.adjudication.AutoAdjudicationResult;
import org.glossa.review.adjudication.AutoAdjudicationResult.Adjudicated;
import org.glossa.review.adjudication.AutoAdjudicationResult.DocumentOutcome;
import org.glossa.review.adjudication.AutoAdjudicationResult.LeftOut;
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
        List<String> chosen = args.commaList("--annotators");
        List<String> layers = args.values("--layer");
        AutoAdjudicationRequest.checkLayers(store.schema(), layers);
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
        AutoAdjudicationRequest request = new AutoAdjudicationRequest(
                documents.stream().map(Document::getId).toList(), layers, chosen, quorum);
        AutoAdjudicationResult result = new AutoAdjudicateOperation(session, request).execute(new NullProgressMonitor());
        if (!args.has("--json")) {
            result.documents().forEach(outcome -> describe(outcome, out));
        }
        session.save();
        if (args.has("--json")) {
            out.json(json(out.object(), result));
        } else {
            out.line("Gold: " + result.added() + " spans added, " + result.undecided() + " left to the curator"
                    + (result.leftOut() > 0 ? ", " + result.leftOut() + " documents left out" : ""));
        }
        return Cli.OK;
    }

    private static void describe(DocumentOutcome outcome, Output out) {
        switch (outcome) {
            case LeftOut left -> out.line(left.documentId() + ": left out, " + left.annotators().size() + " annotator"
                    + (left.annotators().size() == 1 ? "" : "s") + " (" + left.needed() + " needed)");
            case Adjudicated done -> {
                out.line(done.documentId() + ": " + done.added() + " spans to gold, " + done.undecided()
                        + " left to the curator (quorum " + done.quorum() + " of " + done.annotators().size() + ": "
                        + String.join(", ", done.annotators()) + ")");
                done.notes().forEach(note -> out.line("  " + note));
            }
        }
    }

    private static ObjectNode json(ObjectNode json, AutoAdjudicationResult result) {
        ArrayNode perDocument = json.putArray("documents");
        for (DocumentOutcome outcome : result.documents()) {
            if (outcome instanceof Adjudicated done) {
                ObjectNode entry = perDocument.addObject().put("id", done.documentId()).put("quorum", done.quorum())
                        .put("added", done.added()).put("undecided", done.undecided());
                done.annotators().forEach(entry.putArray("annotators")::add);
                done.notes().forEach(entry.putArray("notes")::add);
            }
        }
        return json.put("added", result.added()).put("undecided", result.undecided()).put("skipped", result.leftOut());
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
}
