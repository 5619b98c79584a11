package org.glossa.review.adjudication;

import java.util.List;

import org.glossa.model.SpanAnnotation;

/**
 * What an adjudication step did to gold.
 *
 * @param created   spans added to gold (targets brought along included)
 * @param replaced  gold spans the step replaced
 * @param undecided annotators' spans (distinct layer, position and label) that are neither in gold nor accepted
 * @param notes     links or attributes that could not come along, and why
 */
public record AdjudicationResult(List<SpanAnnotation> created, int replaced, int undecided, List<String> notes) {

    public AdjudicationResult {
        created = List.copyOf(created);
        notes = List.copyOf(notes);
    }
}
