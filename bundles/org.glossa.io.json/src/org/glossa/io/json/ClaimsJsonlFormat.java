package org.glossa.io.json;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportException;
import org.glossa.core.format.FormatSupport;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Claims JSONL: per split {@code <split>.jsonl}, one record per Claim span:
 *
 * <pre>
 * {"document", "split", "span", "text", "start", "end", "attributes": {"stance", "checkWorthiness", ...},
 *  "claimants": [{"span", "text", "start", "end", "layer", "label", "canonical",
 *                 "speakers": [{"span", "text", "start", "end", "label", "canonical"}, ...]}, ...]}
 * </pre>
 *
 * The claimants are the targets of the claim's {@code claimant} links, in document order (empty without any): an
 * Entity (canonical = its {@code canonical} attribute, else its text; {@code speakers} empty), or a Quote, whose own
 * speakers are given as {@code speakers} and whose canonical name is its speaker's when it has exactly one (null
 * otherwise: read {@code speakers}). Attributes have the schema's defaults filled in. Offsets are code points into
 * the document body, end exclusive.
 * <p>
 * Earlier versions wrote {@code "claimant": {..., "speaker": {...} | null} | null}, one claimant and one speaker
 * at most. The fields were renamed rather than kept beside the lists, so that a reader of the old fields fails
 * instead of silently taking one of several claimants as the only one.
 */
public final class ClaimsJsonlFormat implements FormatSupport {
    public static final String ID = "claims-jsonl";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Claims JSONL";
    }

    @Override
    public String description() {
        return "one JSON object per claim: text and code point offsets, attributes, claimant mentions with canonical names";
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
        int[] withoutClaimant = { 0 };
        int[] severalClaimants = { 0 };
        Mentions.AttributionCounts counts = AttributionExport.write(context, monitor, ID, NewsSchema.CLAIM,
                (json, mentions, claim) -> {
                    mentions.writeRecordStart(json, claim);
                    Mentions.writeAttributes(json, mentions.attributes(claim));
                    List<SpanAnnotation> claimants = mentions.targets(claim, NewsSchema.CLAIMANT);
                    if (claimants.isEmpty()) {
                        withoutClaimant[0]++;
                    } else if (claimants.size() > 1) {
                        severalClaimants[0]++;
                    }
                    json.writeArrayFieldStart("claimants");
                    for (SpanAnnotation claimant : claimants) {
                        writeClaimant(json, mentions, claimant);
                    }
                    json.writeEndArray();
                });
        if (counts.records > 0) {
            context.report().note(ID + ": " + counts.records + " claims, " + withoutClaimant[0]
                    + " of them without a claimant (claimants empty), " + severalClaimants[0] + " with several claimants");
        }
    }

    private static void writeClaimant(JsonGenerator json, Mentions mentions, SpanAnnotation claimant)
            throws IOException, ExportException {
        json.writeStartObject();
        mentions.writeSpan(json, claimant);
        json.writeStringField("layer", claimant.getLayer());
        json.writeStringField("label", claimant.getLabel());
        if (NewsSchema.QUOTE.equals(claimant.getLayer())) {
            List<SpanAnnotation> speakers = mentions.targets(claimant, NewsSchema.SPEAKER);
            json.writeStringField(Mentions.CANONICAL, speakers.size() == 1 ? mentions.canonical(speakers.get(0)) : null);
            mentions.writeEntities(json, "speakers", claimant, NewsSchema.SPEAKER);
        } else {
            json.writeStringField(Mentions.CANONICAL, mentions.canonical(claimant));
            json.writeArrayFieldStart("speakers");
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}
