package org.glossa.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glossa.core.format.AnnotationImportException;
import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportDocument;
import org.glossa.core.format.ExportException;
import org.glossa.core.format.FormatSupport;
import org.glossa.core.format.ReadDocument;
import org.glossa.core.format.ReadDocument.ReadSpan;
import org.glossa.model.SpanAnnotation;

/**
 * A one-line-per-document format for the command tests, readable and writable:
 * {@code ID|TEXT|TYPE BEGIN END;TYPE BEGIN END} (UTF-16 offsets into TEXT, which holds no '|' or line end).
 */
final class PipeFormat implements FormatSupport {
    static final String ID = "pipe";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Pipe lines";
    }

    @Override
    public String description() {
        return "ID|TEXT|TYPE BEGIN END;... one document per line, UTF-16 offsets";
    }

    @Override
    public boolean canExport() {
        return true;
    }

    @Override
    public boolean canImport() {
        return true;
    }

    @Override
    public Map<String, String> options() {
        return Map.of("lower", "write types in lower case");
    }

    @Override
    public String offsetConvention() {
        return "UTF-16 code units into TEXT, end exclusive";
    }

    @Override
    public void write(ExportContext context, IProgressMonitor monitor) throws IOException, ExportException {
        boolean lower = Boolean.parseBoolean(context.option("lower", "false"));
        for (String split : context.splits()) {
            StringBuilder out = new StringBuilder();
            for (ExportDocument document : context.documents()) {
                if (!document.split().equals(split)) {
                    continue;
                }
                List<String> spans = new ArrayList<>();
                for (SpanAnnotation span : document.spans()) {
                    context.verify(document, span, document.coveredText(span));
                    String type = lower ? span.getLabel().toLowerCase(Locale.ROOT) : span.getLabel();
                    spans.add(type + " " + span.getBegin() + " " + span.getEnd());
                    context.report().carried(document, span);
                }
                out.append(document.id()).append('|').append(document.text()).append('|').append(String.join(";", spans))
                        .append('\n');
            }
            Files.writeString(context.directory().resolve(split + ".pipe"), out, StandardCharsets.UTF_8);
            context.report().written(Path.of(split + ".pipe"));
        }
    }

    @Override
    public List<ReadDocument> read(List<Path> files, IProgressMonitor monitor) throws IOException, AnnotationImportException {
        List<ReadDocument> documents = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int n = 1; n <= lines.size(); n++) {
                String line = lines.get(n - 1);
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\\|", -1);
                if (parts.length != 3) {
                    throw new AnnotationImportException(file, n, "expected ID|TEXT|SPANS, found " + parts.length + " fields");
                }
                List<ReadSpan> spans = new ArrayList<>();
                int key = 1;
                for (String span : parts[2].isEmpty() ? new String[0] : parts[2].split(";")) {
                    String[] fields = span.split(" ");
                    try {
                        spans.add(new ReadSpan("T" + key++, fields[0], Integer.parseInt(fields[1]), Integer.parseInt(fields[2]),
                                Map.of(), null, n));
                    } catch (RuntimeException e) {
                        throw new AnnotationImportException(file, n, "bad span '" + span + "'");
                    }
                }
                documents.add(new ReadDocument(parts[0], parts[1], spans, List.of(), Map.of(), file));
            }
        }
        return documents;
    }
}
