package org.glossa.agreement.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.glossa.agreement.Figure;
import org.glossa.agreement.attribution.AttributionAgreement;
import org.glossa.agreement.coding.CodingFigure;
import org.glossa.agreement.confusion.ConfusionMatrix;
import org.glossa.agreement.spanf1.F1Table;
import org.glossa.agreement.study.LayerStudy;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * Every agreement figure of a scope, per layer. Immutable; {@link AgreementReportJson} writes it as the JSON
 * document scripts rely on, {@link HtmlReportWriter} and {@link MarkdownReportWriter} as reports for people.
 */
@JsonSerialize(using = AgreementReportJson.class)
public record AgreementReport(String project, Instant generated, List<String> documents, Map<String, String> leftOutDocuments,
        List<String> annotators, List<LayerReport> layers) {

    public static final List<String> NOTES = List.of(
            "Kappa-family measures (percentage agreement, Cohen's kappa, Scott's pi, Fleiss' kappa) use only the items"
                    + " that every compared annotator labelled; Krippendorff's alpha uses all items with at least two values.",
            "Coding items are the distinct (document, begin, end) positions of a layer's spans; an annotator's value is"
                    + " its label there, or missing.",
            "Unitizing alpha is computed on the documents' body regions joined into one continuum; it has no"
                    + " label-confusion term: PER by one annotator and ORG by another counts as a missed PER and a missed ORG.",
            "Span F1 takes annotator a as the reference; with b as the reference precision and recall swap and F1 stays.");

    public LayerReport layer(String name) {
        return layers.stream().filter(l -> l.layer().equals(name)).findFirst().orElse(null);
    }

    /** One layer's figures. */
    public record LayerReport(String layer, LayerStudy study, Map<String, Integer> spans, Unitizing unitizing,
            List<DocumentUnitizing> documents, Items items, CodingFigure percentage, CodingFigure fleiss,
            CodingFigure krippendorff, List<PairReport> pairs) {

        public List<String> labels() {
            return study.labels();
        }

        public List<String> annotators() {
            return study.annotators();
        }

        public PairReport pair(String a, String b) {
            for (PairReport pair : pairs) {
                if (pair.a().equals(a) && pair.b().equals(b) || pair.a().equals(b) && pair.b().equals(a)) {
                    return pair;
                }
            }
            return null;
        }
    }

    /** Unitizing alpha over the corpus continuum. */
    public record Unitizing(long continuumLength, Figure overall, Map<String, Figure> labels, Map<String, Integer> units,
            Map<String, Double> observed, Map<String, Double> expected) {
    }

    public record DocumentUnitizing(String documentId, Figure overall, Map<String, Figure> labels) {
    }

    /** Coding items: all positions, those every annotator labelled, and those left out as ambiguous. */
    public record Items(int total, int complete, int ambiguous) {
    }

    public record PairReport(String a, String b, CodingFigure percentage, CodingFigure cohen, CodingFigure scott,
            F1Table exact, F1Table overlap, ConfusionMatrix confusion, List<AttributionAgreement> attribution) {
    }
}
