package org.glossa.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.SimpleExportContext;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** quotes-jsonl and claims-jsonl on a crafted document: a quote with speaker and cue, a claim made by the quote. */
class AttributionFormatsTest {
    private static final String BYLINE = "By 𠮷 Reporter\n";
    private static final String BODY = "Minister 😊 Kim Yung-ho said “we will act”. A second “quiet remark” came. "
            + "Critics claimed 600 were sent back.";

    @TempDir
    Path dir;

    private ExportFixture fixture;
    private SpanAnnotation kim;
    private SpanAnnotation quote;

    private SimpleExportContext craftedDocument() throws IOException {
        fixture = ExportFixture.create(dir.resolve("project"));
        Document document = fixture.document("d1", BYLINE + BODY, BYLINE.length(), BYLINE.length() + BODY.length());
        kim = fixture.span(document, "alice", NewsSchema.ENTITY, "PER", "Kim Yung-ho");
        kim.getAttributes().put(Mentions.CANONICAL, "Kim Yung-ho (minister)");
        SpanAnnotation said = fixture.span(document, "alice", NewsSchema.CUE, "CUE", "said");
        quote = fixture.span(document, "alice", NewsSchema.QUOTE, "QUOTE", "we will act");
        quote.getAttributes().put("type", "direct");
        Spans.link(quote, NewsSchema.SPEAKER, kim);
        Spans.link(quote, NewsSchema.CUE_LINK, said);
        SpanAnnotation remark = fixture.span(document, "alice", NewsSchema.QUOTE, "QUOTE", "quiet remark"); // type by default
        SpanAnnotation claim = fixture.span(document, "alice", NewsSchema.CLAIM, "CLAIM", "we will act");
        claim.getAttributes().put("stance", "asserts");
        Spans.link(claim, NewsSchema.CLAIMANT, quote);
        SpanAnnotation critics = fixture.span(document, "alice", NewsSchema.ENTITY, "NORP", "Critics");
        SpanAnnotation sentBack = fixture.span(document, "alice", NewsSchema.CLAIM, "CLAIM", "600 were sent back");
        sentBack.getAttributes().put("checkWorthiness", "check-worthy");
        Spans.link(sentBack, NewsSchema.CLAIMANT, critics);
        SpanAnnotation reporter = fixture.span(document, "alice", NewsSchema.ENTITY, "PER", "𠮷 Reporter"); // in the byline
        fixture.span(document, "alice", NewsSchema.CLAIM, "CLAIM", "A second"); // a claim without claimant
        Spans.link(remark, NewsSchema.SPEAKER, reporter);
        return fixture.context(dir.resolve("out"), "alice", Map.of());
    }

    @Test
    void writesOneRecordPerQuoteWithSpeakerAndCue() throws Exception {
        SimpleExportContext context = craftedDocument();
        new QuotesJsonlFormat().write(context, new NullProgressMonitor());
        List<JsonNode> records = Jsonl.validRecords(dir.resolve("out/all.jsonl"), "quotes-jsonl");
        assertEquals(2, records.size());
        int quoteStart = BODY.codePointCount(0, BODY.indexOf("we will act"));
        assertEquals("{\"document\":\"d1\",\"split\":\"all\",\"span\":\"" + quote.getId() + "\",\"text\":\"we will act\","
                + "\"start\":" + quoteStart + ",\"end\":" + (quoteStart + 11) + ",\"type\":\"direct\",\"attributes\":{\"type\":\"direct\"},"
                + "\"cue\":{\"span\":\"s2\",\"text\":\"said\",\"start\":" + (quoteStart - 6) + ",\"end\":" + (quoteStart - 2) + "},"
                + "\"speaker\":{\"span\":\"" + kim.getId() + "\",\"text\":\"Kim Yung-ho\",\"start\":11,\"end\":22,\"label\":\"PER\","
                + "\"canonical\":\"Kim Yung-ho (minister)\"}}", records.get(0).toString());
        JsonNode remark = records.get(1);
        assertEquals("direct", remark.get("type").asText(), "the schema default when the attribute is not set");
        assertTrue(remark.get("cue").isNull());
        assertEquals("𠮷 Reporter", remark.get("speaker").get("canonical").asText(), "without canonical: the covered text");
        assertTrue(remark.get("speaker").get("start").isNull(), "the speaker is in the byline, outside the body");
        List<String> notes = ExportFixture.report(context).notes();
        assertTrue(notes.contains("quotes-jsonl: 2 quotes, 0 of them without a speaker (speaker null)"), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("1 linked spans lie outside the document body")), notes.toString());
        assertEquals(Map.of("QUOTE", 2), ExportFixture.report(context).carried().get("all"));
    }

    @Test
    void writesOneRecordPerClaimWithClaimantAndTheQuotesSpeaker() throws Exception {
        SimpleExportContext context = craftedDocument();
        new ClaimsJsonlFormat().write(context, new NullProgressMonitor());
        List<JsonNode> records = Jsonl.validRecords(dir.resolve("out/all.jsonl"), "claims-jsonl");
        assertEquals(3, records.size());
        JsonNode byQuote = records.get(0);
        assertEquals("we will act", byQuote.get("text").asText());
        assertEquals("{\"stance\":\"asserts\",\"checkWorthiness\":\"unsure\"}", byQuote.get("attributes").toString(),
                "attributes in schema order, defaults filled in");
        JsonNode claimant = byQuote.get("claimant");
        assertEquals(List.of("span", "text", "start", "end", "layer", "label", "canonical", "speaker"), Jsonl.keys(claimant));
        assertEquals("Quote", claimant.get("layer").asText());
        assertEquals("Kim Yung-ho (minister)", claimant.get("canonical").asText(), "a quote's canonical name is its speaker's");
        assertEquals("Kim Yung-ho", claimant.get("speaker").get("text").asText());

        assertTrue(records.get(1).get("claimant").isNull(), "\"A second\" has no claimant");
        JsonNode byEntity = records.get(2).get("claimant");
        assertEquals("Critics", byEntity.get("canonical").asText());
        assertEquals("NORP", byEntity.get("label").asText());
        assertTrue(byEntity.get("speaker").isNull());
        assertEquals("check-worthy", records.get(2).get("attributes").get("checkWorthiness").asText());
        assertTrue(ExportFixture.report(context).notes().contains("claims-jsonl: 3 claims, 1 of them without a claimant (claimant null)"));
    }

    @Test
    void saysSoWhenTheLayerIsNotSelected() throws Exception {
        craftedDocument();
        SimpleExportContext entitiesOnly = fixture.context(dir.resolve("entities"), "alice", Map.of(), List.of(NewsSchema.ENTITY), false);
        new QuotesJsonlFormat().write(entitiesOnly, new NullProgressMonitor());
        assertEquals(0, Jsonl.records(dir.resolve("entities/all.jsonl")).size());
        assertTrue(ExportFixture.report(entitiesOnly).notes().stream().anyMatch(n -> n.contains("select the Quote layer")));
    }
}
