package org.glossa.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.glossa.agreement.study.AgreementScope;
import org.glossa.agreement.study.LayerStudy;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;
import org.glossa.model.schema.NewsSchema;
import org.glossa.review.study.StudyLoader;

/**
 * A crafted document annotated by three annotators who disagree in known ways (the text is invented for the test):
 * <ul>
 * <li>alice and carol mark PER "Lena Ortiz", bob "Mayor Lena Ortiz" (boundary);</li>
 * <li>alice and bob mark GPE "Riverton" (first), carol does not (missing);</li>
 * <li>all three mark PER "Ortiz" (second), CUE "said" and the quote, linked to the cue;</li>
 * <li>alice and carol mark ORG "Riverton Gazette", bob GPE "Riverton" inside it (label and boundary);</li>
 * <li>the quote's speaker is "Ortiz" for alice and carol, "Mayor Lena Ortiz" for bob (link);</li>
 * <li>alice and carol mark the claim "costs doubled" with claimant ORG "Riverton Gazette"; bob has no claim;</li>
 * <li>alice also marks ORG "MENU" outside the body (left out of agreement).</li>
 * </ul>
 */
public final class CraftedStudy {
    public static final String HEADER = "HOME MENU SPORTS\n";
    public static final String BODY = "Mayor Lena Ortiz told the council in Riverton that the bridge will reopen in May."
            + " \"We are ahead of schedule,\" Ortiz said. The Riverton Gazette reported that costs doubled.";
    public static final String TEXT = HEADER + BODY + "\nMost popular: weather\n";
    public static final List<String> ANNOTATORS = List.of("alice", "bob", "carol");

    public final ProjectCorpus corpus;
    public final Document document;

    public CraftedStudy(Path dir) throws IOException, org.glossa.model.validation.InvalidModelException {
        corpus = new ProjectCorpus(dir);
        document = corpus.add("riverton", TEXT, HEADER.length(), HEADER.length() + BODY.length());
        annotate("alice", "Lena Ortiz", "Ortiz", true, true, true);
        annotate("bob", "Mayor Lena Ortiz", "Mayor Lena Ortiz", false, true, false);
        annotate("carol", "Lena Ortiz", "Ortiz", true, false, true);
        SpanAnnotation outside = Spans.add(corpus.store().annotations(document, "alice"), NewsSchema.ENTITY, "ORG",
                offset("MENU", 1), offset("MENU", 1) + 4, "alice", Origin.MANUAL);
        outside.setNote("outside the body");
        corpus.store().save();
    }

    public ProjectStore store() {
        return corpus.store();
    }

    /** The UTF-16 offset of the n-th (1-based) occurrence of the word in the text. */
    public static int offset(String word, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = TEXT.indexOf(word, at + 1);
        }
        if (at < 0) {
            throw new IllegalArgumentException(word + " #" + occurrence);
        }
        return at;
    }

    public LayerStudy study(String layer) throws IOException {
        return new StudyLoader(store()).load(new AgreementScope(List.of(layer), ANNOTATORS, List.of()), null).get(0);
    }

    public AnnotationSet set(String annotator) throws IOException {
        return store().annotations(document, annotator);
    }

    private void annotate(String annotator, String person, String speaker, boolean gazette, boolean firstRiverton,
            boolean claim) throws IOException {
        AnnotationSet set = store().annotations(document, annotator);
        set.setStatus(AnnotationStatus.FINISHED);
        span(set, NewsSchema.ENTITY, "PER", person, 1);
        if (firstRiverton) {
            span(set, NewsSchema.ENTITY, "GPE", "Riverton", 1);
        }
        SpanAnnotation ortiz = span(set, NewsSchema.ENTITY, "PER", "Ortiz", 2);
        SpanAnnotation organisation = gazette ? span(set, NewsSchema.ENTITY, "ORG", "Riverton Gazette", 1)
                : span(set, NewsSchema.ENTITY, "GPE", "Riverton", 2);
        SpanAnnotation cue = span(set, NewsSchema.CUE, "CUE", "said", 1);
        SpanAnnotation quote = span(set, NewsSchema.QUOTE, "QUOTE", "\"We are ahead of schedule,\"", 1);
        SpanAnnotation speakerSpan = speaker.equals("Ortiz") ? ortiz : find(set, speaker);
        Spans.link(quote, NewsSchema.SPEAKER, speakerSpan);
        Spans.link(quote, NewsSchema.CUE_LINK, cue);
        if (claim) {
            SpanAnnotation claimSpan = span(set, NewsSchema.CLAIM, "CLAIM", "costs doubled", 1);
            Spans.link(claimSpan, NewsSchema.CLAIMANT, organisation);
        }
    }

    private static SpanAnnotation span(AnnotationSet set, String layer, String label, String words, int occurrence) {
        int begin = offset(words, occurrence);
        return Spans.add(set, layer, label, begin, begin + words.length(), set.getAnnotator(), Origin.MANUAL);
    }

    private static SpanAnnotation find(AnnotationSet set, String words) {
        int begin = offset(words, 1);
        return set.getSpans().stream().filter(s -> s.getBegin() == begin && s.getEnd() == begin + words.length())
                .findFirst().orElseThrow();
    }
}
