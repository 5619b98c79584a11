package org.glossa.review.adjudication;

import java.util.List;

import org.glossa.model.SpanAnnotation;

/**
 * What gold holds at the place of a disagreement.
 *
 * @param holdsFirst  gold has the first annotator's version (same layer, position and label)
 * @param holdsSecond gold has the second annotator's version
 * @param holdsOther  gold has another span of the layer overlapping the place
 * @param spans       every gold span of the layer overlapping the place, in gold's order
 */
public record GoldAtPlace(boolean holdsFirst, boolean holdsSecond, boolean holdsOther, List<SpanAnnotation> spans) {

    public GoldAtPlace {
        spans = List.copyOf(spans);
    }
}
