package org.glossa.agreement.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.glossa.agreement.report.AgreementReport.LayerReport;

/** The report-level title and overview lines, shared by both writers. */
final class ReportOverview {

    /** Long lists are cut so the overview stays an overview; the per-document tables list every document. */
    static final int MAX_LISTED = 40;

    private ReportOverview() {
    }

    static String title(AgreementReport report) {
        String project = report.project();
        return project == null || project.isBlank() ? "Inter-annotator agreement report"
                : "Inter-annotator agreement report: " + project;
    }

    static List<Fact> facts(AgreementReport report) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Project", report.project() == null ? FigureFormat.DASH : report.project()));
        facts.add(new Fact("Generated", report.generated() == null ? FigureFormat.DASH : report.generated().toString()));
        List<String> documents = report.documents();
        facts.add(new Fact("Documents", documents.size() + listed(documents)));
        Map<String, String> leftOut = report.leftOutDocuments();
        if (!leftOut.isEmpty()) {
            List<String> parts = new ArrayList<>();
            leftOut.forEach((doc, reason) -> parts.add(reason == null ? doc : doc + " (" + reason + ")"));
            facts.add(new Fact("Documents left out", leftOut.size() + listed(parts)));
        }
        List<String> annotators = report.annotators();
        facts.add(new Fact("Annotators", annotators.size() + listed(annotators)));
        List<String> layers = report.layers().stream().map(LayerReport::layer).toList();
        facts.add(new Fact("Layers", layers.size() + listed(layers)));
        facts.add(new Fact("Format", AgreementReportJson.FORMAT + " version " + AgreementReportJson.VERSION));
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
