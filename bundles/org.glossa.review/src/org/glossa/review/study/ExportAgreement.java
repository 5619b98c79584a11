package org.glossa.review.study;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glossa.agreement.Figure;
import org.glossa.agreement.report.AgreementAnalysis;
import org.glossa.agreement.report.AgreementReport;
import org.glossa.agreement.report.AgreementReport.LayerReport;
import org.glossa.agreement.report.AgreementReport.PairReport;
import org.glossa.agreement.report.ReportTree;
import org.glossa.agreement.study.AgreementScope;
import org.glossa.agreement.study.LayerStudy;
import org.glossa.core.ops.AgreementSummary;
import org.glossa.core.storage.ProjectStore;

/**
 * The agreement figures of a dataset card: for each exported layer, unitizing alpha, Krippendorff's alpha, Fleiss'
 * kappa and the mean pairwise F1 among the annotators of the exported documents. When fewer than two annotators
 * annotated them all, the card says so instead.
 */
public final class ExportAgreement implements AgreementSummary {

    @Override
    public Map<String, Object> summarize(ProjectStore store, List<String> layers, List<String> documentIds) throws IOException {
        List<LayerStudy> studies;
        try {
            studies = new StudyLoader(store).load(new AgreementScope(layers, List.of(), documentIds), null);
        } catch (IllegalArgumentException e) {
            return Map.of("reason", e.getMessage());
        }
        AgreementReport report = AgreementAnalysis.analyse(store.project().getName(), studies, null);
        if (report.documents().isEmpty()) {
            return Map.of("reason", "no exported document was annotated by every annotator");
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("annotators", report.annotators());
        summary.put("documents", report.documents().size());
        summary.put("documents_left_out", report.leftOutDocuments().size());
        summary.put("report_command", "glossa agree PROJECT --documents ... --json");
        Map<String, Object> perLayer = new LinkedHashMap<>();
        for (LayerReport layer : report.layers()) {
            Map<String, Object> figures = new LinkedHashMap<>();
            ReportTree.figure(figures, "unitizing_alpha", layer.unitizing().overall());
            ReportTree.figure(figures, "krippendorff_alpha_nominal", layer.krippendorff().figure());
            ReportTree.figure(figures, "fleiss_kappa", layer.fleiss().figure());
            ReportTree.figure(figures, "mean_f1_exact", mean(layer.pairs(), true));
            ReportTree.figure(figures, "mean_f1_overlap", mean(layer.pairs(), false));
            perLayer.put(layer.layer(), figures);
        }
        summary.put("layers", perLayer);
        return summary;
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
