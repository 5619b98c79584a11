package org.glossa.review.adjudication;

import java.util.ArrayList;
import java.util.List;

import org.glossa.agreement.study.SpanSnapshot;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.review.diff.Disagreement;

/**
 * The curator's decisions on the disagreements the walker lists, applied to gold through an {@link Adjudicator}:
 * each one undoable in the gold session. The disagreements' snapshots are mapped back to the annotators' spans by
 * id, and to gold by layer, position and label.
 */
public final class DisagreementDecisions {
    /** What the curator chose for one disagreement. */
    public enum Choice {
        FIRST, SECOND, MERGE, NOTHING
    }

    private final Adjudicator adjudicator;
    private final ProjectStore store;

    /** @param adjudicator the curator's adjudicator, whose gold session takes every decision */
    public DisagreementDecisions(Adjudicator adjudicator) {
        this.adjudicator = adjudicator;
        this.store = adjudicator.session().store();
    }

    /** Choosing the side that marked nothing means gold keeps nothing there. */
    public AdjudicationResult decide(Disagreement d, Choice choice) throws DamagedFileException {
        Document document = document(d);
        SpanAnnotation first = model(document, d.a(), d.versionA());
        SpanAnnotation second = model(document, d.b(), d.versionB());
        List<SpanAnnotation> both = new ArrayList<>();
        if (first != null) {
            both.add(first);
        }
        if (second != null) {
            both.add(second);
        }
        return switch (choice) {
            case FIRST -> first == null ? adjudicator.reject(document, both) : adjudicator.accept(document, first, others(both, first));
            case SECOND -> second == null ? adjudicator.reject(document, both)
                    : adjudicator.accept(document, second, others(both, second));
            case MERGE -> both.size() == 2 ? adjudicator.merge(document, both) : adjudicator.accept(document, both.get(0), List.of());
            case NOTHING -> adjudicator.reject(document, both);
        };
    }

    /** The gold span holding one of the versions, after accepting a version when gold has none; null if none can be. */
    public SpanAnnotation goldSpanToEdit(Disagreement d) throws DamagedFileException {
        SpanAnnotation existing = goldSpan(d);
        if (existing != null) {
            return existing;
        }
        AdjudicationResult accepted = decide(d, d.versionA() != null ? Choice.FIRST : Choice.SECOND);
        return accepted.created().isEmpty() ? null : accepted.created().get(0);
    }

    /** What gold holds at the place of the disagreement. */
    public GoldAtPlace gold(Disagreement d) throws DamagedFileException {
        boolean holdsFirst = false;
        boolean holdsSecond = false;
        boolean holdsOther = false;
        List<SpanAnnotation> here = new ArrayList<>();
        for (SpanAnnotation span : gold().set(document(d)).getSpans()) {
            if (holds(span, d.versionA())) {
                holdsFirst = true;
            } else if (holds(span, d.versionB())) {
                holdsSecond = true;
            } else if (atPlace(span, d)) {
                holdsOther = true;
            }
            if (atPlace(span, d)) {
                here.add(span);
            }
        }
        return new GoldAtPlace(holdsFirst, holdsSecond, holdsOther, here);
    }

    private EditingSession gold() {
        return adjudicator.session();
    }

    private SpanAnnotation goldSpan(Disagreement d) throws DamagedFileException {
        for (SpanAnnotation span : gold().set(document(d)).getSpans()) {
            if (holds(span, d.versionA()) || holds(span, d.versionB())) {
                return span;
            }
        }
        return null;
    }

    private Document document(Disagreement d) {
        return store.document(d.documentId()).orElseThrow(() -> new IllegalStateException("no document " + d.documentId()));
    }

    private SpanAnnotation model(Document document, String annotator, SpanSnapshot version) throws DamagedFileException {
        if (version == null) {
            return null;
        }
        for (SpanAnnotation span : store.annotations(document, annotator).getSpans()) {
            if (span.getId().equals(version.id())) {
                return span;
            }
        }
        throw new IllegalStateException(annotator + "'s span changed since agreement was computed; wait for the update");
    }

    private static List<SpanAnnotation> others(List<SpanAnnotation> versions, SpanAnnotation chosen) {
        return versions.stream().filter(v -> v != chosen).toList();
    }

    private static boolean atPlace(SpanAnnotation span, Disagreement d) {
        SpanSnapshot any = d.versionA() != null ? d.versionA() : d.versionB();
        return span.getLayer().equals(any.layer()) && span.getBegin() < d.end() && d.begin() < span.getEnd();
    }

    private static boolean holds(SpanAnnotation span, SpanSnapshot version) {
        return version != null && SpanKey.of(span).equals(new SpanKey(version.layer(), version.begin(), version.end(),
                version.label()));
    }
}
