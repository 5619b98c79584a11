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

/**
 * quotes-jsonl and claims-jsonl on crafted documents: a quote with speaker and cue, a claim made by the quote; a joint
 * statement with two speakers and a claim with two claimants.
 */
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
                + "\"speakers\":[{\"span\":\"" + kim.getId() + "\",\"text\":\"Kim Yung-ho\",\"start\":11,\"end\":22,\"label\":\"PER\","
                + "\"canonical\":\"Kim Yung-ho (minister)\"}]}", records.get(0).toString());
        JsonNode remark = records.get(1);
        assertEquals("direct", remark.get("type").asText(), "the schema default when the attribute is not set");
        assertTrue(remark.get("cue").isNull());
        assertEquals("𠮷 Reporter", remark.get("speakers").get(0).get("canonical").asText(), "without canonical: the covered text");
        assertTrue(remark.get("speakers").get(0).get("start").isNull(), "the speaker is in the byline, outside the body");
        List<String> notes = ExportFixture.report(context).notes();
        assertTrue(notes.contains("quotes-jsonl: 2 quotes, 0 of them without a speaker (speakers empty), 0 with several speakers"),
                notes.toString());
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
        assertEquals(1, byQuote.get("claimants").size());
        JsonNode claimant = byQuote.get("claimants").get(0);
        assertEquals(List.of("span", "text", "start", "end", "layer", "label", "canonical", "speakers"), Jsonl.keys(claimant));
        assertEquals("Quote", claimant.get("layer").asText());
        assertEquals("Kim Yung-ho (minister)", claimant.get("canonical").asText(), "a quote's canonical name is its speaker's");
        assertEquals("Kim Yung-ho", claimant.get("speakers").get(0).get("text").asText());

        assertEquals(0, records.get(1).get("claimants").size(), "\"A second\" has no claimant");
        JsonNode byEntity = records.get(2).get("claimants").get(0);
        assertEquals("Critics", byEntity.get("canonical").asText());
        assertEquals("NORP", byEntity.get("label").asText());
        assertEquals(0, byEntity.get("speakers").size());
        assertEquals("check-worthy", records.get(2).get("attributes").get("checkWorthiness").asText());
        assertTrue(ExportFixture.report(context).notes().contains(
                "claims-jsonl: 3 claims, 1 of them without a claimant (claimants empty), 0 with several claimants"));
    }

    @Test
    void aJointStatementListsEverySpeakerAndEveryClaimantInDocumentOrder() throws Exception {
        fixture = ExportFixture.create(dir.resolve("project"));
        String text = "Kim and 𠮷 Halvorssen expressed concerns that the dam “is not safe”. Both insisted the dam leaks.";
        Document document = fixture.document("joint", text, 0, text.length());
        SpanAnnotation kim = fixture.span(document, "alice", NewsSchema.ENTITY, "PER", "Kim");
        SpanAnnotation halvorssen = fixture.span(document, "alice", NewsSchema.ENTITY, "PER", "𠮷 Halvorssen");
        SpanAnnotation concerns = fixture.span(document, "alice", NewsSchema.QUOTE, "QUOTE", "the dam “is not safe”");
        concerns.getAttributes().put("type", "mixed");
        Spans.link(concerns, NewsSchema.SPEAKER, halvorssen); // linked in the other order than the text has them
        Spans.link(concerns, NewsSchema.SPEAKER, kim);
        SpanAnnotation leaks = fixture.span(document, "alice", NewsSchema.CLAIM, "CLAIM", "the dam leaks");
        Spans.link(leaks, NewsSchema.CLAIMANT, kim);
        Spans.link(leaks, NewsSchema.CLAIMANT, halvorssen);
        SpanAnnotation bySaying = fixture.span(document, "alice", NewsSchema.CLAIM, "CLAIM", "is not safe");
        Spans.link(bySaying, NewsSchema.CLAIMANT, concerns);

        SimpleExportContext quotesContext = fixture.context(dir.resolve("quotes"), "alice", Map.of());
        new QuotesJsonlFormat().write(quotesContext, new NullProgressMonitor());
        JsonNode quote = Jsonl.validRecords(dir.resolve("quotes/all.jsonl"), "quotes-jsonl").get(0);
        assertEquals(List.of("Kim", "𠮷 Halvorssen"), texts(quote.get("speakers")));
        JsonNode second = quote.get("speakers").get(1);
        assertEquals(8, second.get("start").asInt(), "code points: 𠮷 is one");
        assertEquals(text.codePointCount(0, text.indexOf(" expressed")), second.get("end").asInt());
        assertTrue(ExportFixture.report(quotesContext).notes().contains(
                "quotes-jsonl: 1 quotes, 0 of them without a speaker (speakers empty), 1 with several speakers"),
                ExportFixture.report(quotesContext).notes().toString());

        SimpleExportContext claimsContext = fixture.context(dir.resolve("claims"), "alice", Map.of());
        new ClaimsJsonlFormat().write(claimsContext, new NullProgressMonitor());
        List<JsonNode> claims = Jsonl.validRecords(dir.resolve("claims/all.jsonl"), "claims-jsonl");
        assertEquals("is not safe", claims.get(0).get("text").asText());
        JsonNode quoteClaimant = claims.get(0).get("claimants").get(0);
        assertEquals("Quote", quoteClaimant.get("layer").asText());
        assertTrue(quoteClaimant.get("canonical").isNull(), "two speakers: no single canonical name, read speakers");
        assertEquals(List.of("Kim", "𠮷 Halvorssen"), texts(quoteClaimant.get("speakers")));
        assertEquals(List.of("Kim", "𠮷 Halvorssen"), texts(claims.get(1).get("claimants")));
        assertTrue(ExportFixture.report(claimsContext).notes().contains(
                "claims-jsonl: 2 claims, 0 of them without a claimant (claimants empty), 1 with several claimants"),
                ExportFixture.report(claimsContext).notes().toString());
    }

    private static List<String> texts(JsonNode mentions) {
        List<String> texts = new java.util.ArrayList<>();
        mentions.forEach(m -> texts.add(m.get("text").asText()));
        return texts;
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
