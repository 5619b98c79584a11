package org.glossa.review.adjudication;

import java.util.List;
import java.util.stream.Stream;

/**
 * What {@link AutoAdjudicateOperation} did, document by document in the request's order.
 *
 * @param documents one outcome per requested document
 */
public record AutoAdjudicationResult(List<DocumentOutcome> documents) {

    public AutoAdjudicationResult {
        documents = List.copyOf(documents);
    }

    /** What happened to one document. */
    public sealed interface DocumentOutcome permits Adjudicated, LeftOut {
        String documentId();

        /** The annotators with a set on the document among those requested. */
        List<String> annotators();
    }

    /**
     * A document adjudicated with the quorum.
     *
     * @param added     spans added to gold (link targets brought along included)
     * @param undecided annotators' spans (distinct layer, position and label) left to the curator
     * @param notes     links or attributes that could not come along, and why
     */
    public record Adjudicated(String documentId, List<String> annotators, int quorum, int added, int undecided,
            List<String> notes) implements DocumentOutcome {

        public Adjudicated {
            annotators = List.copyOf(annotators);
            notes = List.copyOf(notes);
        }
    }

    /**
     * A document left out: fewer annotators have a set there than needed.
     *
     * @param needed how many annotators it would take
     */
    public record LeftOut(String documentId, List<String> annotators, int needed) implements DocumentOutcome {

        public LeftOut {
            annotators = List.copyOf(annotators);
        }
    }

    /** Spans added to gold in all documents. */
    public int added() {
        return adjudicated().mapToInt(Adjudicated::added).sum();
    }

    /** Spans left to the curator in all documents. */
    public int undecided() {
        return adjudicated().mapToInt(Adjudicated::undecided).sum();
    }

    /** Documents left out for too few annotators. */
    public int leftOut() {
        return (int) documents.stream().filter(LeftOut.class::isInstance).count();
    }

    private Stream<Adjudicated> adjudicated() {
        return documents.stream().filter(Adjudicated.class::isInstance).map(Adjudicated.class::cast);
    }
}
