package org.glossa.ui.handlers;

/**
 * A part with an undo history of its own (the walker's gold decisions). While such a part is active, Undo and Redo
 * act on it; otherwise on the annotator's editing session through the editor.
 */
public interface UndoTarget {
    void undo();

    void redo();
}
