package org.glossa.review.study;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glossa.agreement.study.AgreementScope;
import org.glossa.agreement.study.DocumentSpans;
import org.glossa.agreement.study.LayerStudy;
import org.glossa.agreement.study.SpanSnapshot;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectLayout;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.LinkType;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;
import org.glossa.model.query.Spans;

/**
 * Reads the studies of a scope from a project: one {@link LayerStudy} per layer, as snapshots. Touches the model,
 * so it runs where the model may be read (the UI thread in the workbench); what it returns may go anywhere.
 * <p>
 * A document is compared only when every compared annotator has an annotation set for it: a missing set means
 * "not annotated yet", not "nothing to mark", and counting it as empty would look like disagreement. An empty set
 * does mean "nothing to mark here": its annotator is a rater with no units, as in DKPro Agreement.
 */
public final class StudyLoader {
    private final ProjectStore store;

    /** @param store the project whose annotation sets are read (nothing is changed) */
    public StudyLoader(ProjectStore store) {
        this.store = store;
    }

    /**
     * Reads the scope's annotation sets into one study per layer.
     *
     * @throws IllegalArgumentException for an unknown layer, annotator or document, or fewer than two annotators
     * @throws DamagedFileException     when an annotation set cannot be read
     */
    public List<LayerStudy> load(AgreementScope scope, IProgressMonitor monitor) throws DamagedFileException {
        List<Layer> layers = layers(scope);
        List<Document> documents = documents(store, scope.documents());
        List<String> annotators = annotators(scope, documents);
        SubMonitor progress = SubMonitor.convert(monitor, "Reading annotations", documents.size());
        Map<String, String> leftOut = new LinkedHashMap<>();
        List<Document> compared = new ArrayList<>();
        for (Document document : documents) {
            List<String> missing = annotators.stream().filter(a -> !store.hasAnnotations(document, a)).toList();
            if (missing.isEmpty()) {
                compared.add(document);
            } else {
                leftOut.put(document.getId(), "not annotated by " + String.join(", ", missing));
            }
        }
        List<List<DocumentSpans>> perLayer = new ArrayList<>();
        int[] outside = new int[layers.size()];
        layers.forEach(l -> perLayer.add(new ArrayList<>()));
        for (Document document : compared) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            List<List<SpanAnnotation>> sets = new ArrayList<>();
            for (String annotator : annotators) {
                sets.add(store.annotations(document, annotator).getSpans());
            }
            for (int l = 0; l < layers.size(); l++) {
                String layer = layers.get(l).getName();
                List<List<SpanSnapshot>> spans = new ArrayList<>();
                for (List<SpanAnnotation> set : sets) {
                    List<SpanSnapshot> inBody = new ArrayList<>();
                    for (SpanAnnotation span : set) {
                        if (!layer.equals(span.getLayer())) {
                            continue;
                        }
                        if (span.getBegin() < document.getBodyBegin() || span.getEnd() > document.getBodyEnd()) {
                            outside[l]++;
                        } else {
                            inBody.add(SpanSnapshot.of(span));
                        }
                    }
                    inBody.sort(SNAPSHOT_ORDER);
                    spans.add(inBody);
                }
                perLayer.get(l).add(new DocumentSpans(document.getId(), document.getBodyBegin(), document.getBodyEnd(), spans));
            }
            progress.worked(1);
        }
        List<LayerStudy> studies = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            studies.add(new LayerStudy(layer.getName(), layer.getLabels().stream().map(Label::getName).toList(),
                    layer.getLinkTypes().stream().map(LinkType::getName).toList(), annotators, perLayer.get(l), outside[l],
                    leftOut));
        }
        return studies;
    }

    /** Document order, as {@link Spans#DOCUMENT_ORDER}, on snapshots. */
    public static final java.util.Comparator<SpanSnapshot> SNAPSHOT_ORDER = java.util.Comparator
            .comparingInt(SpanSnapshot::begin).thenComparing(SpanSnapshot::end, java.util.Comparator.reverseOrder())
            .thenComparing(SpanSnapshot::label).thenComparing(SpanSnapshot::id);

    private List<Layer> layers(AgreementScope scope) {
        if (scope.layers().isEmpty()) {
            return List.copyOf(store.schema().getLayers());
        }
        List<Layer> layers = new ArrayList<>();
        for (String name : scope.layers()) {
            layers.add(SchemaQuery.layer(store.schema(), name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown layer '" + name + "' (layers: " + String.join(", ",
                            store.schema().getLayers().stream().map(Layer::getName).toList()) + ")")));
        }
        return layers;
    }

    /**
     * The documents with these ids, in the order given (all documents, in project order, for none).
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public static List<Document> documents(ProjectStore store, List<String> ids) {
        if (ids.isEmpty()) {
            return List.copyOf(store.project().getDocuments());
        }
        List<Document> documents = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            documents.add(store.document(id).orElseThrow(() -> new IllegalArgumentException("unknown document '" + id + "'")));
        }
        return documents;
    }

    /**
     * The annotators (gold aside) with an annotation set on any of the documents, empty sets included: those the
     * project lists first, in its order, then any others (sets copied in by hand) by name. Reads only the files'
     * first element.
     */
    public static List<String> annotatorsWithAnnotations(ProjectStore store, Collection<Document> documents) {
        Set<String> withSets = new java.util.TreeSet<>();
        for (Document document : documents) {
            withSets.addAll(store.statuses(document).keySet());
        }
        withSets.remove(ProjectLayout.GOLD);
        List<String> annotators = new ArrayList<>();
        store.project().getAnnotators().forEach(a -> {
            if (withSets.remove(a.getName())) {
                annotators.add(a.getName());
            }
        });
        annotators.addAll(withSets);
        return annotators;
    }

    /**
     * The ids of the documents on which at least two of the annotators (empty: anyone) have sets and every one of
     * those sets is finished: what a reviewer usually wants to measure.
     */
    public static List<String> finishedByAll(ProjectStore store, Collection<String> annotators) {
        List<String> finished = new ArrayList<>();
        for (Document document : store.project().getDocuments()) {
            Map<String, AnnotationStatus> statuses = new java.util.HashMap<>(store.statuses(document));
            statuses.remove(ProjectLayout.GOLD);
            if (!annotators.isEmpty()) {
                statuses.keySet().retainAll(annotators);
            }
            if (statuses.size() >= 2 && statuses.values().stream().allMatch(s -> s == AnnotationStatus.FINISHED)) {
                finished.add(document.getId());
            }
        }
        return finished;
    }

    private List<String> annotators(AgreementScope scope, List<Document> documents) {
        List<String> withSets = annotatorsWithAnnotations(store, documents);
        List<String> annotators;
        if (scope.annotators().isEmpty()) {
            annotators = withSets;
        } else {
            annotators = List.copyOf(new LinkedHashSet<>(scope.annotators()));
            for (String annotator : annotators) {
                if (ProjectLayout.GOLD.equals(annotator)) {
                    throw new IllegalArgumentException("'gold' is the adjudicated set, not an annotator to compare");
                }
                if (!withSets.contains(annotator)) {
                    throw new IllegalArgumentException("annotator '" + annotator
                            + "' has no annotation set on the selected documents (annotators with sets: "
                            + (withSets.isEmpty() ? "none" : String.join(", ", withSets)) + ")");
                }
            }
        }
        if (annotators.size() < 2) {
            throw new IllegalArgumentException("agreement needs at least two annotators with annotation sets on the"
                    + " selected documents; found " + (annotators.isEmpty() ? "none" : String.join(", ", annotators)));
        }
        return annotators;
    }
}
