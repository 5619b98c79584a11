package org.glossa.core.ops;

import java.util.List;
import java.util.Map;

import org.glossa.core.storage.StorageProblem;

/**
 * Figures about a project.
 *
 * @param documents      number of documents
 * @param textCharacters characters (UTF-16 units) of all texts
 * @param bodyCharacters characters inside the documents' body regions
 * @param annotators     per annotator name ({@code gold} for the gold sets): statuses and span counts
 * @param problems       annotation files that could not be read (left out of the counts)
 */
public record ProjectStatistics(int documents, long textCharacters, long bodyCharacters,
        Map<String, AnnotatorStatistics> annotators, List<StorageProblem> problems) {

    /**
     * @param statuses documents per status (NEW, IN_PROGRESS, FINISHED); documents without a file count as NEW
     * @param spans    span counts by layer, then by label
     */
    public record AnnotatorStatistics(Map<String, Integer> statuses, Map<String, Map<String, Integer>> spans,
            int totalSpans) {
    }
}
