package org.glossa.io.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;

/**
 * Generated news-like documents for the round trips: English mixed with Korean and Chinese, emoji (some with
 * modifiers and flags) and a supplementary-plane Han character (𠮷), so that code points and UTF-16 units differ;
 * page boilerplate around the body; entities nested in quotes, a claim crossing a quote, identical duplicate spans,
 * links (speaker, cue, claimant), attributes and notes.
 */
final class GeneratedCorpus {
    private static final String[] PEOPLE = { "Kim Min-jun", "Lee Seo-yeon", "김민준", "王芳", "𠮷田 Hana", "Ana 😊 Souza" };
    private static final String[] ORGANISATIONS = { "Ministry of Unification", "통일부", "外交部", "Seoul Data Lab 🚀" };
    private static final String[] PLACES = { "Seoul", "서울", "北京", "Jilin 𠮷林", "Busan 🇰🇷" };
    private static final String[] QUOTES = { "we will not give up on %s", "%s must answer today 👍🏽", "우리는 %s와 함께 간다",
            "%s的立场没有改变" };

    private final ExportFixture fixture;
    private final Random random;

    private GeneratedCorpus(ExportFixture fixture, long seed) {
        this.fixture = fixture;
        this.random = new Random(seed);
    }

    /** Adds {@code count} documents (ids gen-0, gen-1, ...) annotated by {@code annotator}; returns them. */
    static List<Document> populate(ExportFixture fixture, String annotator, int count, long seed) throws IOException {
        GeneratedCorpus corpus = new GeneratedCorpus(fixture, seed);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(corpus.document("gen-" + i, annotator));
        }
        return documents;
    }

    /** Spans are planned while the text is built, then added once the document exists. */
    private record Planned(String layer, String label, int begin, int end) {
    }

    private Document document(String id, String annotator) throws IOException {
        StringBuilder text = new StringBuilder("Home | News | 로그인 | 登录 😀\nMenu\n\n");
        int bodyBegin = text.length();
        List<Planned> plan = new ArrayList<>();
        List<int[]> attributions = new ArrayList<>(); // {speaker, cue, quote, claim} indexes into plan, -1 if none
        int sentences = 3 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            switch (random.nextInt(4)) {
                case 0 -> {
                    int speaker = entity(text, plan, "PER", pick(PEOPLE));
                    int cue = append(text, plan, NewsSchema.CUE, "CUE", " said");
                    text.append(": “");
                    int quoteBegin = text.length();
                    String[] parts = pick(QUOTES).split("%s", 2);
                    text.append(parts[0]);
                    int nested = entity(text, plan, "ORG", pick(ORGANISATIONS));
                    text.append(parts[1]);
                    int quote = plan.size();
                    plan.add(new Planned(NewsSchema.QUOTE, "QUOTE", quoteBegin, text.length()));
                    text.append("”, ");
                    // a claim that starts inside the quote and ends after it: crossing, not nested
                    int claimBegin = plan.get(nested).begin();
                    text.append("and prices rose 5% in ");
                    entity(text, plan, "GPE", pick(PLACES));
                    int claim = plan.size();
                    plan.add(new Planned(NewsSchema.CLAIM, "CLAIM", claimBegin, text.length()));
                    text.append(". ");
                    attributions.add(new int[] { speaker, cue, quote, claim });
                }
                case 1 -> {
                    text.append("According to ");
                    int organisation = entity(text, plan, "ORG", pick(ORGANISATIONS));
                    text.append(", ");
                    int claimBegin = text.length();
                    text.append("600 people were sent back from ");
                    entity(text, plan, "LOC", pick(PLACES));
                    int claim = plan.size();
                    plan.add(new Planned(NewsSchema.CLAIM, "CLAIM", claimBegin, text.length()));
                    text.append(". ");
                    attributions.add(new int[] { organisation, -1, -1, claim });
                }
                case 2 -> {
                    entity(text, plan, "PER", pick(PEOPLE));
                    text.append("는 ");
                    int place = entity(text, plan, "GPE", pick(PLACES));
                    // the same place twice: identical duplicate spans must survive the round trip
                    plan.add(plan.get(place));
                    text.append("에서 회의를 열었다. ");
                }
                default -> {
                    entity(text, plan, "PER", pick(PEOPLE));
                    text.append("在");
                    entity(text, plan, "GPE", pick(PLACES));
                    text.append("会见了记者。🎉🎉 ");
                }
            }
            if (random.nextInt(3) == 0) {
                text.append("\n\n");
            }
        }
        int bodyEnd = text.length();
        text.append("\n\nMost popular: 𠮷 news 🔥 | 많이 본 기사\n");
        Document document = fixture.document(id, text.toString(), bodyBegin, bodyEnd);
        List<SpanAnnotation> spans = new ArrayList<>();
        for (Planned planned : plan) {
            spans.add(fixture.span(document, annotator, planned.layer(), planned.label(), planned.begin(), planned.end()));
        }
        for (int[] attribution : attributions) {
            SpanAnnotation source = attribution[2] >= 0 ? spans.get(attribution[2]) : null;
            SpanAnnotation claim = spans.get(attribution[3]);
            if (source != null) {
                Spans.link(source, NewsSchema.SPEAKER, spans.get(attribution[0]));
                Spans.link(source, NewsSchema.CUE_LINK, spans.get(attribution[1]));
                source.getAttributes().put("type", random.nextBoolean() ? "direct" : "mixed");
                Spans.link(claim, NewsSchema.CLAIMANT, source);
            } else {
                Spans.link(claim, NewsSchema.CLAIMANT, spans.get(attribution[0]));
                claim.setNote("needs a source, \"urgently\"\nsecond line");
            }
            claim.getAttributes().put("stance", random.nextBoolean() ? "asserts" : "denies");
            spans.get(attribution[0]).getAttributes().put(Mentions.CANONICAL, "Canonical " + attribution[0]);
        }
        return document;
    }

    private int entity(StringBuilder text, List<Planned> plan, String label, String name) {
        return append(text, plan, NewsSchema.ENTITY, label, name);
    }

    private static int append(StringBuilder text, List<Planned> plan, String layer, String label, String part) {
        int begin = text.length() + (part.startsWith(" ") ? 1 : 0);
        text.append(part);
        plan.add(new Planned(layer, label, begin, text.length()));
        return plan.size() - 1;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
