package org.glossa.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.io.article.ImportArticlesOperation;
import org.glossa.io.article.ImportOptions;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.model.validation.InvalidModelException;
import org.glossa.testing.Fixtures;

/**
 * The tests' own corpus of fictional news pages ({@link Fixtures#ownArticles()}), imported as the application
 * imports them (body detection included) and annotated by pattern:
 * runs of capitalised words become ORG, Hangul runs LOC, Han runs GPE; quoted passages become quotes whose speaker
 * is the nearest entity before them, and each quote is also a claim whose claimant is the quote.
 */
final class SeedCorpus {
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)+");
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}{2,}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}{2,}");
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”\\n]{10,400})[\"”]");
    private static final int MAX_PER_PATTERN = 60;

    private SeedCorpus() {
    }

    static List<Document> importAndAnnotate(ExportFixture fixture, String annotator) throws IOException {
        List<Path> articles = Fixtures.ownArticles();
        try {
            new ImportArticlesOperation(fixture.store, articles, ImportOptions.defaults()).execute(new NullProgressMonitor());
        } catch (InvalidModelException e) {
            throw new IllegalStateException(e);
        }
        List<Document> documents = List.copyOf(fixture.store.project().getDocuments());
        assertEquals(5, documents.size(), "the five corpus articles are imported");
        int total = 0;
        for (Document document : documents) {
            total += annotate(fixture, document, annotator);
        }
        assertTrue(total > 50, "the corpus articles get many spans: " + total);
        return documents;
    }

    private static int annotate(ExportFixture fixture, Document document, String annotator) throws IOException {
        String text = fixture.store.text(document);
        List<SpanAnnotation> entities = new ArrayList<>();
        entities.addAll(matches(fixture, document, annotator, CAPITALISED, 0, NewsSchema.ENTITY, "ORG"));
        entities.addAll(matches(fixture, document, annotator, HANGUL, 0, NewsSchema.ENTITY, "LOC"));
        entities.addAll(matches(fixture, document, annotator, HAN, 0, NewsSchema.ENTITY, "GPE"));
        entities.sort(Spans.DOCUMENT_ORDER);
        List<SpanAnnotation> quotes = matches(fixture, document, annotator, QUOTED, 1, NewsSchema.QUOTE, "QUOTE");
        for (SpanAnnotation quote : quotes) {
            entities.stream().filter(e -> e.getEnd() <= quote.getBegin()).reduce((first, second) -> second)
                    .ifPresent(speaker -> {
                        Spans.link(quote, NewsSchema.SPEAKER, speaker);
                        speaker.getAttributes().put(Mentions.CANONICAL, speaker.getLabel() + ":" + text.substring(
                                speaker.getBegin(), speaker.getEnd()).toUpperCase());
                    });
            quote.getAttributes().put("type", "direct");
            SpanAnnotation claim = fixture.span(document, annotator, NewsSchema.CLAIM, "CLAIM", quote.getBegin(), quote.getEnd());
            Spans.link(claim, NewsSchema.CLAIMANT, quote);
        }
        return entities.size() + 2 * quotes.size();
    }

    private static List<SpanAnnotation> matches(ExportFixture fixture, Document document, String annotator, Pattern pattern,
            int group, String layer, String label) throws IOException {
        String text = fixture.store.text(document);
        Matcher matcher = pattern.matcher(text);
        matcher.region(document.getBodyBegin(), document.getBodyEnd());
        List<SpanAnnotation> spans = new ArrayList<>();
        while (matcher.find() && spans.size() < MAX_PER_PATTERN) {
            spans.add(fixture.span(document, annotator, layer, label, matcher.start(group), matcher.end(group)));
        }
        return spans;
    }
}
