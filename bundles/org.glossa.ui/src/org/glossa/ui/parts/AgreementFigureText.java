package org.glossa.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.glossa.agreement.Figure;
import org.glossa.agreement.attribution.AttributionAgreement;
import org.glossa.agreement.coding.CodingFigure;
import org.glossa.agreement.confusion.ConfusionMatrix;
import org.glossa.agreement.report.AgreementReport;
import org.glossa.agreement.report.AgreementReport.LayerReport;
import org.glossa.agreement.report.AgreementReport.PairReport;
import org.glossa.agreement.report.FigureFormat;

/** The texts of the agreement view's figures, numbers as in the HTML report ({@link FigureFormat}). */
final class AgreementFigureText {

    private AgreementFigureText() {
    }

    /** The status line: what was compared, by whom, and how long it took. */
    static String status(AgreementReport report, boolean mostShared, long millis) {
        int left = report.leftOutDocuments().size();
        return report.documents().size() + (report.documents().size() == 1 ? " document" : " documents")
                + " by " + String.join(", ", report.annotators()) + (mostShared ? " (the most shared)" : "")
                + (left == 0 ? "" : "; " + left + " other" + (left == 1 ? " document" : " documents") + " left out")
                + "; " + millis + " ms";
    }

    /** The layer's headline figures on two lines. */
    static String headline(LayerReport figures) {
        return "Unitizing \u03b1 " + figure(figures.unitizing().overall()) + "    Percentage agreement "
                + coding(figures.percentage()) + "\nFleiss \u03ba " + coding(figures.fleiss())
                + "    Krippendorff \u03b1 " + coding(figures.krippendorff());
    }

    /** Table cells stay narrow: an undefined figure shows as "undefined" (the headline and report give reasons). */
    static String cell(Figure figure) {
        return figure == null ? "" : figure.isDefined() ? FigureFormat.fixed(figure.doubleValue()) : "undefined";
    }

    static String figure(Figure figure) {
        return figure == null ? "" : figure.isDefined() ? FigureFormat.fixed(figure.doubleValue())
                : "undefined: " + figure.reason();
    }

    static String coding(CodingFigure figure) {
        return figure(figure.figure()) + " (" + figure.itemsUsed() + " used, " + figure.itemsLeftOut() + " left out)";
    }

    static String pair(String a, String b) {
        return a + " \u2194 " + b;
    }

    /** The share of agreeing link targets per link type, e.g. "speaker 0.750". */
    static String attribution(PairReport pair) {
        List<String> parts = new ArrayList<>();
        for (AttributionAgreement links : pair.attribution()) {
            parts.add(links.linkType() + " " + cell(links.share()));
        }
        return String.join(", ", parts);
    }

    /** The labels b gave where a gave {@code label}, with their counts, e.g. "ORG ×2". */
    static String confusedWith(PairReport pair, String label) {
        ConfusionMatrix confusion = pair.confusion();
        int row = confusion.labels().indexOf(label);
        if (row < 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < confusion.labels().size(); c++) {
            long count = confusion.counts()[row][c];
            if (c != row && count > 0) {
                parts.add(confusion.labels().get(c) + " \u00d7" + count);
            }
        }
        return String.join(", ", parts);
    }
}
