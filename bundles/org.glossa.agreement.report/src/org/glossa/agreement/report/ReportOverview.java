package org.glossa.agreement.report;

import static org.glossa.agreement.report.TreeReader.map;
import static org.glossa.agreement.report.TreeReader.strings;
import static org.glossa.agreement.report.TreeReader.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The report-level title and overview lines, shared by both writers. */
final class ReportOverview {

    /** Long lists are cut so the overview stays an overview; the per-document tables list every document. */
    static final int MAX_LISTED = 40;

    private ReportOverview() {
    }

    static String title(Map<String, Object> report) {
        String project = text(report, "project");
        return project == null || project.isBlank() ? "Inter-annotator agreement report"
                : "Inter-annotator agreement report: " + project;
    }

    static List<Fact> facts(Map<String, Object> report) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Project", text(report, "project", Fmt.DASH)));
        facts.add(new Fact("Generated", text(report, "generated", Fmt.DASH)));
        List<String> documents = strings(report, "documents");
        facts.add(new Fact("Documents", documents.size() + listed(documents)));
        Map<String, Object> leftOut = map(report, "left_out_documents");
        if (!leftOut.isEmpty()) {
            List<String> parts = new ArrayList<>();
            leftOut.forEach((doc, reason) -> parts.add(reason == null ? doc : doc + " (" + reason + ")"));
            facts.add(new Fact("Documents left out", leftOut.size() + listed(parts)));
        }
        List<String> annotators = strings(report, "annotators");
        facts.add(new Fact("Annotators", annotators.size() + listed(annotators)));
        List<String> layers = new ArrayList<>(map(report, "layers").keySet());
        facts.add(new Fact("Layers", layers.size() + listed(layers)));
        String format = text(report, "format");
        if (format != null) {
            facts.add(new Fact("Format", format + " version " + text(report, "version", "?")));
        }
        return facts;
    }

    private static String listed(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() <= MAX_LISTED) {
            return ": " + String.join(", ", names);
        }
        return ": " + String.join(", ", names.subList(0, MAX_LISTED)) + ", and "
                + (names.size() - MAX_LISTED) + " more";
    }
}
