package org.glossa.io.json;

import java.io.IOException;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportException;
import org.glossa.core.format.FormatSupport;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;

/**
 * Quote attribution JSONL: per split {@code <split>.jsonl}, one record per Quote span:
 *
 * <pre>
 * {"document", "split", "span", "text", "start", "end", "type", "attributes",
 *  "cue": {"span", "text", "start", "end"} | null,
 *  "speakers": [{"span", "text", "start", "end", "label", "canonical"}, ...]}
 * </pre>
 *
 * {@code type} is the quote type (direct, indirect, mixed; the schema default when unset), {@code attributes} all
 * the quote's attributes; {@code speakers} are the Entities the quote's {@code speaker} links point at, in document
 * order, each with its {@code canonical} attribute or, without one, its text; empty when the quote has no speaker.
 * A joint statement ("Kim and Halvorssen said") has several. Offsets are code points into the document body (the
 * text of its {@code spans-jsonl} record), end exclusive.
 * <p>
 * Earlier versions wrote {@code "speaker": {...} | null}, one speaker at most. The field was renamed rather
 * than kept beside the list, so that a reader of the old field fails instead of silently taking one of several
 * speakers as the only one; {@code speakers[0]} is the old {@code speaker} of a quote with one speaker.
 */
public final class QuotesJsonlFormat implements FormatSupport {
    public static final String ID = "quotes-jsonl";
    private static final String TYPE = "type";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Quote attribution JSONL";
    }

    @Override
    public String description() {
        return "one JSON object per quote: text and code point offsets, type, cue, speaker mentions with canonical names";
    }

    @Override
    public boolean canExport() {
        return true;
    }

    @Override
    public String offsetConvention() {
        return "Unicode code points, end exclusive, into the document body; null for a linked span outside the body";
    }

    @Override
    public void write(ExportContext context, IProgressMonitor monitor) throws IOException, ExportException {
        int[] withoutSpeaker = { 0 };
        int[] jointStatements = { 0 };
        Mentions.AttributionCounts counts = AttributionExport.write(context, monitor, ID, NewsSchema.QUOTE,
                (json, mentions, quote) -> {
                    Map<String, String> attributes = mentions.attributes(quote);
                    mentions.writeRecordStart(json, quote);
                    json.writeStringField(TYPE, attributes.get(TYPE));
                    Mentions.writeAttributes(json, attributes);
                    SpanAnnotation cue = mentions.target(quote, NewsSchema.CUE_LINK);
                    json.writeFieldName("cue");
                    if (cue == null) {
                        json.writeNull();
                    } else {
                        json.writeStartObject();
                        mentions.writeSpan(json, cue);
                        json.writeEndObject();
                    }
                    int speakers = mentions.writeEntities(json, "speakers", quote, NewsSchema.SPEAKER);
                    if (speakers == 0) {
                        withoutSpeaker[0]++;
                    } else if (speakers > 1) {
                        jointStatements[0]++;
                    }
                });
        if (counts.records > 0) {
            context.report().note(ID + ": " + counts.records + " quotes, " + withoutSpeaker[0]
                    + " of them without a speaker (speakers empty), " + jointStatements[0] + " with several speakers");
        }
    }
}
