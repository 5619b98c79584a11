package org.glossa.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EMap;
import org.glossa.model.SpanAnnotation;

/** Removes and restores attribute entries of a span at their exact positions (EMaps are ordered lists too). */
final class AttributeEntries {
    record EntryPosition(int position, Map.Entry<String, String> entry) {
    }

    private AttributeEntries() {
    }

    /** Removes the entries with the given keys; returns their former positions in ascending order. */
    static List<EntryPosition> remove(SpanAnnotation span, Collection<String> keys) {
        EMap<String, String> attributes = span.getAttributes();
        List<EntryPosition> positions = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            if (keys.contains(attributes.get(i).getKey())) {
                positions.add(new EntryPosition(i, attributes.get(i)));
            }
        }
        for (int i = positions.size() - 1; i >= 0; i--) {
            attributes.remove(positions.get(i).position());
        }
        return positions;
    }

    static void restore(SpanAnnotation span, List<EntryPosition> positions) {
        EMap<String, String> attributes = span.getAttributes();
        for (EntryPosition position : positions) {
            attributes.add(position.position(), position.entry());
        }
    }
}
