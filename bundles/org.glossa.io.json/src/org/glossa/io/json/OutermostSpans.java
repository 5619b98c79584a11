package org.glossa.io.json;

import java.util.ArrayList;
import java.util.List;

import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportDocument;
import org.glossa.model.SpanAnnotation;

/**
 * The spans a flat tag sequence can carry: of spans that overlap, the outermost (the earliest, then the longest)
 * is kept; every other one is reported as not carried, with whether it was nested or crossing.
 */
final class OutermostSpans {
    private OutermostSpans() {
    }

    /** @param spans in document order (begin, then longest first) */
    static List<SpanAnnotation> keep(ExportContext context, ExportDocument document, List<SpanAnnotation> spans, String format) {
        List<SpanAnnotation> kept = new ArrayList<>();
        int keptEnd = -1;
        for (SpanAnnotation span : spans) {
            if (span.getBegin() >= keptEnd) {
                kept.add(span);
                keptEnd = span.getEnd();
            } else if (span.getEnd() <= keptEnd) {
                context.report().notCarried(document, span, format + ": nested in another span (the outermost is kept)");
            } else {
                context.report().notCarried(document, span, format + ": overlaps an earlier span (the earlier is kept)");
            }
        }
        return kept;
    }
}
