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
 * Quotes made by several people, annotated by three annotators who agree on every span but differ in the speakers
 * (the text is invented for the test). All three mark the six persons and the quotes Q1-Q3; Q4 is not bob's.
 *
 * <pre>
 *                                    alice              bob       carol
 * Q1 "expressed concerns ..."        Kim, Halvorssen    Kim       Kim, Halvorssen
 * Q2 "the budget is fine"            Lee (cue said)     Lee (cue insisted)   Lee
 * Q3 "warned of floods"              -                  Park      -
 * Q4 "denied any delay"              Moon, Choi         (no Q4)   Moon
 * </pre>
 */
public final class JointStatementStudy {
    public static final String TEXT = "Kim and Halvorssen expressed concerns about the dam. Lee said and insisted that"
            + " the budget is fine. Park warned of floods. Moon and Choi denied any delay.";
    public static final List<String> ANNOTATORS = List.of("alice", "bob", "carol");
    public static final String Q1 = "expressed concerns about the dam";
    public static final String Q2 = "the budget is fine";
    public static final String Q3 = "warned of floods";
    public static final String Q4 = "denied any delay";

    public final ProjectCorpus corpus;
    public final Document document;

    public JointStatementStudy(Path dir) throws IOException, org.glossa.model.validation.InvalidModelException {
        corpus = new ProjectCorpus(dir);
        document = corpus.add("dam", TEXT);
        annotate("alice", List.of("Kim", "Halvorssen"), "said", List.of(), List.of("Moon", "Choi"));
        annotate("bob", List.of("Kim"), "insisted", List.of("Park"), null);
        annotate("carol", List.of("Kim", "Halvorssen"), null, List.of(), List.of("Moon"));
        corpus.store().save();
    }

    public ProjectStore store() {
        return corpus.store();
    }

    public LayerStudy study(String layer) throws IOException {
        return new StudyLoader(store()).load(new AgreementScope(List.of(layer), ANNOTATORS, List.of()), null).get(0);
    }

    public AnnotationSet set(String annotator) throws IOException {
        return store().annotations(document, annotator);
    }

    /** The UTF-16 offset of the words in the text (each occurs once). */
    public static int offset(String words) {
        int at = TEXT.indexOf(words);
        if (at < 0 || TEXT.indexOf(words, at + 1) >= 0) {
            throw new IllegalArgumentException(words);
        }
        return at;
    }

    /** @param q4Speakers null: no Q4 at all */
    private void annotate(String annotator, List<String> q1Speakers, String q2Cue, List<String> q3Speakers,
            List<String> q4Speakers) throws IOException {
        AnnotationSet set = set(annotator);
        set.setStatus(AnnotationStatus.FINISHED);
        for (String person : List.of("Kim", "Halvorssen", "Lee", "Park", "Moon", "Choi")) {
            span(set, NewsSchema.ENTITY, "PER", person);
        }
        quote(set, Q1, q1Speakers);
        SpanAnnotation q2 = quote(set, Q2, List.of("Lee"));
        if (q2Cue != null) {
            Spans.link(q2, NewsSchema.CUE_LINK, span(set, NewsSchema.CUE, "CUE", q2Cue));
        }
        quote(set, Q3, q3Speakers);
        if (q4Speakers != null) {
            quote(set, Q4, q4Speakers);
        }
    }

    private static SpanAnnotation quote(AnnotationSet set, String words, List<String> speakers) {
        SpanAnnotation quote = span(set, NewsSchema.QUOTE, "QUOTE", words);
        for (String speaker : speakers) {
            Spans.link(quote, NewsSchema.SPEAKER, find(set, speaker));
        }
        return quote;
    }

    private static SpanAnnotation span(AnnotationSet set, String layer, String label, String words) {
        int begin = offset(words);
        return Spans.add(set, layer, label, begin, begin + words.length(), set.getAnnotator(), Origin.MANUAL);
    }

    private static SpanAnnotation find(AnnotationSet set, String words) {
        int begin = offset(words);
        return set.getSpans().stream().filter(s -> s.getBegin() == begin && s.getEnd() == begin + words.length())
                .findFirst().orElseThrow();
    }
}
