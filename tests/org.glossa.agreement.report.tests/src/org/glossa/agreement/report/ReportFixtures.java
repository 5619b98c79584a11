package org.glossa.agreement.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glossa.agreement.Figure;
import org.glossa.agreement.attribution.AttributionAgreement;
import org.glossa.agreement.coding.CodingFigure;
import org.glossa.agreement.confusion.ConfusionMatrix;
import org.glossa.agreement.report.AgreementReport.DocumentUnitizing;
import org.glossa.agreement.report.AgreementReport.Items;
import org.glossa.agreement.report.AgreementReport.LayerReport;
import org.glossa.agreement.report.AgreementReport.PairReport;
import org.glossa.agreement.report.AgreementReport.Unitizing;
import org.glossa.agreement.spanf1.F1Counts;
import org.glossa.agreement.spanf1.F1Table;
import org.glossa.agreement.study.LayerStudy;

/** Typed reports built in code (the tests must not depend on files outside the bundle). */
final class ReportFixtures {

    static final String HOSTILE_LAYER = "<Layer & \"Co\">";
    static final List<String> HOSTILE_LABELS = List.of("PER|son", "<b>bold</b>", "\ud55c\uad6d\uc5b4 \uc778\ubb3c",
            "\ud83d\ude00 emoji", "two\nlines", "x'y\"z & <script>alert(1)</script>");
    static final List<String> HOSTILE_ANNOTATORS = List.of("ann<1>", "\uae40\ucca0\uc218", "\"quoted\" & co",
            "\ud83d\ude42");
    static final Instant GENERATED = Instant.parse("2026-11-24T23:40:00Z");

    private static final String NOBODY = "nobody used this label";

    private ReportFixtures() {
    }

    /** A LinkedHashMap from key/value pairs; unlike Map.of it keeps order and allows null values. */
    @SuppressWarnings("unchecked")
    static <V> Map<String, V> m(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }

    static Figure of(double value) {
        return Figure.of(value);
    }

    static Figure undefined(String reason) {
        return Figure.undefined(reason);
    }

    static CodingFigure coding(Figure figure, int used, int leftOut) {
        return new CodingFigure(figure, used, leftOut);
    }

    static F1Table f1(String reference, String response, boolean exact, F1Counts micro, Map<String, F1Counts> labels) {
        return new F1Table(reference, response, exact, labels, micro);
    }

    static LayerStudy study(String layer, List<String> labels, List<String> linkTypes, List<String> annotators,
            int spansOutsideBody) {
        return new LayerStudy(layer, labels, linkTypes, annotators, List.of(), spansOutsideBody, Map.of());
    }

    /** A report of no layers. */
    static AgreementReport empty() {
        return new AgreementReport("empty", GENERATED, List.of(), Map.of(), List.of(), List.of());
    }

    /** One layer with nothing in it: no labels, annotators, pairs or documents. */
    static AgreementReport bareLayer() {
        Figure none = undefined("no document compared");
        LayerReport layer = new LayerReport("L", study("L", List.of(), List.of(), List.of(), 0), Map.of(),
                new Unitizing(0, none, Map.of(), Map.of(), Map.of(), Map.of()), List.of(), new Items(0, 0, 0),
                coding(none, 0, 0), coding(none, 0, 0), coding(none, 0, 0), List.of());
        return new AgreementReport(null, GENERATED, List.of(), Map.of(), List.of(), List.of(layer));
    }

    /** Shaped like the example report: two layers, one with attribution, undefined figures with reasons. */
    static AgreementReport demo() {
        List<String> annotators = List.of("alice", "bob", "carol");
        List<String> entityLabels = List.of("PER", "ORG", "GPE", "LOC");
        Unitizing entityAlpha = new Unitizing(8123, of(0.8123),
                m("PER", of(0.91), "ORG", of(0.77), "GPE", of(0.66), "LOC", undefined(NOBODY)),
                m("PER", 30, "ORG", 20, "GPE", 12, "LOC", 0),
                m("PER", 0.0012, "ORG", 0.003, "GPE", 0.004, "LOC", 0.0),
                m("PER", 0.012, "ORG", 0.013, "GPE", 0.011, "LOC", 0.0));
        List<DocumentUnitizing> documents = List.of(
                new DocumentUnitizing("doc-001", of(0.8),
                        m("PER", of(0.9), "ORG", of(0.7), "GPE", undefined(NOBODY), "LOC", undefined(NOBODY))),
                new DocumentUnitizing("doc-002", undefined("no units in this document"),
                        m("PER", undefined(NOBODY), "ORG", undefined(NOBODY), "GPE", undefined(NOBODY), "LOC",
                                undefined(NOBODY))));
        LayerReport entity = new LayerReport("Entity", study("Entity", entityLabels, List.of(), annotators, 2),
                m("alice", 40, "bob", 38, "carol", 41), entityAlpha, documents, new Items(60, 31, 1),
                coding(of(0.87), 31, 29), coding(of(0.81), 31, 29), coding(of(0.79), 50, 10),
                List.of(entityPair("alice", "bob", 0.85), entityPair("alice", "carol", 0.72),
                        entityPair("bob", "carol", 0.64)));

        Unitizing quoteAlpha = new Unitizing(8123, of(0.7), m("QUOTE", of(0.7)), m("QUOTE", 14), m("QUOTE", 0.01),
                m("QUOTE", 0.033));
        Figure oneLabel = undefined("only one label in use");
        PairReport quotePair = new PairReport("alice", "bob", coding(of(1.0), 4, 2), coding(oneLabel, 4, 2),
                coding(oneLabel, 4, 2), f1("alice", "bob", true, new F1Counts(4, 1, 1), Map.of()),
                f1("alice", "bob", false, new F1Counts(5, 0, 0), Map.of()),
                new ConfusionMatrix("alice", "bob", List.of("QUOTE", "none"), new long[][] {{5, 0}, {0, 0}}),
                List.of(new AttributionAgreement("speaker", 5, 4, 1, new F1Counts(3, 1, 1)),
                        new AttributionAgreement("cue", 5, 5, 0, new F1Counts(5, 0, 0))));
        LayerReport quote = new LayerReport("Quote",
                study("Quote", List.of("QUOTE"), List.of("speaker", "cue"), annotators, 0),
                m("alice", 5, "bob", 5, "carol", 4), quoteAlpha, List.of(), new Items(7, 3, 0),
                coding(of(1.0), 3, 4), coding(oneLabel, 3, 4),
                coding(undefined("no variation: only one label in use"), 6, 1), List.of(quotePair));
        return new AgreementReport("demo", GENERATED, List.of("doc-001", "doc-002"), Map.of(), annotators,
                List.of(entity, quote));
    }

    private static PairReport entityPair(String a, String b, double kappa) {
        Map<String, F1Counts> labels = m("PER", new F1Counts(18, 2, 2), "LOC", new F1Counts(0, 0, 0));
        long[][] matrix = {{18, 1, 0, 0, 1}, {0, 9, 1, 0, 2}, {0, 0, 5, 0, 1}, {0, 0, 0, 0, 0}, {1, 2, 0, 0, 0}};
        return new PairReport(a, b, coding(of(0.9), 35, 25), coding(of(kappa), 35, 25),
                coding(of(kappa - 0.001), 35, 25), f1(a, b, true, new F1Counts(10, 2, 2), labels),
                f1(a, b, false, new F1Counts(11, 1, 1), Map.of()),
                new ConfusionMatrix(a, b, List.of("PER", "ORG", "GPE", "LOC", "none"), matrix), List.of());
    }

    /**
     * Names with markup, quotes, Hangul, emoji and newlines; negative alpha (one below -1), a disagreement that is
     * not a finite number and must not print as NaN, an undefined Cohen's kappa, and two pairs missing from the
     * report.
     */
    static AgreementReport hostile() {
        List<String> labels = HOSTILE_LABELS;
        List<String> ann = HOSTILE_ANNOTATORS;
        Map<String, Figure> alphas = m(labels.get(0), of(0.5), labels.get(1), of(-0.35), labels.get(2), of(-1.7),
                labels.get(3), undefined("nobody used <this> label & \"that\" one"), labels.get(4),
                undefined("no units | of this label"), labels.get(5), of(1.0));
        Map<String, Integer> units = new LinkedHashMap<>();
        Map<String, Double> observed = new LinkedHashMap<>();
        labels.forEach(label -> {
            units.put(label, 3);
            observed.put(label, 0.01);
        });
        observed.put(labels.get(4), Double.NaN);
        Unitizing alpha = new Unitizing(120, of(-0.25), alphas, units, observed, Map.of());
        List<DocumentUnitizing> documents = List.of(new DocumentUnitizing("d<1>&amp;", undefined("no units | none"),
                Map.of()));
        Map<String, F1Counts> f1Labels = m(labels.get(0), new F1Counts(1, 1, 1));
        PairReport first = new PairReport(ann.get(0), ann.get(1), coding(of(0.5), 4, 0),
                coding(undefined("only one label <in> use"), 4, 0), coding(of(0.1), 4, 0),
                f1(ann.get(0), ann.get(1), true, new F1Counts(2, 3, 3), f1Labels),
                f1(ann.get(0), ann.get(1), false, new F1Counts(2, 3, 3), Map.of()),
                new ConfusionMatrix(ann.get(0), ann.get(1), List.of(labels.get(0), labels.get(1), "none"),
                        new long[][] {{1, 0, 1}, {0, 2, 0}, {1, 0, 0}}),
                List.of());
        LayerReport layer = new LayerReport(HOSTILE_LAYER, study(HOSTILE_LAYER, labels, List.of(), ann, 0),
                m(ann.get(0), 3, ann.get(1), 4, ann.get(2), 5, ann.get(3), 6), alpha, documents, new Items(4, 4, 0),
                coding(of(0.5), 4, 0), coding(undefined("only one label in use"), 4, 0),
                coding(undefined("no variation"), 4, 0),
                List.of(first, simplePair(ann.get(0), ann.get(2), -0.2), simplePair(ann.get(1), ann.get(2), 0.95),
                        simplePair(ann.get(2), ann.get(3), 0.0)));
        return new AgreementReport("p<&>\"'", GENERATED, List.of("d<1>&amp;"), Map.of(), ann, List.of(layer));
    }

    private static PairReport simplePair(String a, String b, double kappa) {
        return new PairReport(a, b, coding(of(0.5), 4, 0), coding(of(kappa), 4, 0), coding(of(kappa), 4, 0),
                f1(a, b, true, new F1Counts(1, 0, 0), Map.of()), f1(a, b, false, new F1Counts(1, 0, 0), Map.of()),
                new ConfusionMatrix(a, b, List.of("none"), new long[][] {{0}}), List.of());
    }
}
