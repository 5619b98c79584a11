package org.glossa.review.adjudication;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glossa.agreement.study.AgreementScope;
import org.glossa.agreement.study.LayerStudy;
import org.glossa.core.ops.UndecidedDisagreements;
import org.glossa.core.storage.ProjectLayout;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.review.diff.Disagreement;
import org.glossa.review.diff.DisagreementFinder;
import org.glossa.review.study.StudyLoader;

/**
 * Counts the places in a document where its annotators disagree (what the disagreement walker lists, for every
 * pair of annotators with a set there, empty sets included) and gold has decided nothing yet: gold has no span of
 * the layer overlapping the place, so neither version nor another was taken.
 * <p>
 * "Nothing here" leaves no trace in gold, so it cannot be told from "not decided yet" place by place. A gold set
 * marked finished is the curator's word that every place was decided: such documents have no undecided places.
 * Overlapping disagreements of one layer (one place seen by several pairs) count as one place.
 */
public final class UndecidedGoldPlaces implements UndecidedDisagreements {

    @Override
    public Map<String, Integer> count(ProjectStore store, List<String> layers, List<String> documentIds)
            throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String id : documentIds) {
            Document document = store.document(id).orElseThrow(() -> new IllegalArgumentException("unknown document '" + id + "'"));
            int places = count(store, layers, document);
            if (places > 0) {
                counts.put(id, places);
            }
        }
        return counts;
    }

    private static int count(ProjectStore store, List<String> layers, Document document) throws IOException {
        List<String> annotators = StudyLoader.annotatorsWithAnnotations(store, List.of(document));
        if (annotators.size() < 2 || !store.hasAnnotations(document, ProjectLayout.GOLD)) {
            return 0;
        }
        AnnotationSet gold = store.annotations(document, ProjectLayout.GOLD);
        if (gold.getStatus() == AnnotationStatus.FINISHED) {
            return 0;
        }
        List<LayerStudy> studies = new StudyLoader(store)
                .load(new AgreementScope(layers, annotators, List.of(document.getId())), null);
        int places = 0;
        for (LayerStudy study : studies) {
            List<int[]> undecided = new ArrayList<>();
            for (int a = 0; a < annotators.size(); a++) {
                for (int b = a + 1; b < annotators.size(); b++) {
                    for (Disagreement d : DisagreementFinder.between(study, a, b, null)) {
                        if (!goldDecided(gold, study.layer(), d)) {
                            undecided.add(new int[] { d.begin(), d.end() });
                        }
                    }
                }
            }
            places += distinctPlaces(undecided);
        }
        return places;
    }

    /** Gold holds one of the versions, or something else of the layer at the place: the curator has decided. */
    private static boolean goldDecided(AnnotationSet gold, String layer, Disagreement d) {
        for (SpanAnnotation span : gold.getSpans()) {
            if (span.getLayer().equals(layer) && span.getBegin() < d.end() && d.begin() < span.getEnd()) {
                return true;
            }
        }
        return false;
    }

    /** The number of groups of overlapping ranges. */
    private static int distinctPlaces(List<int[]> ranges) {
        ranges.sort(Comparator.comparingInt((int[] r) -> r[0]));
        int places = 0;
        int end = Integer.MIN_VALUE;
        for (int[] range : ranges) {
            if (range[0] >= end) {
                places++;
            }
            end = Math.max(end, range[1]);
        }
        return places;
    }
}
