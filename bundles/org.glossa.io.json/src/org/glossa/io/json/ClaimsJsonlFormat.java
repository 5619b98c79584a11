package org.glossa.io.json;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportException;
import org.glossa.core.format.FormatSupport;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;

/**
 * Claims JSONL: per split {@code <split>.jsonl}, one record per Claim span:
 *
 * <pre>
 * {"document", "split", "span", "text", "start", "end", "attributes": {"stance", "checkWorthiness", ...},
 *  "claimant": {"span", "text", "start", "end", "layer", "label", "canonical",
 *               "speaker": {"span", "text", "start", "end", "label", "canonical"} | null} | null}
 * </pre>
 *
 * The claimant is the target of the claim's {@code claimant} link: an Entity (canonical = its {@code canonical}
 * attribute, else its text), or a Quote, whose own speaker is given as {@code speaker} and whose canonical name is
 * the speaker's (null without speaker). Attributes have the schema's defaults filled in. Offsets are code points
 * into the document body, end exclusive.
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
        return "one JSON object per claim: text and code point offsets, attributes, claimant mention and canonical name";
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
        Mentions.AttributionCounts counts = AttributionExport.write(context, monitor, ID, NewsSchema.CLAIM,
                (json, mentions, claim) -> {
                    mentions.writeRecordStart(json, claim);
                    Mentions.writeAttributes(json, mentions.attributes(claim));
                    SpanAnnotation claimant = mentions.target(claim, NewsSchema.CLAIMANT);
                    json.writeFieldName("claimant");
                    if (claimant == null) {
                        json.writeNull();
                        withoutClaimant[0]++;
                        return;
                    }
                    json.writeStartObject();
                    mentions.writeSpan(json, claimant);
                    json.writeStringField("layer", claimant.getLayer());
                    json.writeStringField("label", claimant.getLabel());
                    if (NewsSchema.QUOTE.equals(claimant.getLayer())) {
                        SpanAnnotation speaker = mentions.target(claimant, NewsSchema.SPEAKER);
                        json.writeStringField(Mentions.CANONICAL, speaker == null ? null : mentions.canonical(speaker));
                        json.writeFieldName("speaker");
                        if (speaker == null) {
                            json.writeNull();
                        } else {
                            mentions.writeEntity(json, speaker);
                        }
                    } else {
                        json.writeStringField(Mentions.CANONICAL, mentions.canonical(claimant));
                        json.writeNullField("speaker");
                    }
                    json.writeEndObject();
                });
        if (counts.records > 0) {
            context.report().note(ID + ": " + counts.records + " claims, " + withoutClaimant[0]
                    + " of them without a claimant (claimant null)");
        }
    }
}
