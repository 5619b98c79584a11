package org.glossa.review.study;

import java.io.IOException;
import java.util.List;

import org.glossa.agreement.Figure;
import org.glossa.agreement.report.AgreementAnalysis;
import org.glossa.agreement.report.AgreementReport;
import org.glossa.agreement.report.AgreementReport.LayerReport;
import org.glossa.agreement.report.AgreementReport.PairReport;
import org.glossa.agreement.study.AgreementScope;
import org.glossa.agreement.study.LayerStudy;
import org.glossa.core.ops.AgreementSummary;
import org.glossa.core.storage.ProjectStore;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The agreement figures of a dataset card: for each exported layer, unitizing alpha, Krippendorff's alpha, Fleiss'
 * kappa and the mean pairwise F1 among the annotators of the exported documents. When fewer than two annotators
 * annotated them all, the card says so instead.
 */
public final class ExportAgreement implements AgreementSummary {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public ObjectNode summarize(ProjectStore store, List<String> layers, List<String> documentIds) throws IOException {
        List<LayerStudy> studies;
        try {
            studies = new StudyLoader(store).load(new AgreementScope(layers, List.of(), documentIds), null);
        } catch (IllegalArgumentException e) {
            return NODES.objectNode().put("reason", e.getMessage());
        }
        AgreementReport report = AgreementAnalysis.analyse(store.project().getName(), studies, null);
        if (report.documents().isEmpty()) {
            return NODES.objectNode().put("reason", "no exported document was annotated by every annotator");
        }
        ObjectNode summary = NODES.objectNode();
        report.annotators().forEach(summary.putArray("annotators")::add);
        summary.put("documents", report.documents().size());
        summary.put("documents_left_out", report.leftOutDocuments().size());
        summary.put("report_command", "glossa agree PROJECT --documents ... --json");
        ObjectNode perLayer = summary.putObject("layers");
        for (LayerReport layer : report.layers()) {
            ObjectNode figures = perLayer.putObject(layer.layer());
            figure(figures, "unitizing_alpha", layer.unitizing().overall());
            figure(figures, "krippendorff_alpha_nominal", layer.krippendorff().figure());
            figure(figures, "fleiss_kappa", layer.fleiss().figure());
            figure(figures, "mean_f1_exact", mean(layer.pairs(), true));
            figure(figures, "mean_f1_overlap", mean(layer.pairs(), false));
        }
        return summary;
    }

    /** A figure under its key; when undefined, null and the reason under {@code <key>_reason}, as in the report. */
    private static void figure(ObjectNode figures, String key, Figure figure) {
        figures.put(key, figure.value());
        if (!figure.isDefined()) {
            figures.put(key + "_reason", figure.reason());
        }
    }

    private static Figure mean(List<PairReport> pairs, boolean exact) {
        double sum = 0;
        int defined = 0;
        for (PairReport pair : pairs) {
            Figure f1 = (exact ? pair.exact() : pair.overlap()).micro().f1();
            if (f1.isDefined()) {
                sum += f1.doubleValue();
                defined++;
            }
        }
        return defined == 0 ? Figure.undefined("no spans in any pair") : Figure.of(sum / defined);
    }
}
