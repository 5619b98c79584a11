package org.glossa.core.ops;

import java.nio.file.Path;

import org.glossa.core.format.ExportDocument;
import org.glossa.core.format.ExportReport;
import org.glossa.model.SpanAnnotation;
import org.glossa.text.OrderedEffects;

/**
 * An export's report as formats see it: each call goes through {@link OrderedEffects}, so that what a preparation
 * running for several documents at once reports arrives in document order.
 */
final class OrderedExportReport implements ExportReport {
    private final ExportReport report;

    OrderedExportReport(ExportReport report) {
        this.report = report;
    }

    @Override
    public void written(Path file) {
        OrderedEffects.run(() -> report.written(file));
    }

    @Override
    public void carried(ExportDocument document, SpanAnnotation span) {
        OrderedEffects.run(() -> report.carried(document, span));
    }

    @Override
    public void notCarried(ExportDocument document, SpanAnnotation span, String reason) {
        OrderedEffects.run(() -> report.notCarried(document, span, reason));
    }

    @Override
    public void note(String message) {
        OrderedEffects.run(() -> report.note(message));
    }
}
