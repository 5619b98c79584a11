package org.glossa.agreement.report;

import java.util.Map;

import org.glossa.agreement.Figure;

/** Looks up a label's figure in the report's per-label maps, with the reason when there is none to show. */
final class ReportFigures {

    /** The reason of a label's figure that the report does not carry. */
    static final String NOT_REPORTED = "not reported";

    private ReportFigures() {
    }

    static Figure ofLabel(Map<String, Figure> figures, String label) {
        Figure figure = figures.get(label);
        return figure != null ? figure : Figure.undefined(NOT_REPORTED);
    }

    /** A plain per-label number such as a disagreement, which may be missing or not finite. */
    static Figure ofNumber(Map<String, Double> values, String label) {
        if (!values.containsKey(label)) {
            return Figure.undefined(NOT_REPORTED);
        }
        Double value = values.get(label);
        if (value == null) {
            return Figure.undefined("no reason given");
        }
        return Double.isFinite(value) ? Figure.of(value) : Figure.undefined("not a finite number");
    }
}
