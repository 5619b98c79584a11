package org.glossa.agreement.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glossa.agreement.Figure;
import org.glossa.agreement.attribution.AttributionAgreement;
import org.glossa.agreement.coding.CodingFigure;
import org.glossa.agreement.coding.CodingStudy;
import org.glossa.agreement.coding.PercentageAgreement;
import org.glossa.agreement.cohenkappa.CohenKappa;
import org.glossa.agreement.cohenkappa.ScottPi;
import org.glossa.agreement.confusion.ConfusionMatrix;
import org.glossa.agreement.fleisskappa.FleissKappa;
import org.glossa.agreement.krippendorffalpha.KrippendorffAlphaNominal;
import org.glossa.agreement.report.AgreementReport.DocumentUnitizing;
import org.glossa.agreement.report.AgreementReport.Items;
import org.glossa.agreement.report.AgreementReport.LayerReport;
import org.glossa.agreement.report.AgreementReport.PairReport;
import org.glossa.agreement.report.AgreementReport.Unitizing;
import org.glossa.agreement.spanf1.F1Table;
import org.glossa.agreement.study.DocumentSpans;
import org.glossa.agreement.study.LayerStudy;
import org.glossa.agreement.study.StudyConversion;
import org.glossa.agreement.unitizing.UnitizingAlpha;
import org.glossa.agreement.unitizing.UnitizingResult;

/**
 * Computes every figure of a report from studies (snapshots): safe to run in a background job while the model
 * changes, and cancellable between layers, pairs and documents.
 */
public final class AgreementAnalysis {
    private AgreementAnalysis() {
    }

    public static AgreementReport analyse(String project, List<LayerStudy> studies, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Computing agreement", Math.max(1, studies.size()));
        List<LayerReport> layers = new ArrayList<>();
        for (LayerStudy study : studies) {
            layers.add(layer(study, progress.split(1)));
        }
        LayerStudy any = studies.isEmpty() ? null : studies.get(0);
        List<String> documents = any == null ? List.of() : any.documents().stream().map(DocumentSpans::documentId).toList();
        return new AgreementReport(project, Instant.now(), documents, any == null ? Map.of() : any.leftOutDocuments(),
                any == null ? List.of() : any.annotators(), layers);
    }

    public static LayerReport layer(LayerStudy study, IProgressMonitor monitor) {
        int raters = study.annotators().size();
        SubMonitor progress = SubMonitor.convert(monitor, "Layer " + study.layer(), 2 + raters * (raters - 1) / 2
                + study.documents().size());
        Map<String, Integer> spans = new LinkedHashMap<>();
        for (int r = 0; r < raters; r++) {
            spans.put(study.annotators().get(r), study.spanCount(r));
        }
        Unitizing unitizing = unitizing(study);
        progress.worked(1);
        StudyConversion.CodingItems items = StudyConversion.coding(study);
        CodingStudy coding = items.study();
        int[] all = new int[raters];
        for (int r = 0; r < raters; r++) {
            all[r] = r;
        }
        progress.worked(1);
        List<PairReport> pairs = new ArrayList<>();
        for (int a = 0; a < raters; a++) {
            for (int b = a + 1; b < raters; b++) {
                checkCanceled(progress);
                List<AttributionAgreement> attribution = new ArrayList<>();
                for (String linkType : study.linkTypes()) {
                    attribution.add(AttributionAgreement.of(study, linkType, a, b));
                }
                pairs.add(new PairReport(study.annotators().get(a), study.annotators().get(b),
                        PercentageAgreement.of(coding, a, b), CohenKappa.of(coding, a, b),
                        ScottPi.of(coding, a, b), F1Table.exact(study, a, b), F1Table.overlap(study, a, b),
                        ConfusionMatrix.of(study, a, b), attribution));
                progress.worked(1);
            }
        }
        List<DocumentUnitizing> documents = new ArrayList<>();
        for (DocumentSpans document : study.documents()) {
            checkCanceled(progress);
            Unitizing one = unitizing(study.only(document));
            documents.add(new DocumentUnitizing(document.documentId(), one.overall(), one.labels()));
            progress.worked(1);
        }
        CodingFigure percentage = PercentageAgreement.of(coding, all); // its items are the complete ones
        return new LayerReport(study.layer(), study, spans, unitizing, documents,
                new Items(items.total(), percentage.itemsUsed(), items.ambiguous()), percentage,
                FleissKappa.of(coding, all), KrippendorffAlphaNominal.of(coding, all), pairs);
    }

    private static Unitizing unitizing(LayerStudy study) {
        if (study.continuumLength() == 0) {
            Figure none = Figure.undefined("no document compared");
            Map<String, Figure> labels = new LinkedHashMap<>();
            Map<String, Integer> units = new LinkedHashMap<>();
            Map<String, Double> zero = new LinkedHashMap<>();
            study.labels().forEach(l -> {
                labels.put(l, none);
                units.put(l, 0);
                zero.put(l, 0.0);
            });
            return new Unitizing(0, none, labels, units, zero, zero);
        }
        UnitizingResult result = UnitizingAlpha.compute(StudyConversion.unitizing(study));
        Map<String, Figure> labels = new LinkedHashMap<>();
        Map<String, Integer> units = new LinkedHashMap<>();
        Map<String, Double> observed = new LinkedHashMap<>();
        Map<String, Double> expected = new LinkedHashMap<>();
        for (int c = 0; c < study.labels().size(); c++) {
            String label = study.labels().get(c);
            labels.put(label, result.category(c));
            units.put(label, result.units(c));
            observed.put(label, result.observedDisagreement(c));
            expected.put(label, result.expectedDisagreement(c));
        }
        return new Unitizing(study.continuumLength(), result.pooled(), labels, units, observed, expected);
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
