package org.glossa.io.json;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportException;
import org.glossa.model.SpanAnnotation;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The writing loop shared by the attribution formats (quotes, claims): one record per span of one layer, in
 * per-split JSON Lines files, and a summary of what had no link target or could not be placed.
 */
final class AttributionExport {

    /** Writes the fields of one record (the caller opens and closes the object). */
    @FunctionalInterface
    interface RecordWriter {
        void write(JsonGenerator json, Mentions mentions, SpanAnnotation span)
                throws IOException, ExportException;
    }

    private AttributionExport() {
    }

    /** @param layer the layer whose spans become records (Quote, Claim) */
    static Mentions.AttributionCounts write(ExportContext context, IProgressMonitor monitor, String format, String layer,
            RecordWriter writer) throws IOException, ExportException {
        Mentions.AttributionCounts counts = new Mentions.AttributionCounts();
        SubMonitor progress = SubMonitor.convert(monitor, "Writing " + format, context.documentCount());
        try (SplitFiles files = SplitFiles.open(context)) {
            context.forEachDocument(document -> {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                JsonlWriter out = files.of(document.split());
                Mentions mentions = new Mentions(context, document, counts);
                for (SpanAnnotation span : document.spans()) {
                    if (!layer.equals(span.getLayer())) {
                        counts.otherSpans++;
                        continue;
                    }
                    out.generator().writeStartObject();
                    writer.write(out.generator(), mentions, span);
                    out.generator().writeEndObject();
                    out.endRecord();
                    counts.records++;
                }
                progress.worked(1);
            });
        }
        if (counts.records == 0) {
            context.report().note(format + ": no " + layer + " span was exported; select the " + layer + " layer");
        }
        if (counts.otherSpans > 0) {
            context.report().note(format + ": " + counts.otherSpans + " spans of other layers have no record of their own "
                    + "(they appear only where a " + layer + " links to them)");
        }
        if (counts.outsideBody > 0) {
            context.report().note(format + ": " + counts.outsideBody + " linked spans lie outside the document body; "
                    + "their start and end are null");
        }
        if (counts.extraLinks > 0) {
            context.report().note(format + ": " + counts.extraLinks + " further links of a type that a record holds once "
                    + "were not written (the first one is)");
        }
        return counts;
    }
}
