package org.glossa.core.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.glossa.model.Document;
import org.glossa.model.Layer;

/**
 * Decides which occurrences "annotate all" turns into spans: not those that already have a span with the
 * layer and label, nor repeats, nor (in a layer that forbids overlaps) those that would overlap a span of the
 * layer, existing or planned.
 */
final class OccurrencePlan {
    private final Layer layer;
    private final String label;
    private final List<CreateSpansCommand.Planned> planned = new ArrayList<>();
    private final Set<String> plannedRanges = new HashSet<>();
    /** Per document, the planned spans of a no-overlap layer by begin; they are disjoint. */
    private final Map<Document, TreeMap<Integer, Integer>> plannedExtents = new HashMap<>();

    OccurrencePlan(Layer layer, String label) {
        this.layer = layer;
        this.label = label;
    }

    /** Plans a span at [begin, end) of the target's document unless one of the rules above skips it. */
    void offer(IndexedSet target, int begin, int end) {
        boolean exists = target.index().withRange(begin, end).stream()
                .anyMatch(s -> layer.getName().equals(s.getLayer()) && label.equals(s.getLabel()));
        if (exists || !plannedRanges.add(target.document().getId() + ':' + begin + ':' + end)) {
            return;
        }
        if (!layer.isAllowOverlap()) {
            TreeMap<Integer, Integer> extents = plannedExtents.computeIfAbsent(target.document(), d -> new TreeMap<>());
            Map.Entry<Integer, Integer> before = extents.floorEntry(end - 1);
            if (before != null && before.getValue() > begin
                    || EditRules.firstOverlap(target.index(), layer, begin, end, null) != null) {
                return;
            }
            extents.put(begin, end);
        }
        planned.add(new CreateSpansCommand.Planned(target, layer.getName(), label, begin, end));
    }

    List<CreateSpansCommand.Planned> planned() {
        return planned;
    }
}
