package org.glossa.core.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;

/** Collects the union of the text ranges a command touches, per document, into {@link ModelChange}s. */
final class ChangedRange {
    private final ModelChange.Kind kind;
    private final Map<Document, int[]> ranges = new LinkedHashMap<>();

    ChangedRange(ModelChange.Kind kind) {
        this.kind = kind;
    }

    ChangedRange add(Document document, int begin, int end) {
        int[] range = ranges.get(document);
        if (range == null) {
            ranges.put(document, new int[] { begin, end });
        } else {
            range[0] = Math.min(range[0], begin);
            range[1] = Math.max(range[1], end);
        }
        return this;
    }

    ChangedRange add(Document document, SpanAnnotation span) {
        return span == null ? this : add(document, span.getBegin(), span.getEnd());
    }

    List<ModelChange> changes() {
        List<ModelChange> changes = new ArrayList<>(ranges.size());
        ranges.forEach((document, range) -> changes.add(new ModelChange(document, range[0], range[1], kind)));
        return List.copyOf(changes);
    }
}
