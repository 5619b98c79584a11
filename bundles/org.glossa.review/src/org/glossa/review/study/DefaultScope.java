package org.glossa.review.study;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glossa.agreement.study.AgreementScope;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;

/**
 * The comparison to show when nobody has chosen one: a group of at least two annotators and the documents on which
 * every one of them has annotations, so that agreement is computed on something. Comparing everyone with annotations
 * compares nothing as soon as one annotator worked on other documents than the rest.
 * <p>
 * The documents are as many as two or more annotators share; the annotators are all who annotated every one of those
 * documents; between groups alike in both, the one whose annotators are listed first wins (project order, then by
 * name). Documents come first because they keep the choice steady: one more annotator on one document does not take
 * the comparison away from the others. The candidate groups are the annotators of each document and their common
 * parts (intersections), so every candidate shares at least one document.
 *
 * @param annotators the annotators to compare, at least two; empty when nothing is comparable
 * @param documents  the ids of the documents every one of them annotated, in project order; empty likewise
 * @param reason     why nothing is comparable (one line), or null
 */
public record DefaultScope(List<String> annotators, List<String> documents, String reason) {
    /** Enough for any real team; beyond it, later intersections are not tried (the result stays deterministic). */
    private static final int MAX_GROUPS = 4096;

    public DefaultScope {
        annotators = List.copyOf(annotators);
        documents = List.copyOf(documents);
        if (annotators.isEmpty() != (reason != null)) {
            throw new IllegalArgumentException("a default scope has annotators or a reason why it has none");
        }
    }

    /** Whether there is nothing to compare; {@link #reason()} says why. */
    public boolean isEmpty() {
        return annotators.isEmpty();
    }

    /** The scope of these layers (empty: every layer) with the chosen annotators and documents. */
    public AgreementScope scope(List<String> layers) {
        return new AgreementScope(layers, annotators, documents);
    }

    /**
     * The default comparison among the given documents (all documents of the project for an empty list), from the
     * annotation sets on them (gold aside), as {@link StudyLoader} sees them.
     *
     * @throws IllegalArgumentException for an unknown document id
     */
    public static DefaultScope of(ProjectStore store, List<String> documentIds) {
        Map<String, List<String>> annotatorsByDocument = new LinkedHashMap<>();
        for (Document document : StudyLoader.documents(store, documentIds)) {
            annotatorsByDocument.put(document.getId(), StudyLoader.annotatorsWithAnnotations(store, List.of(document)));
        }
        return choose(annotatorsByDocument);
    }

    /**
     * The default comparison of documents (in the order given) with their annotators (each list in the order in which
     * annotators are preferred when everything else is equal).
     */
    public static DefaultScope choose(Map<String, ? extends Collection<String>> annotatorsByDocument) {
        List<String> names = new ArrayList<>();
        for (Collection<String> annotators : annotatorsByDocument.values()) {
            for (String name : annotators) {
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        List<String> ids = new ArrayList<>(annotatorsByDocument.keySet());
        List<BitSet> byDocument = new ArrayList<>();
        for (Collection<String> annotators : annotatorsByDocument.values()) {
            BitSet set = new BitSet();
            annotators.forEach(name -> set.set(names.indexOf(name)));
            byDocument.add(set);
        }
        Set<BitSet> groups = candidateGroups(byDocument);
        if (groups.isEmpty()) {
            return new DefaultScope(List.of(), List.of(), nothingComparable(names));
        }
        BitSet best = null;
        int bestDocuments = -1;
        for (BitSet group : groups) {
            int documents = (int) byDocument.stream().filter(set -> covers(set, group)).count();
            if (documents > bestDocuments || documents == bestDocuments && (group.cardinality() > best.cardinality()
                    || group.cardinality() == best.cardinality() && listedEarlier(group, best))) {
                best = group;
                bestDocuments = documents;
            }
        }
        List<String> annotators = best.stream().mapToObj(names::get).toList();
        List<String> documents = new ArrayList<>();
        for (int d = 0; d < ids.size(); d++) {
            if (covers(byDocument.get(d), best)) {
                documents.add(ids.get(d));
            }
        }
        return new DefaultScope(annotators, documents, null);
    }

    /** The annotators of each document with two or more, and the common parts of those groups. */
    private static Set<BitSet> candidateGroups(List<BitSet> byDocument) {
        Set<BitSet> groups = new LinkedHashSet<>();
        for (BitSet set : byDocument) {
            if (set.cardinality() >= 2) {
                groups.add(set);
            }
        }
        List<BitSet> pending = new ArrayList<>(groups);
        for (int i = 0; i < pending.size() && groups.size() < MAX_GROUPS; i++) {
            for (int j = 0; j < i && groups.size() < MAX_GROUPS; j++) {
                BitSet common = (BitSet) pending.get(i).clone();
                common.and(pending.get(j));
                if (common.cardinality() >= 2 && groups.add(common)) {
                    pending.add(common);
                }
            }
        }
        return groups;
    }

    private static boolean covers(BitSet documentAnnotators, BitSet group) {
        BitSet missing = (BitSet) group.clone();
        missing.andNot(documentAnnotators);
        return missing.isEmpty();
    }

    /** Whether the group's first differing annotator comes earlier in the preferred order. */
    private static boolean listedEarlier(BitSet group, BitSet other) {
        BitSet difference = (BitSet) group.clone();
        difference.xor(other);
        int first = difference.nextSetBit(0);
        return first >= 0 && group.get(first);
    }

    private static String nothingComparable(List<String> names) {
        if (names.isEmpty()) {
            return "nothing to compare: no annotator has annotations on these documents yet";
        }
        if (names.size() == 1) {
            return "nothing to compare: only " + names.get(0) + " has annotations on these documents";
        }
        return "nothing to compare: no document has annotations of two annotators yet (" + String.join(", ", names)
                + " each worked on other documents)";
    }
}
