package org.glossa.core.edit;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectLayout;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;

/**
 * The annotation sets the session has handed out, each with its index.
 * <p>
 * The store may let go of an unmodified set at any time ({@link ProjectStore#releaseUnmodifiedSets()}, e.g.
 * after statistics or a corpus-wide pass) and read the file again when next asked. The undo history, the index
 * and the editor all hold the session's span objects, so the session puts its own set back into the store in
 * place of the freshly read copy: both are equal to the file, since only unmodified sets are let go. If the
 * fresh copy was changed by someone else meanwhile, that copy wins and the undo history is dropped, because it
 * refers to spans that are no longer in the project.
 */
final class SessionSets {
    private final ProjectStore store;
    private final String annotator;
    private final Runnable historyLost;
    private final Map<Document, IndexedSet> tracked = new HashMap<>();

    SessionSets(ProjectStore store, String annotator, Runnable historyLost) {
        this.store = store;
        this.annotator = annotator;
        this.historyLost = historyLost;
    }

    IndexedSet get(Document document) throws DamagedFileException {
        AnnotationSet current = store.annotations(document, annotator);
        IndexedSet known = tracked.get(document);
        if (known == null) {
            known = new IndexedSet(document, current);
            tracked.put(document, known);
        } else if (known.set() != current) {
            follow(known, current);
        }
        return known;
    }

    /** As {@link #get}, for callers whose signature cannot declare the checked exception. */
    IndexedSet getUnchecked(Document document) {
        try {
            return get(document);
        } catch (DamagedFileException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tracked set whose {@link AnnotationSet} this is, or null. */
    IndexedSet tracking(AnnotationSet set) {
        if (set == null || !owns(set)) {
            return null;
        }
        Document document = store.document(set.getDocumentId()).orElse(null);
        if (document == null) {
            return null;
        }
        IndexedSet known = getUnchecked(document);
        return known.set() == set ? known : null;
    }

    private boolean owns(AnnotationSet set) {
        return ProjectLayout.GOLD.equals(annotator) ? set.isGold() : !set.isGold() && annotator.equals(set.getAnnotator());
    }

    /** Makes sure the store holds the session's sets of these documents (see the class comment). */
    void followStore(Iterable<Document> documents) {
        for (Document document : documents) {
            if (document != null && tracked.containsKey(document)) {
                getUnchecked(document);
            }
        }
    }

    void followStoreForAll() {
        followStore(new ArrayList<>(tracked.keySet()));
    }

    /**
     * Before a command runs: the store holds the session's sets it edits (all of them when the command is not one
     * of Glossa's or changes more than its indexes can follow).
     */
    void followStore(Command command) {
        if (command instanceof EditCommand edit && !edit.invalidatesIndexes()) {
            followStore(edit.changes().stream().map(ModelChange::document).toList());
        } else {
            followStoreForAll();
        }
    }

    /** Builds every index again from its set: after a command whose changes the indexes could not follow. */
    void rebuildIndexes() {
        for (IndexedSet target : all()) {
            target.index().rebuild(target.set());
        }
    }

    List<IndexedSet> all() {
        return new ArrayList<>(tracked.values());
    }

    private void follow(IndexedSet known, AnnotationSet fresh) {
        Resource resource = fresh.eResource();
        if (resource != null && !resource.isModified() && resource.getContents().get(0) == fresh) {
            resource.getContents().set(0, known.set());
            resource.setModified(false);
        } else {
            known.replaceSet(fresh);
            historyLost.run();
        }
    }
}
