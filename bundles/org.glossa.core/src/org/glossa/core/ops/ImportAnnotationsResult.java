package org.glossa.core.ops;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an annotation import did (it applied completely; otherwise it threw and changed nothing).
 *
 * @param matched        ids of project documents the files' documents were matched to (by id or by text)
 * @param created        ids of documents created from texts the project did not have
 * @param spans          spans added to the annotator's sets
 * @param links          links added
 * @param alreadyPresent spans (and links) skipped because the set already had an identical one, e.g. when a
 *                       file is imported twice
 * @param labelsAdded    labels added to the schema, by layer
 * @param withoutSpans   ids of documents the files annotate with no spans: the annotator's set of each exists and is
 *                       empty ("nothing to mark here"), and counts in agreement like any other
 * @param warnings       what was skipped or adapted, each with how often and where first
 */
public record ImportAnnotationsResult(List<String> matched, List<String> created, int spans, int links,
        int alreadyPresent, Map<String, List<String>> labelsAdded, List<String> withoutSpans, List<String> warnings) {
    public ImportAnnotationsResult {
        matched = List.copyOf(matched);
        created = List.copyOf(created);
        labelsAdded = Collections.unmodifiableMap(new LinkedHashMap<>(labelsAdded));
        withoutSpans = List.copyOf(withoutSpans);
        warnings = List.copyOf(warnings);
    }
}
