package org.glossa.core.edit;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Who listens to an {@link EditingSession}: to its model changes and to changes of its dirty state. Copy-on-write
 * lists, so that a listener may remove itself while it is told.
 */
final class SessionListeners {
    private final List<Consumer<ModelChange>> changeListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> dirtyListeners = new CopyOnWriteArrayList<>();

    void addChangeListener(Consumer<ModelChange> listener) {
        changeListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void removeChangeListener(Consumer<ModelChange> listener) {
        changeListeners.remove(listener);
    }

    void addDirtyListener(Runnable listener) {
        dirtyListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void removeDirtyListener(Runnable listener) {
        dirtyListeners.remove(listener);
    }

    /** Tells every change listener each change, in order. */
    void changed(List<ModelChange> changes) {
        for (ModelChange change : changes) {
            for (Consumer<ModelChange> listener : changeListeners) {
                listener.accept(change);
            }
        }
    }

    void dirtyStateMayHaveChanged() {
        dirtyListeners.forEach(Runnable::run);
    }
}
