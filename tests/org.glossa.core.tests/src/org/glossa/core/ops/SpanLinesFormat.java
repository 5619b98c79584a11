package org.glossa.core.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportDocument;
import org.glossa.core.format.ExportException;
import org.glossa.core.format.FormatSupport;
import org.glossa.model.SpanAnnotation;
import org.glossa.text.TextRegion;
import org.glossa.text.Tokenization;

/**
 * A tiny export format for the framework's tests: one file per split ({@code SPLIT.tsv}) with one line per
 * span (document, layer, label, offsets, text), each verified against the text. Remembers the contexts it got.
 */
final class SpanLinesFormat implements FormatSupport {
    static final String ID = "lines";
    static final String CONVENTION = "UTF-16 code units, end exclusive";
    final List<ExportContext> contexts = new ArrayList<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Span lines";
    }

    @Override
    public String description() {
        return "one line per span: document, layer, label, offsets, text";
    }

    @Override
    public boolean canExport() {
        return true;
    }

    @Override
    public Map<String, String> options() {
        return Map.of("shift", "move each exported text by N characters (a broken writer)",
                "tokenize", "ask the tokenization for sentences");
    }

    @Override
    public String offsetConvention() {
        return CONVENTION;
    }

    @Override
    public void write(ExportContext context, IProgressMonitor monitor) throws IOException, ExportException {
        contexts.add(context);
        int shift = Integer.parseInt(context.option("shift", "0"));
        boolean tokenize = Boolean.parseBoolean(context.option("tokenize", "false"));
        for (String split : context.splits()) {
            StringBuilder out = new StringBuilder();
            for (ExportDocument document : context.documents()) {
                if (!document.split().equals(split)) {
                    continue;
                }
                if (tokenize) {
                    context.tokenization().sentences(document.id(), document.text(), document.body(), document.spans());
                }
                for (SpanAnnotation span : document.spans()) {
                    String text = document.text().substring(span.getBegin() + shift, span.getEnd() + shift);
                    context.verify(document, span, text);
                    out.append(document.id()).append('\t').append(span.getLayer()).append('\t').append(span.getLabel())
                            .append('\t').append(span.getBegin()).append('\t').append(span.getEnd()).append('\t')
                            .append(text.replace("\n", "\\n")).append('\n');
                    context.report().carried(document, span);
                }
            }
            Files.writeString(context.directory().resolve(split + ".tsv"), out, StandardCharsets.UTF_8);
            context.report().written(Path.of(split + ".tsv"));
        }
    }

    /** A stand-in tokenization: one sentence per body, no tokens. */
    static Tokenization wholeBodyTokenization() {
        return new Tokenization() {
            @Override
            public List<Sentence> sentences(String documentId, String text, TextRegion body,
                    List<SpanAnnotation> respect) {
                return List.of(new Sentence(body.begin(), body.end(), List.of()));
            }

            @Override
            public String description() {
                return "whole-body test tokenizer";
            }
        };
    }
}
