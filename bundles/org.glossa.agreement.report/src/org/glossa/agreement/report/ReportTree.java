package org.glossa.agreement.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glossa.agreement.Figure;
import org.glossa.agreement.attribution.AttributionAgreement;
import org.glossa.agreement.coding.CodingFigure;
import org.glossa.agreement.report.AgreementReport.DocumentUnitizing;
import org.glossa.agreement.report.AgreementReport.LayerReport;
import org.glossa.agreement.report.AgreementReport.PairReport;
import org.glossa.agreement.spanf1.F1Counts;
import org.glossa.agreement.spanf1.F1Table;

/**
 * The report as a JSON-shaped tree (maps in a fixed key order, lists, strings, numbers, null). Its keys are a
 * contract for scripts: {@code layers.<Layer>.unitizing_alpha.overall}, {@code .labels.<Label>},
 * {@code percentage_agreement}, {@code fleiss_kappa}, {@code krippendorff_alpha_nominal} and {@code pairs[]} with
 * {@code a}, {@code b}, {@code cohen_kappa}, {@code scott_pi}, {@code f1_exact.micro}, {@code f1_overlap.micro}. An
 * undefined figure is {@code null} with {@code <key>_reason} beside it.
 */
public final class ReportTree {
    public static final String FORMAT = "glossa-agreement-report";
    public static final int VERSION = 1;

    private ReportTree() {
    }

    public static Map<String, Object> of(AgreementReport report) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("format", FORMAT);
        tree.put("version", VERSION);
        tree.put("project", report.project());
        tree.put("generated", report.generated().toString());
        tree.put("documents", report.documents());
        tree.put("left_out_documents", report.leftOutDocuments());
        tree.put("annotators", report.annotators());
        tree.put("notes", AgreementReport.NOTES);
        Map<String, Object> layers = new LinkedHashMap<>();
        for (LayerReport layer : report.layers()) {
            layers.put(layer.layer(), layer(layer));
        }
        tree.put("layers", layers);
        return tree;
    }

    private static Map<String, Object> layer(LayerReport layer) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("labels", layer.labels());
        tree.put("annotators", layer.annotators());
        tree.put("spans", layer.spans());
        tree.put("spans_outside_body", layer.study().spansOutsideBody());
        tree.put("continuum_length", layer.unitizing().continuumLength());
        Map<String, Object> unitizing = new LinkedHashMap<>();
        figure(unitizing, "overall", layer.unitizing().overall());
        labelFigures(unitizing, layer.unitizing().labels());
        unitizing.put("units", layer.unitizing().units());
        unitizing.put("observed_disagreement", layer.unitizing().observed());
        unitizing.put("expected_disagreement", layer.unitizing().expected());
        List<Object> documents = new ArrayList<>();
        for (DocumentUnitizing document : layer.documents()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("document", document.documentId());
            figure(entry, "overall", document.overall());
            labelFigures(entry, document.labels());
            documents.add(entry);
        }
        unitizing.put("documents", documents);
        tree.put("unitizing_alpha", unitizing);
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("total", layer.items().total());
        items.put("complete", layer.items().complete());
        items.put("ambiguous", layer.items().ambiguous());
        tree.put("items", items);
        coding(tree, "percentage_agreement", layer.percentage());
        coding(tree, "fleiss_kappa", layer.fleiss());
        coding(tree, "krippendorff_alpha_nominal", layer.krippendorff());
        List<Object> pairs = new ArrayList<>();
        for (PairReport pair : layer.pairs()) {
            pairs.add(pair(pair));
        }
        tree.put("pairs", pairs);
        return tree;
    }

    private static Map<String, Object> pair(PairReport pair) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("a", pair.a());
        tree.put("b", pair.b());
        coding(tree, "percentage_agreement", pair.percentage());
        coding(tree, "cohen_kappa", pair.cohen());
        coding(tree, "scott_pi", pair.scott());
        tree.put("f1_exact", f1(pair.exact()));
        tree.put("f1_overlap", f1(pair.overlap()));
        Map<String, Object> confusion = new LinkedHashMap<>();
        confusion.put("rows", pair.confusion().rows());
        confusion.put("columns", pair.confusion().columns());
        confusion.put("labels", pair.confusion().labels());
        List<Object> matrix = new ArrayList<>();
        for (long[] row : pair.confusion().counts()) {
            List<Object> cells = new ArrayList<>();
            for (long cell : row) {
                cells.add(cell);
            }
            matrix.add(cells);
        }
        confusion.put("matrix", matrix);
        tree.put("confusion", confusion);
        if (!pair.attribution().isEmpty()) {
            Map<String, Object> attribution = new LinkedHashMap<>();
            for (AttributionAgreement links : pair.attribution()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("matched", links.matched());
                entry.put("agreeing", links.agreeing());
                entry.put("partial", links.partial());
                figure(entry, "share", links.share());
                counts(entry, links.pairs());
                attribution.put(links.linkType(), entry);
            }
            tree.put("attribution", attribution);
        }
        return tree;
    }

    private static Map<String, Object> f1(F1Table table) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("reference", table.reference());
        figure(tree, "micro", table.micro().f1());
        figure(tree, "macro", table.macro());
        figure(tree, "precision", table.micro().precision());
        figure(tree, "recall", table.micro().recall());
        tree.put("tp", table.micro().tp());
        tree.put("fp", table.micro().fp());
        tree.put("fn", table.micro().fn());
        Map<String, Object> labels = new LinkedHashMap<>();
        table.labels().forEach((label, counts) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            figure(entry, "precision", counts.precision());
            figure(entry, "recall", counts.recall());
            figure(entry, "f1", counts.f1());
            entry.put("tp", counts.tp());
            entry.put("fp", counts.fp());
            entry.put("fn", counts.fn());
            labels.put(label, entry);
        });
        tree.put("labels", labels);
        return tree;
    }

    private static void counts(Map<String, Object> tree, F1Counts counts) {
        figure(tree, "precision", counts.precision());
        figure(tree, "recall", counts.recall());
        figure(tree, "f1", counts.f1());
        tree.put("tp", counts.tp());
        tree.put("fp", counts.fp());
        tree.put("fn", counts.fn());
    }

    private static void coding(Map<String, Object> tree, String key, CodingFigure figure) {
        figure(tree, key, figure.figure());
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("used", figure.itemsUsed());
        items.put("left_out", figure.itemsLeftOut());
        tree.put(key + "_items", items);
    }

    private static void labelFigures(Map<String, Object> tree, Map<String, Figure> figures) {
        Map<String, Object> labels = new LinkedHashMap<>();
        Map<String, Object> reasons = new LinkedHashMap<>();
        figures.forEach((label, figure) -> {
            labels.put(label, figure.value());
            if (!figure.isDefined()) {
                reasons.put(label, figure.reason());
            }
        });
        tree.put("labels", labels);
        tree.put("label_reasons", reasons);
    }

    /** A figure under its key; when undefined, null and the reason under {@code <key>_reason}. */
    public static void figure(Map<String, Object> tree, String key, Figure figure) {
        tree.put(key, figure.value());
        if (!figure.isDefined()) {
            tree.put(key + "_reason", figure.reason());
        }
    }
}
