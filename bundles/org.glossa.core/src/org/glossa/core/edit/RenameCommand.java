package org.glossa.core.edit;

import java.util.List;

import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.SpanAnnotation;

/**
 * Renames a layer or a label in the schema and in every annotation set of the project that uses it (every
 * annotator's and the gold set), since spans refer to layers and labels by name. Undo renames back the same
 * way, so the command holds no span references and stays correct whichever sets the store has let go of.
 * <p>
 * Each document's sets are rewritten before the schema changes: the store checks sets against the schema as
 * it reads them, and the files still use the name the schema has.
 */
final class RenameCommand extends EditCommand {
    private final ProjectStore store;
    private final Layer layer;
    private final Label label;
    private final String oldName;
    private final String newName;

    private RenameCommand(String commandLabel, ProjectStore store, Layer layer, Label label, String newName) {
        super(commandLabel);
        this.store = store;
        this.layer = layer;
        this.label = label;
        this.oldName = label != null ? label.getName() : layer.getName();
        this.newName = newName;
    }

    static RenameCommand layer(ProjectStore store, Layer layer, String newName) {
        return new RenameCommand("Rename layer " + layer.getName() + " to " + newName, store, layer, null, newName);
    }

    static RenameCommand label(ProjectStore store, Label label, String newName) {
        return new RenameCommand("Rename label " + label.getName() + " to " + newName, store,
                (Layer) label.eContainer(), label, newName);
    }

    @Override
    public void execute() {
        rename(oldName, newName);
    }

    @Override
    public void undo() {
        rename(newName, oldName);
    }

    private void rename(String from, String to) {
        for (Document document : List.copyOf(store.project().getDocuments())) {
            for (String annotator : store.annotatorsOf(document)) {
                try {
                    rewrite(store.annotations(document, annotator), from, to);
                } catch (DamagedFileException e) {
                    // an unreadable file is reported in store.problems() and stays as it is
                }
            }
            store.releaseUnmodifiedSets(); // sets that use the name are modified now and stay
        }
        if (label != null) {
            label.setName(to);
        } else {
            layer.setName(to);
        }
    }

    private void rewrite(AnnotationSet set, String from, String to) {
        for (SpanAnnotation span : set.getSpans()) {
            if (label == null) {
                if (from.equals(span.getLayer())) {
                    span.setLayer(to);
                }
            } else if (layer.getName().equals(span.getLayer()) && from.equals(span.getLabel())) {
                span.setLabel(to);
            }
        }
    }

    @Override
    List<ModelChange> changes() {
        return List.of(ModelChange.projectWide());
    }

    @Override
    boolean invalidatesIndexes() {
        return true;
    }
}
