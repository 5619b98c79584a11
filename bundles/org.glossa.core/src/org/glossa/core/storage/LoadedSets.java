package org.glossa.core.storage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;

/** The annotation sets an open project holds in memory, one resource per (document, annotator or gold). */
final class LoadedSets {
    private final Map<String, XMIResourceImpl> resources = new LinkedHashMap<>();

    /** The loaded resource of the set, or null. */
    XMIResourceImpl resource(String documentId, String annotator) {
        return resources.get(key(documentId, annotator));
    }

    /** The set in memory, or null when it is not loaded. */
    AnnotationSet set(String documentId, String annotator) {
        XMIResourceImpl resource = resource(documentId, annotator);
        return resource == null ? null : setOf(resource);
    }

    /** The set when it is loaded and changed since it was read or saved, else null. */
    AnnotationSet changedSet(String documentId, String annotator) {
        XMIResourceImpl resource = resource(documentId, annotator);
        return resource != null && resource.isModified() ? setOf(resource) : null;
    }

    boolean contains(String documentId, String annotator) {
        return resources.containsKey(key(documentId, annotator));
    }

    void put(String documentId, String annotator, XMIResourceImpl resource) {
        resources.put(key(documentId, annotator), resource);
    }

    List<XMIResourceImpl> changed() {
        return resources.values().stream().filter(XMIResourceImpl::isModified).toList();
    }

    boolean anyChanged() {
        return resources.values().stream().anyMatch(XMIResourceImpl::isModified);
    }

    /** Each loaded set of the document with whether it changed, by annotator name ({@code gold} for gold). */
    void forEachOf(String documentId, BiConsumer<String, XMIResourceImpl> action) {
        resources.values().forEach(resource -> {
            AnnotationSet set = setOf(resource);
            if (documentId.equals(set.getDocumentId())) {
                action.accept(set.isGold() ? ProjectLayout.GOLD : set.getAnnotator(), resource);
            }
        });
    }

    /** Forgets the sets without changes. */
    void releaseUnchanged() {
        resources.values().removeIf(resource -> !resource.isModified());
    }

    int size() {
        return resources.size();
    }

    /** Adds a new set of the document for the annotator (or gold) to the resource of its file, as not changed. */
    static AnnotationSet addEmptySet(XMIResourceImpl resource, Document document, String annotator) {
        AnnotationSet set = GlossaFactory.eINSTANCE.createAnnotationSet();
        set.setDocumentId(document.getId());
        set.setGold(ProjectLayout.GOLD.equals(annotator));
        set.setAnnotator(set.isGold() ? null : annotator);
        set.setStatus(AnnotationStatus.NEW);
        set.setContentHash(document.getContentHash());
        resource.getContents().add(set);
        resource.setModified(false);
        return set;
    }

    static AnnotationSet setOf(XMIResourceImpl resource) {
        return (AnnotationSet) resource.getContents().get(0);
    }

    private static String key(String documentId, String annotator) {
        return documentId + '\u0000' + annotator;
    }
}
