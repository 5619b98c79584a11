package org.glossa.io.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportDocument;
import org.glossa.core.format.ExportException;
import org.glossa.core.format.FormatSupport;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;
import org.glossa.text.Tokenization.Sentence;
import org.glossa.text.Tokenization.Token;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Hugging Face token classification data: per split {@code <split>.jsonl} with one sentence per line,
 * {@code {"id", "tokens": [...], "ner_tags": [ints]}}, IOB2 tags over one layer, and {@code label_list.json}, the
 * tag names in id order ({@code "O"}, then {@code B-}/{@code I-} for each label in schema order) for
 * {@code datasets.ClassLabel(names=...)}. A flat tag sequence holds no overlaps: the outermost span is kept and the
 * others are reported as not carried.
 */
public final class HfJsonlFormat implements FormatSupport {
    public static final String ID = "hf-jsonl";
    public static final String LABEL_LIST = "label_list.json";
    static final String LAYER = "layer";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Hugging Face token classification JSONL";
    }

    @Override
    public String description() {
        return "one sentence per line: {\"id\", \"tokens\", \"ner_tags\"} with IOB2 tag ids over one layer, plus " + LABEL_LIST;
    }

    @Override
    public boolean canExport() {
        return true;
    }

    @Override
    public Map<String, String> options() {
        return Map.of(LAYER, "the layer to tag (default: the first selected layer)");
    }

    @Override
    public String offsetConvention() {
        return "none: tokens (from the export's tokenizer) with IOB2 tag ids; " + LABEL_LIST + " maps ids to tags";
    }

    @Override
    public void write(ExportContext context, IProgressMonitor monitor) throws IOException, ExportException {
        if (context.layers().isEmpty()) {
            throw new ExportException(ID + " needs a layer to tag, and no layer is selected");
        }
        String layerName = context.option(LAYER, context.layers().get(0));
        Layer layer = SchemaQuery.layer(context.schema(), layerName)
                .orElseThrow(() -> new ExportException(ID + ": the schema has no layer '" + layerName + "'"));
        if (!context.layers().contains(layerName)) {
            throw new ExportException(ID + ": layer '" + layerName + "' is not among the exported layers " + context.layers());
        }
        List<String> tags = tags(context, layer);
        Map<String, Integer> tagIds = new LinkedHashMap<>();
        tags.forEach(tag -> tagIds.put(tag, tagIds.size()));

        SubMonitor progress = SubMonitor.convert(monitor, "Writing " + ID, context.documentCount());
        try (SplitFiles files = SplitFiles.open(context)) {
            context.forEachDocument(document -> {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                writeDocument(context, document, layerName, tagIds, files.of(document.split()));
                progress.worked(1);
            });
        }
        Path labelList = context.file(LABEL_LIST);
        Files.writeString(labelList, JsonSupport.MAPPER.writeValueAsString(tags) + "\n", StandardCharsets.UTF_8);
        context.report().written(labelList);
        context.report().note(howToLoad(context.splits()));
    }

    /** "O", then B-/I- for each label of the layer (the selected ones, when a selection is given), in schema order. */
    private static List<String> tags(ExportContext context, Layer layer) {
        List<String> tags = new ArrayList<>();
        tags.add("O");
        for (Label label : layer.getLabels()) {
            if (context.labels().isEmpty() || context.labels().contains(label.getName())) {
                tags.add("B-" + label.getName());
                tags.add("I-" + label.getName());
            }
        }
        return tags;
    }

    private static void writeDocument(ExportContext context, ExportDocument document, String layer,
            Map<String, Integer> tagIds, JsonlWriter out) throws IOException, ExportException {
        List<SpanAnnotation> layerSpans = new ArrayList<>();
        for (SpanAnnotation span : document.spans()) {
            if (layer.equals(span.getLayer())) {
                layerSpans.add(span);
            } else {
                context.report().notCarried(document, span, ID + ": carries one layer (" + layer + ")");
            }
        }
        List<Sentence> sentences = context.tokenization().sentences(document.id(), document.text(), document.body(), layerSpans);
        List<SpanAnnotation> kept = OutermostSpans.keep(context, document, layerSpans, ID);
        int next = 0; // the first kept span not yet placed: sentences and kept spans are both in text order
        int index = 0;
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            int[] tags = new int[tokens.size()];
            while (next < kept.size() && kept.get(next).getBegin() < sentence.end()) {
                SpanAnnotation span = kept.get(next++);
                if (span.getBegin() < sentence.begin() || span.getEnd() > sentence.end()) {
                    context.report().notCarried(document, span, ID + ": crosses a sentence boundary");
                } else {
                    tag(context, document, span, tokens, tags, tagIds);
                }
            }
            if (tokens.isEmpty()) {
                continue;
            }
            JsonGenerator json = out.generator();
            json.writeStartObject();
            json.writeStringField("id", document.id() + "-" + index++);
            json.writeArrayFieldStart("tokens");
            for (Token token : tokens) {
                json.writeString(token.text());
            }
            json.writeEndArray();
            json.writeFieldName("ner_tags");
            json.writeArray(tags, 0, tags.length);
            json.writeEndObject();
            out.endRecord();
        }
        while (next < kept.size()) {
            context.report().notCarried(document, kept.get(next++), ID + ": lies in no sentence");
        }
    }

    /** Tags the tokens the span covers; the text from its first to its last token must be the span's text. */
    private static void tag(ExportContext context, ExportDocument document, SpanAnnotation span, List<Token> tokens,
            int[] tags, Map<String, Integer> tagIds) throws ExportException {
        Integer begin = tagIds.get("B-" + span.getLabel());
        if (begin == null) {
            context.report().notCarried(document, span, ID + ": label " + span.getLabel() + " is not selected");
            return;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.begin() >= span.getBegin() && token.end() <= span.getEnd()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            context.report().notCarried(document, span, ID + ": covers no token");
            return;
        }
        context.verify(document, span, document.text().substring(tokens.get(first).begin(), tokens.get(last).end()));
        tags[first] = begin;
        for (int i = first + 1; i <= last; i++) {
            tags[i] = begin + 1;
        }
        context.report().carried(document, span);
    }

    private static String howToLoad(List<String> splits) {
        StringBuilder files = new StringBuilder();
        for (String split : splits) {
            files.append(files.isEmpty() ? "" : ", ").append('"').append(split).append("\": \"").append(split).append(".jsonl\"");
        }
        return "Hugging Face: load with\n"
                + "    import json\n"
                + "    from datasets import load_dataset, ClassLabel, Sequence\n"
                + "    names = json.load(open(\"" + LABEL_LIST + "\"))\n"
                + "    ds = load_dataset(\"json\", data_files={" + files + "})\n"
                + "    ds = ds.cast_column(\"ner_tags\", Sequence(ClassLabel(names=names)))\n"
                + "Each line is one sentence: \"tokens\" (strings) and \"ner_tags\" (IOB2 tag ids, index into " + LABEL_LIST + ").";
    }
}
