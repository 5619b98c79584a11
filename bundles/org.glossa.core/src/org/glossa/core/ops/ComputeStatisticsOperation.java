package org.glossa.core.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectStore;
import org.glossa.core.storage.SetDigest;
import org.glossa.core.storage.StorageProblem;
import org.glossa.core.storage.VerifiedFiles;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Annotator;
import org.glossa.model.Document;

/**
 * Counts documents, characters, statuses and spans per layer and label for every annotator. Reads every
 * annotation file changed since it was last found sound (see {@link VerifiedFiles}) once and lets go of it
 * afterwards; damaged files are reported, not fatal.
 */
public final class ComputeStatisticsOperation {
    private final ProjectStore store;

    public ComputeStatisticsOperation(ProjectStore store) {
        this.store = store;
    }

    public ProjectStatistics execute(IProgressMonitor monitor) {
        List<Document> documents = store.project().getDocuments();
        SubMonitor progress = SubMonitor.convert(monitor, "Computing statistics", documents.size());
        long text = 0;
        long body = 0;
        Map<String, Counter> counters = new TreeMap<>();
        for (Annotator annotator : store.project().getAnnotators()) {
            counters.put(annotator.getName(), new Counter());
        }
        List<StorageProblem> problems = new ArrayList<>();
        VerifiedFiles verified = store.verifiedFiles();
        for (Document document : documents) {
            progress.checkCanceled();
            text += document.getTextLength();
            body += document.getBodyEnd() - document.getBodyBegin();
            Map<String, AnnotationStatus> statuses = store.statuses(document);
            for (String annotator : statuses.keySet()) {
                Counter counter = counters.computeIfAbsent(annotator, a -> new Counter());
                try {
                    counter.add(store.digest(document, annotator, verified));
                } catch (DamagedFileException e) {
                    problems.add(e.problem());
                }
            }
            store.releaseUnmodifiedSets();
            progress.worked(1);
        }
        verified.save(documents);
        Map<String, ProjectStatistics.AnnotatorStatistics> result = new LinkedHashMap<>();
        counters.forEach((name, counter) -> result.put(name, counter.toStatistics(documents.size())));
        return new ProjectStatistics(documents.size(), text, body, result, problems);
    }

    private static final class Counter {
        final Map<String, Integer> statuses = new LinkedHashMap<>();
        final Map<String, Map<String, Integer>> spans = new TreeMap<>();
        int total;

        Counter() {
            for (AnnotationStatus status : AnnotationStatus.VALUES) {
                statuses.put(status.getLiteral(), 0);
            }
        }

        void add(SetDigest set) {
            statuses.merge(set.status().getLiteral(), 1, Integer::sum);
            set.spans().forEach((layer, labels) -> labels.forEach((label, count) -> {
                spans.computeIfAbsent(layer, l -> new TreeMap<>()).merge(label, count, Integer::sum);
                total += count;
            }));
        }

        /** Documents without a file for this annotator are not started: they count as NEW. */
        ProjectStatistics.AnnotatorStatistics toStatistics(int documents) {
            int counted = statuses.values().stream().mapToInt(Integer::intValue).sum();
            statuses.merge(AnnotationStatus.NEW.getLiteral(), documents - counted, Integer::sum);
            return new ProjectStatistics.AnnotatorStatistics(statuses, spans, total);
        }
    }
}
