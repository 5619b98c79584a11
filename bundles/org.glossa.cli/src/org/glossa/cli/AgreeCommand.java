package org.glossa.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.agreement.Figure;
import org.glossa.agreement.coding.CodingFigure;
import org.glossa.agreement.report.AgreementAnalysis;
import org.glossa.agreement.report.AgreementReport;
import org.glossa.agreement.report.AgreementReport.LayerReport;
import org.glossa.agreement.report.AgreementReport.PairReport;
import org.glossa.agreement.report.HtmlReportWriter;
import org.glossa.agreement.report.MarkdownReportWriter;
import org.glossa.agreement.study.AgreementScope;
import org.glossa.core.storage.AtomicFiles;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.review.study.DefaultScope;
import org.glossa.review.study.StudyLoader;

final class AgreeCommand implements Command {
    @Override
    public String name() {
        return "agree";
    }

    @Override
    public String summary() {
        return "inter-annotator agreement: unitizing alpha, kappas, span F1, confusion, attribution";
    }

    @Override
    public String usage() {
        return """
                Usage: glossa agree PROJECT [--layer L] [--documents ID,ID] [--annotators A,B,C]
                                    [--skip-damaged] [--json | --markdown | --html FILE]

                Measures how far the annotators agree, per layer: Krippendorff's unitizing alpha
                (overall and per label, per document and over the corpus), percentage agreement,
                Fleiss' kappa and Krippendorff's alpha (nominal) over the spans' positions, and for
                each pair of annotators Cohen's kappa, Scott's pi, span F1 (exact and overlap, per
                label, micro and macro), the label confusion matrix and, for layers with links
                (quote -> speaker, claim -> claimant), attribution agreement. Definitions follow
                DKPro Agreement; kappa-family measures use the positions every compared annotator
                labelled, and the report gives the counts of positions used and left out. A figure
                that is undefined (one label in use, nothing to compare) is shown with its reason.

                A document is compared when every compared annotator has annotations on it; the
                others are listed as left out. Spans outside a document's body are not compared.

                  --layer L          one layer (repeatable; default: every layer)
                  --documents IDS    comma-separated document ids (default: all)
                  --annotators NAMES comma-separated annotators, at least two (default: everyone
                                     who annotated all of the most documents that two or more
                                     annotators share; ties go to the annotators listed first)
                  --json             one JSON document; stable keys: layers.<Layer>.unitizing_alpha
                                     .overall and .labels.<Label>, .percentage_agreement,
                                     .fleiss_kappa, .krippendorff_alpha_nominal, .pairs[] with a, b,
                                     cohen_kappa, scott_pi, f1_exact.micro, f1_overlap.micro; an
                                     undefined figure is null with <key>_reason beside it
                  --markdown         the full report as Markdown tables on stdout
                  --html FILE        the full report as one self-contained HTML file with charts
                  --skip-damaged     leave out (and list) selected documents whose text or annotation
                                     sets are damaged; without it such documents are refused (exit 1),
                                     named with their files (see glossa check)
                """;
    }

    @Override
    public OptionSpec options() {
        return new OptionSpec().repeatable("--layer").valued("--documents").valued("--annotators").flag("--json")
                .flag("--markdown").valued("--html").flag(DamagedDocuments.SKIP_OPTION);
    }

    @Override
    public int run(Arguments args, Output out) throws Exception {
        int outputs = (args.has("--json") ? 1 : 0) + (args.has("--markdown") ? 1 : 0) + (args.value("--html") != null ? 1 : 0);
        if (outputs > 1) {
            throw new UsageException(name(), "choose one of --json, --markdown and --html");
        }
        Path project = Path.of(args.positional(0, name(), "PROJECT folder"));
        ProjectStore store = ProjectStore.open(project);
        List<String> documents = usableDocuments(args, project, store, out);
        List<String> annotators = args.commaList("--annotators");
        List<String> notCompared = List.of();
        if (annotators.isEmpty()) {
            // everyone with annotations may share no document at all: compare those who share the most
            DefaultScope chosen = DefaultScope.of(store, documents);
            annotators = chosen.annotators();
            if (chosen.isEmpty()) {
                out.warn(chosen.reason());
            } else {
                List<String> compared = annotators;
                notCompared = StudyLoader.annotatorsWithAnnotations(store, StudyLoader.documents(store, documents))
                        .stream().filter(name -> !compared.contains(name)).toList();
            }
        }
        AgreementScope scope = new AgreementScope(args.values("--layer"), annotators, documents);
        AgreementReport report = AgreementAnalysis.analyse(store.project().getName(),
                new StudyLoader(store).load(scope, new NullProgressMonitor()), new NullProgressMonitor());
        if (args.has("--json")) {
            out.json(report); // written by AgreementReportJson
        } else if (args.has("--markdown")) {
            StringBuilder text = new StringBuilder();
            MarkdownReportWriter.write(report, text);
            out.line(text.toString().stripTrailing());
        } else if (args.value("--html") != null) {
            Path file = Path.of(args.value("--html"));
            StringBuilder html = new StringBuilder();
            HtmlReportWriter.write(report, html);
            AtomicFiles.write(file, html.toString().getBytes(StandardCharsets.UTF_8));
            out.line("Wrote " + file + " (" + report.layers().size() + " layers, " + report.documents().size()
                    + " documents, " + report.annotators().size() + " annotators)");
        } else {
            summary(report, out);
        }
        warnLeftOut(report.leftOutDocuments(), out);
        if (!notCompared.isEmpty()) {
            // never drop a rater silently: say who is not compared and how to compare them
            out.warn(String.join(", ", notCompared) + (notCompared.size() == 1 ? " has" : " have")
                    + " annotations but not on all of the " + report.documents().size() + " documents the others share,"
                    + " so " + (notCompared.size() == 1 ? "is" : "are") + " not compared; name the annotators with"
                    + " --annotators to compare them (e.g. --annotators " + report.annotators().get(0) + ","
                    + notCompared.get(0) + ")");
        }
        return Cli.OK;
    }

    /**
     * The --documents ids, or, when a selected document is damaged and --skip-damaged leaves it out, the ids of the
     * others; refused (naming documents and files) when a selected document is damaged without --skip-damaged.
     */
    private List<String> usableDocuments(Arguments args, Path project, ProjectStore store, Output out) {
        List<String> ids = args.commaList("--documents");
        List<String> annotators = args.commaList("--annotators");
        List<Document> selected = StudyLoader.documents(store, ids);
        List<Document> usable = DamagedDocuments.usable(name(), project, store, selected,
                annotators.isEmpty() ? null : annotators, args.has(DamagedDocuments.SKIP_OPTION), out);
        return usable.size() == selected.size() ? ids : usable.stream().map(Document::getId).toList();
    }

    /** One line: a project may have hundreds of documents nobody compared annotated. */
    private static void warnLeftOut(Map<String, String> leftOut, Output out) {
        if (leftOut.isEmpty()) {
            return;
        }
        List<String> shown = leftOut.entrySet().stream().limit(3).map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
        out.warn(leftOut.size() + (leftOut.size() == 1 ? " document" : " documents")
                + " left out, not annotated by every compared annotator: " + String.join(", ", shown)
                + (leftOut.size() > shown.size() ? ", ..." : ""));
    }

    private static void summary(AgreementReport report, Output out) {
        out.line("Project " + report.project() + ": " + report.documents().size() + " documents compared, annotators "
                + String.join(", ", report.annotators()));
        for (LayerReport layer : report.layers()) {
            out.line("");
            out.line(layer.layer() + "  (spans " + layer.spans() + ", " + layer.items().total() + " positions, "
                    + layer.items().complete() + " marked by all)");
            out.line("  unitizing alpha       " + figure(layer.unitizing().overall()));
            layer.unitizing().labels().forEach((label, alpha) -> out.line("    " + pad(label, 18) + figure(alpha)));
            out.line("  percentage agreement  " + coding(layer.percentage()));
            out.line("  Fleiss' kappa         " + coding(layer.fleiss()));
            out.line("  Krippendorff's alpha  " + coding(layer.krippendorff()));
            for (PairReport pair : layer.pairs()) {
                out.line("  " + pair.a() + " / " + pair.b() + ": Cohen " + figure(pair.cohen().figure()) + ", Scott "
                        + figure(pair.scott().figure()) + ", F1 exact " + figure(pair.exact().micro().f1())
                        + ", F1 overlap " + figure(pair.overlap().micro().f1()));
            }
        }
    }

    private static String coding(CodingFigure figure) {
        return figure(figure.figure()) + "  (" + figure.itemsUsed() + " positions used, " + figure.itemsLeftOut()
                + " left out)";
    }

    private static String figure(Figure figure) {
        return figure.isDefined() ? String.format(java.util.Locale.ROOT, "%.4f", figure.doubleValue())
                : "undefined: " + figure.reason();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
