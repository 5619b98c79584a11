package org.glossa.agreement.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Report trees built in code (the tests must not depend on files outside the bundle). */
final class ReportFixtures {

    static final String HOSTILE_LAYER = "<Layer & \"Co\">";
    static final List<String> HOSTILE_LABELS = List.of("PER|son", "<b>bold</b>", "\ud55c\uad6d\uc5b4 \uc778\ubb3c",
            "\ud83d\ude00 emoji", "two\nlines", "x'y\"z & <script>alert(1)</script>");
    static final List<String> HOSTILE_ANNOTATORS = List.of("ann<1>", "\uae40\ucca0\uc218", "\"quoted\" & co",
            "\ud83d\ude42");

    private ReportFixtures() {
    }

    /** A LinkedHashMap from key/value pairs; unlike Map.of it keeps order and allows null values. */
    static Map<String, Object> m(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static List<Object> l(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    static Map<String, Object> items(int used, int leftOut) {
        return m("used", used, "left_out", leftOut);
    }

    /** Shaped like the example report: two layers, one with attribution, undefined figures with reasons. */
    static Map<String, Object> demo() {
        Map<String, Object> entity = m(
                "labels", l("PER", "ORG", "GPE", "LOC"),
                "annotators", l("alice", "bob", "carol"),
                "spans", m("alice", 40, "bob", 38, "carol", 41),
                "spans_outside_body", 2,
                "continuum_length", 8123,
                "unitizing_alpha", m(
                        "overall", 0.8123,
                        "labels", m("PER", 0.91, "ORG", 0.77, "GPE", 0.66, "LOC", null),
                        "label_reasons", m("LOC", "nobody used this label"),
                        "units", m("PER", 30, "ORG", 20, "GPE", 12, "LOC", 0),
                        "observed_disagreement", m("PER", 0.0012, "ORG", 0.003, "GPE", 0.004, "LOC", 0.0),
                        "expected_disagreement", m("PER", 0.012, "ORG", 0.013, "GPE", 0.011, "LOC", 0.0),
                        "documents", l(
                                m("document", "doc-001", "overall", 0.8,
                                        "labels", m("PER", 0.9, "ORG", 0.7, "GPE", null, "LOC", null),
                                        "label_reasons", m("GPE", "nobody used this label", "LOC",
                                                "nobody used this label")),
                                m("document", "doc-002", "overall", null, "overall_reason",
                                        "no units in this document",
                                        "labels", m("PER", null, "ORG", null, "GPE", null, "LOC", null),
                                        "label_reasons", m("PER", "nobody used this label", "ORG",
                                                "nobody used this label", "GPE", "nobody used this label", "LOC",
                                                "nobody used this label")))),
                "items", m("total", 60, "complete", 31, "ambiguous", 1),
                "percentage_agreement", 0.87, "percentage_agreement_items", items(31, 29),
                "fleiss_kappa", 0.81, "fleiss_kappa_items", items(31, 29),
                "krippendorff_alpha_nominal", 0.79, "krippendorff_alpha_nominal_items", items(50, 10),
                "pairs", l(
                        entityPair("alice", "bob", 0.85),
                        entityPair("alice", "carol", 0.72),
                        entityPair("bob", "carol", 0.64)));
        Map<String, Object> quote = m(
                "labels", l("QUOTE"),
                "annotators", l("alice", "bob", "carol"),
                "spans", m("alice", 5, "bob", 5, "carol", 4),
                "spans_outside_body", 0,
                "continuum_length", 8123,
                "unitizing_alpha", m("overall", 0.7, "labels", m("QUOTE", 0.7), "label_reasons", m(),
                        "units", m("QUOTE", 14), "observed_disagreement", m("QUOTE", 0.01),
                        "expected_disagreement", m("QUOTE", 0.033), "documents", l()),
                "items", m("total", 7, "complete", 3, "ambiguous", 0),
                "percentage_agreement", 1.0, "percentage_agreement_items", items(3, 4),
                "fleiss_kappa", null, "fleiss_kappa_reason", "only one label in use",
                "fleiss_kappa_items", items(3, 4),
                "krippendorff_alpha_nominal", null,
                "krippendorff_alpha_nominal_reason", "no variation: only one label in use",
                "krippendorff_alpha_nominal_items", items(6, 1),
                "pairs", l(m(
                        "a", "alice", "b", "bob",
                        "percentage_agreement", 1.0, "percentage_agreement_items", items(4, 2),
                        "cohen_kappa", null, "cohen_kappa_reason", "only one label in use",
                        "cohen_kappa_items", items(4, 2),
                        "scott_pi", null, "scott_pi_reason", "only one label in use",
                        "scott_pi_items", items(4, 2),
                        "f1_exact", f1("alice", 0.8, m()),
                        "f1_overlap", f1("alice", 1.0, m()),
                        "confusion", m("rows", "alice", "columns", "bob", "labels", l("QUOTE", "none"),
                                "matrix", l(l(5L, 0L), l(0L, 0L))),
                        "attribution", m(
                                "speaker", m("matched", 5, "agreeing", 4, "partial", 1, "share", 0.8, "precision", 0.75,
                                        "recall", 0.75, "f1", 0.75, "tp", 3, "fp", 1, "fn", 1),
                                "cue", m("matched", 5, "agreeing", 5, "partial", 0, "share", 1.0, "precision", 1.0,
                                        "recall", 1.0, "f1", 1.0, "tp", 5, "fp", 0, "fn", 0)))));
        return m("format", "glossa-agreement-report", "version", 1, "project", "demo",
                "generated", "2026-11-24T23:40:00Z", "documents", l("doc-001", "doc-002"),
                "left_out_documents", m(), "annotators", l("alice", "bob", "carol"),
                "notes", l("Kappa-family measures use only the items that every compared annotator labelled.",
                        "Unitizing alpha has no label-confusion term."),
                "layers", m("Entity", entity, "Quote", quote));
    }

    private static Map<String, Object> entityPair(String a, String b, double kappa) {
        return m("a", a, "b", b,
                "percentage_agreement", 0.9, "percentage_agreement_items", items(35, 25),
                "cohen_kappa", kappa, "cohen_kappa_items", items(35, 25),
                "scott_pi", kappa - 0.001, "scott_pi_items", items(35, 25),
                "f1_exact", f1(a, 0.82, m(
                        "PER", m("precision", 0.9, "recall", 0.9, "f1", 0.9, "tp", 18, "fp", 2, "fn", 2),
                        "LOC", m("precision", null, "precision_reason", "no spans of this label in the response",
                                "recall", null, "recall_reason", "no spans of this label in the reference",
                                "f1", null, "f1_reason", "label used by neither annotator",
                                "tp", 0, "fp", 0, "fn", 0))),
                "f1_overlap", f1(a, 0.9, m()),
                "confusion", m("rows", a, "columns", b, "labels", l("PER", "ORG", "GPE", "LOC", "none"),
                        "matrix", l(l(18, 1, 0, 0, 1), l(0, 9, 1, 0, 2), l(0, 0, 5, 0, 1), l(0, 0, 0, 0, 0),
                                l(1, 2, 0, 0, 0))));
    }

    static Map<String, Object> f1(String reference, double micro, Map<String, Object> labels) {
        return m("reference", reference, "micro", micro, "macro", micro - 0.05, "precision", micro,
                "recall", micro, "tp", 10, "fp", 2, "fn", 2, "labels", labels);
    }

    /**
     * Names with markup, quotes, Hangul, emoji and newlines; negative alpha (one below -1), a NaN that must not
     * print as NaN, an undefined Cohen's kappa, and one pair missing from the report.
     */
    static Map<String, Object> hostile() {
        List<String> labels = HOSTILE_LABELS;
        List<String> ann = HOSTILE_ANNOTATORS;
        Map<String, Object> alphas = m(labels.get(0), 0.5, labels.get(1), -0.35, labels.get(2), -1.7,
                labels.get(3), null, labels.get(4), Double.NaN, labels.get(5), 1.0);
        Map<String, Object> units = m();
        labels.forEach(label -> units.put(label, 3));
        Map<String, Object> layer = m(
                "labels", new ArrayList<Object>(labels),
                "annotators", new ArrayList<Object>(ann),
                "spans", m(ann.get(0), 3, ann.get(1), 4, ann.get(2), 5, ann.get(3), 6),
                "unitizing_alpha", m("overall", -0.25, "labels", alphas,
                        "label_reasons", m(labels.get(3), "nobody used <this> label & \"that\" one"),
                        "units", units, "documents", l(m("document", "d<1>&amp;", "overall", null,
                                "overall_reason", "no units | none", "labels", m(), "label_reasons", m()))),
                "percentage_agreement", 0.5, "percentage_agreement_items", items(4, 0),
                "fleiss_kappa", null, "fleiss_kappa_reason", "only one label in use",
                "krippendorff_alpha_nominal", Double.NaN,
                "pairs", l(
                        m("a", ann.get(0), "b", ann.get(1), "cohen_kappa", null,
                                "cohen_kappa_reason", "only one label <in> use",
                                "f1_exact", f1(ann.get(0), 0.4, m(labels.get(0), m("precision", 0.5, "recall", 0.5,
                                        "f1", 0.5, "tp", 1, "fp", 1, "fn", 1))),
                                "confusion", m("rows", ann.get(0), "columns", ann.get(1),
                                        "labels", l(labels.get(0), labels.get(1), "none"),
                                        "matrix", l(l(1, 0, 1), l(0, 2, 0), l(1, 0, 0)))),
                        m("a", ann.get(0), "b", ann.get(2), "cohen_kappa", -0.2),
                        m("a", ann.get(1), "b", ann.get(2), "cohen_kappa", 0.95),
                        m("a", ann.get(2), "b", ann.get(3), "cohen_kappa", 0.0)));
        return m("project", "p<&>\"'", "generated", "now", "documents", l("d<1>&amp;"),
                "annotators", new ArrayList<Object>(ann), "notes", l("note with <tags> & | pipes\nand a newline"),
                "layers", m(HOSTILE_LAYER, layer));
    }
}
