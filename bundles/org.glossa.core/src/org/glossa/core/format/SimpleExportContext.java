package org.glossa.core.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glossa.model.AnnotationSchema;
import org.glossa.model.SpanAnnotation;
import org.glossa.text.Tokenization;

/** A plain {@link ExportContext}: what the export operation builds for each source, and what tests use. */
public record SimpleExportContext(Path directory, String source, AnnotationSchema schema, List<ExportDocument> documents,
        List<String> splits, List<String> layers, Set<String> labels, Map<String, String> options,
        Tokenization tokenization, ExportReport report) implements ExportContext {

    @Override
    public void verify(ExportDocument document, SpanAnnotation span, String exportedText) throws ExportException {
        verifyCovered(document, span, exportedText);
    }

    /** The check of {@link ExportContext#verify}, for every context. */
    public static void verifyCovered(ExportDocument document, SpanAnnotation span, String exportedText) throws ExportException {
        String covered = document.text().substring(span.getBegin(), span.getEnd());
        if (!covered.equals(exportedText)) {
            throw new ExportException("document " + document.id() + ", span " + span.getId() + " (" + span.getLayer() + " "
                    + span.getLabel() + " [" + span.getBegin() + ", " + span.getEnd() + ")): exported text \""
                    + exportedText + "\" is not the covered text \"" + covered + "\"");
        }
    }
}
