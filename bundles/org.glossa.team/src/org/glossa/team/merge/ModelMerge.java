package org.glossa.team.merge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.glossa.core.storage.SecureXmi;

/**
 * A three-way merge of one Glossa XMI file (the project index or an annotation set) by identity, never by lines:
 * elements are matched by their id or name (documents by id, layers, labels and annotators by name, spans by id,
 * metadata and attribute entries by key, links by type and target), each property is merged on its own, and what
 * only one side changed is taken from that side. Only a property both sides changed to different values is a
 * conflict, and a conflict is named ({@link MergeConflict}) instead of being written into the file.
 * <p>
 * Span numbering is merged by rule: two copies of one annotator's set (two machines) that both created spans keep
 * the higher next number, and a span this side created under an id the other side used for another span is
 * renumbered, so that both are kept.
 */
public final class ModelMerge {
    private static final String REMOVED = "(removed)";
    private static final String NEXT_SPAN_NUMBER = "nextSpanNumber";
    /** When and by whom an element was made: two copies of one new element keep this side's record. */
    private static final Set<String> BOOKKEEPING = Set.of("createdAt", "createdBy");

    private final String file;
    private final Resolution resolution;
    private final List<MergeConflict> conflicts = new ArrayList<>();
    private final List<MergeConflict> resolved = new ArrayList<>();
    /** Where each element of the three versions sits, computed before anything moves. */
    private final Map<EObject, String> paths = new IdentityHashMap<>();

    /** The merged file, with the conflicts left open (none when it may be written) and those decided by rule. */
    public record Result(byte[] bytes, List<MergeConflict> conflicts, List<MergeConflict> resolved) {
        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    private ModelMerge(String file, Resolution resolution) {
        this.file = file;
        this.resolution = resolution;
    }

    /**
     * @param file       the file's path in the project, for messages
     * @param base       the common ancestor's bytes, or {@code null} when both sides added the file
     * @param ours       this working copy's bytes
     * @param theirs     the shared repository's bytes
     * @param resolution what to do with a genuine conflict
     * @throws IOException when one of the versions is not a readable Glossa file (named with the side)
     */
    public static Result merge(String file, byte[] base, byte[] ours, byte[] theirs, Resolution resolution)
            throws IOException {
        ModelMerge merge = new ModelMerge(file, resolution);
        EObject baseRoot = base == null ? null : load(file, "the common version", base).getContents().get(0);
        XMIResourceImpl oursResource = load(file, "this working copy's version", ours);
        EObject theirsRoot = load(file, "the shared version", theirs).getContents().get(0);
        EObject oursRoot = oursResource.getContents().get(0);
        if (oursRoot.eClass() != theirsRoot.eClass() || (baseRoot != null && baseRoot.eClass() != oursRoot.eClass())) {
            throw new IOException(file + ": the versions hold different kinds of elements");
        }
        merge.index(baseRoot);
        merge.index(oursRoot);
        merge.index(theirsRoot);
        merge.mergeObject(baseRoot, oursRoot, theirsRoot);
        merge.relink(oursRoot);
        byte[] bytes = merge.conflicts.isEmpty() ? SecureXmi.serialize(oursResource) : null;
        return new Result(bytes, List.copyOf(merge.conflicts), List.copyOf(merge.resolved));
    }

    private static XMIResourceImpl load(String file, String side, byte[] bytes) throws IOException {
        XMIResourceImpl resource = SecureXmi.newResource(URI.createURI("merge:/" + file));
        try {
            SecureXmi.load(resource, new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + " (" + side + ") is not a readable Glossa file: " + e.getMessage(), e);
        }
        return resource;
    }

    private void index(EObject root) {
        if (root == null) {
            return;
        }
        paths.put(root, "");
        root.eAllContents().forEachRemaining(element -> paths.put(element, pathOf(element)));
    }

    private void mergeObject(EObject base, EObject ours, EObject theirs) {
        for (EStructuralFeature feature : ours.eClass().getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived() || !feature.isChangeable()) {
                continue;
            }
            if (feature instanceof EReference reference && reference.isContainer()) {
                continue;
            }
            if (feature instanceof EReference reference && reference.isContainment()) {
                mergeContents(base, ours, theirs, reference);
            } else if (feature instanceof EReference reference) {
                mergeReference(base, ours, theirs, reference);
            } else {
                mergeAttribute(base, ours, theirs, (EAttribute) feature);
            }
        }
    }

    private void mergeAttribute(EObject base, EObject ours, EObject theirs, EAttribute attribute) {
        Object o = ours.eGet(attribute);
        Object t = theirs.eGet(attribute);
        if (Objects.equals(o, t) && ours.eIsSet(attribute) == theirs.eIsSet(attribute)) {
            return;
        }
        if (base != null && Objects.equals(base.eGet(attribute), o)) {
            copyValue(theirs, ours, attribute);
            return;
        }
        if (base != null && Objects.equals(base.eGet(attribute), t)) {
            return;
        }
        if (Objects.equals(o, t)) {
            return; // the same value, set on one side and left at its default on the other
        }
        if (base == null && BOOKKEEPING.contains(attribute.getName())) {
            return;
        }
        if (attribute.getName().equals(NEXT_SPAN_NUMBER) && o instanceof Integer a && t instanceof Integer b) {
            ours.eSet(attribute, Math.max(a, b));
            return;
        }
        if (decide(describe(ours), attribute.getName(), text(o), text(t))) {
            copyValue(theirs, ours, attribute);
        }
    }

    private static void copyValue(EObject from, EObject to, EStructuralFeature feature) {
        if (!from.eIsSet(feature)) {
            to.eUnset(feature);
        } else if (feature.isMany()) {
            to.eSet(feature, new ArrayList<>((List<?>) from.eGet(feature)));
        } else {
            to.eSet(feature, from.eGet(feature));
        }
    }

    /** References outside containment are compared by where their targets sit; the final pass re-targets them. */
    private void mergeReference(EObject base, EObject ours, EObject theirs, EReference reference) {
        List<String> o = targets(ours, reference);
        List<String> t = targets(theirs, reference);
        if (o.equals(t)) {
            return;
        }
        if (base != null && targets(base, reference).equals(o)) {
            copyValue(theirs, ours, reference);
            return;
        }
        if (base != null && targets(base, reference).equals(t)) {
            return;
        }
        if (decide(describe(ours), reference.getName(), String.join(", ", o), String.join(", ", t))) {
            copyValue(theirs, ours, reference);
        }
    }

    private List<String> targets(EObject owner, EReference reference) {
        List<EObject> values = values(owner, reference);
        return values.stream().map(this::pathOfTarget).toList();
    }

    private String pathOfTarget(EObject target) {
        String known = paths.get(target);
        return known != null ? known : pathOf(target);
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> values(EObject owner, EReference reference) {
        Object value = owner.eGet(reference);
        if (reference.isMany()) {
            return (List<EObject>) value;
        }
        return value == null ? List.of() : List.of((EObject) value);
    }

    private void mergeContents(EObject base, EObject ours, EObject theirs, EReference reference) {
        Map<String, EObject> baseElements = base == null ? Map.of() : byKey(values(base, reference));
        Map<String, EObject> ourElements = byKey(values(ours, reference));
        Map<String, EObject> theirElements = byKey(values(theirs, reference));
        Set<String> renumbered = new HashSet<>();
        for (Map.Entry<String, EObject> entry : ourElements.entrySet()) {
            EObject mine = entry.getValue();
            EObject shared = theirElements.get(entry.getKey());
            EObject common = baseElements.get(entry.getKey());
            if (shared != null && common == null && !sameContent(mine, shared) && renumber(ours, mine)) {
                renumbered.add(entry.getKey()); // both sides numbered a new span alike: ours takes the next number
            } else if (shared != null) {
                mergeObject(common, mine, shared);
            } else if (common != null) { // removed in the shared version
                if (fingerprint(mine).equals(fingerprint(common))
                        || decide(describe(mine), "element", "changed", REMOVED)) {
                    remove(ours, reference, mine);
                }
            }
        }
        for (Map.Entry<String, EObject> entry : theirElements.entrySet()) {
            if (ourElements.containsKey(entry.getKey()) && !renumbered.contains(entry.getKey())) {
                continue;
            }
            EObject shared = entry.getValue();
            EObject common = baseElements.get(entry.getKey());
            if (common == null || (!fingerprint(shared).equals(fingerprint(common))
                    && decide(describe(shared), "element", REMOVED, "changed"))) {
                add(ours, reference, EcoreUtil.copy(shared));
            }
        }
    }

    /**
     * Gives a span this side added a new id after both counters, when the other side added another span under the
     * same id (one annotator on two machines). Links follow, since they point at the span, not at its id.
     */
    private static boolean renumber(EObject set, EObject span) {
        EStructuralFeature counter = set.eClass().getEStructuralFeature(NEXT_SPAN_NUMBER);
        EAttribute id = span.eClass().getEIDAttribute();
        if (counter == null || id == null || !(set.eGet(counter) instanceof Integer next)) {
            return false;
        }
        span.eSet(id, "s" + next);
        set.eSet(counter, next + 1);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static void remove(EObject owner, EReference reference, EObject element) {
        if (reference.isMany()) {
            ((EList<EObject>) owner.eGet(reference)).remove(element);
        } else {
            owner.eUnset(reference);
        }
    }

    @SuppressWarnings("unchecked")
    private static void add(EObject owner, EReference reference, EObject element) {
        if (reference.isMany()) {
            ((EList<EObject>) owner.eGet(reference)).add(element);
        } else {
            owner.eSet(reference, element);
        }
    }

    /** Points every reference of the merged tree at the merged tree's elements, by where their targets sat. */
    private void relink(EObject root) {
        Map<String, EObject> merged = new LinkedHashMap<>();
        merged.put("", root);
        root.eAllContents().forEachRemaining(element -> merged.put(pathOf(element), element));
        List<EObject> all = new ArrayList<>();
        all.add(root);
        root.eAllContents().forEachRemaining(all::add);
        for (EObject element : all) {
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isTransient()
                        || reference.isDerived() || !reference.isChangeable()) {
                    continue;
                }
                List<EObject> current = new ArrayList<>(values(element, reference));
                List<EObject> relinked = new ArrayList<>();
                boolean changed = false;
                for (EObject target : current) {
                    if (EcoreUtil.isAncestor(root, target)) {
                        relinked.add(target);
                        continue;
                    }
                    changed = true;
                    String path = pathOfTarget(target);
                    EObject found = merged.get(path);
                    if (found != null) {
                        relinked.add(found);
                    } else if (!decide(describe(element), reference.getName(), "points to " + describeTarget(path),
                            REMOVED)) {
                        relinked.add(target); // left open: the merge is not written
                    }
                }
                if (changed) {
                    if (reference.isMany()) {
                        element.eSet(reference, relinked);
                    } else {
                        element.eSet(reference, relinked.isEmpty() ? null : relinked.get(0));
                    }
                }
            }
        }
    }

    /**
     * Records a genuine conflict and says whether the shared value wins: never without a resolution (the conflict
     * stays open and nothing is written), always with {@link Resolution#THEIRS}.
     */
    private boolean decide(String element, String feature, String ours, String theirs) {
        MergeConflict conflict = new MergeConflict(file, element, feature, ours, theirs);
        if (resolution == Resolution.NONE) {
            conflicts.add(conflict);
            return false;
        }
        resolved.add(conflict);
        return resolution == Resolution.THEIRS;
    }

    private Map<String, EObject> byKey(List<EObject> elements) {
        Map<String, EObject> keyed = new LinkedHashMap<>();
        for (EObject element : elements) {
            String key = key(element);
            String unique = key;
            for (int n = 2; keyed.containsKey(unique); n++) {
                unique = key + "#" + n;
            }
            keyed.put(unique, element);
        }
        return keyed;
    }

    /** What identifies an element among its siblings. */
    private String key(EObject element) {
        EAttribute id = element.eClass().getEIDAttribute();
        if (id != null && element.eGet(id) != null) {
            return String.valueOf(element.eGet(id));
        }
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        if (name instanceof EAttribute && element.eGet(name) != null) {
            return String.valueOf(element.eGet(name));
        }
        if (element instanceof Map.Entry<?, ?> entry) {
            return String.valueOf(entry.getKey());
        }
        // an element without a name (a link): its content is its identity
        return fingerprint(element);
    }

    private String pathOf(EObject element) {
        EObject container = element.eContainer();
        if (container == null) {
            return "";
        }
        String parent = paths.containsKey(container) ? paths.get(container) : pathOf(container);
        return parent + "/" + element.eContainmentFeature().getName() + "[" + key(element) + "]";
    }

    /** Whether two elements added on both sides are the same apart from when and by whom they were made. */
    private boolean sameContent(EObject a, EObject b) {
        return fingerprint(a, false).equals(fingerprint(b, false));
    }

    private String fingerprint(EObject element) {
        return fingerprint(element, true);
    }

    /** The element's content as text, references by where their targets sit: equal text, equal content. */
    private String fingerprint(EObject element, boolean withBookkeeping) {
        StringBuilder text = new StringBuilder(element.eClass().getName()).append('{');
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived()
                    || (feature instanceof EReference reference && reference.isContainer())
                    || (!withBookkeeping && BOOKKEEPING.contains(feature.getName()))) {
                continue;
            }
            text.append(feature.getName()).append('=');
            if (feature instanceof EReference reference && reference.isContainment()) {
                text.append(values(element, reference).stream().map(e -> fingerprint(e, withBookkeeping))
                        .collect(Collectors.joining(",", "[", "]")));
            } else if (feature instanceof EReference reference) {
                text.append(values(element, reference).stream().map(this::pathOfTarget).collect(Collectors.joining(",", "[", "]")));
            } else {
                text.append(element.eIsSet(feature) ? String.valueOf(element.eGet(feature)) : "∅");
            }
            text.append(';');
        }
        return text.append('}').toString();
    }

    /** e.g. "layer Entity › label PER", "document harbor-bridge-vote", "span s12". */
    private String describe(EObject element) {
        List<String> parts = new ArrayList<>();
        for (EObject current = element; current != null && current.eContainer() != null; current = current.eContainer()) {
            String kind = current.eContainmentFeature().getName();
            if (current instanceof Map.Entry<?, ?>) {
                kind = kind.equals("metadata") ? "metadata" : "attribute";
            } else if (kind.endsWith("s") && current.eContainmentFeature().isMany()) {
                kind = kind.substring(0, kind.length() - 1);
            }
            String key = key(current);
            parts.add(0, key.startsWith(current.eClass().getName() + "{") ? kind : kind + " " + key);
        }
        return String.join(" › ", parts);
    }

    /** e.g. "/spans[s2]" as "span s2". */
    private static String describeTarget(String path) {
        List<String> parts = new ArrayList<>();
        for (String segment : path.substring(1).split("\\]/?")) {
            int bracket = segment.indexOf('[');
            String kind = bracket < 0 ? segment : segment.substring(0, bracket);
            kind = kind.endsWith("s") ? kind.substring(0, kind.length() - 1) : kind;
            parts.add(bracket < 0 ? kind : kind + " " + segment.substring(bracket + 1));
        }
        return String.join(" › ", parts);
    }

    private static String text(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).collect(Collectors.joining(", "))
                : String.valueOf(value);
    }
}
