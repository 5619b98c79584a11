package org.glossa.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;

/**
 * What the annotator is looking at: the open document and the selected span. Parts observe it instead of
 * knowing each other, so the editor, the annotations list and the properties part stay in step.
 */
public final class EditorState {
    private org.glossa.ui.editor.DocumentEditor editor;
    private Document document;
    private SpanAnnotation selectedSpan;
    private final List<Consumer<Document>> documentListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<SpanAnnotation>> spanListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> corpusListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> viewListeners = new CopyOnWriteArrayList<>();
    private String viewedAnnotator;
    private List<Document> corpusSelection = List.of();

    public Document document() {
        return document;
    }

    public SpanAnnotation selectedSpan() {
        return selectedSpan;
    }

    /** The editor of the workbench, so the label palette can act on its selection. */
    public org.glossa.ui.editor.DocumentEditor editor() {
        return editor;
    }

    public void setEditor(org.glossa.ui.editor.DocumentEditor newEditor) {
        editor = newEditor;
    }

    public void openDocument(Document newDocument) {
        if (newDocument == document) {
            return;
        }
        document = newDocument;
        selectedSpan = null;
        documentListeners.forEach(l -> l.accept(newDocument));
        spanListeners.forEach(l -> l.accept(null));
    }

    public void selectSpan(SpanAnnotation span) {
        if (span == selectedSpan) {
            return;
        }
        selectedSpan = span;
        spanListeners.forEach(l -> l.accept(span));
    }

    /**
     * Whose annotations are shown: null for the annotator's own (editable) set; in review mode another
     * annotator's name, or {@code gold}, shown read-only.
     */
    public String viewedAnnotator() {
        return viewedAnnotator;
    }

    public void viewAnnotator(String annotatorOrNull) {
        if (java.util.Objects.equals(annotatorOrNull, viewedAnnotator)) {
            return;
        }
        viewedAnnotator = annotatorOrNull;
        selectSpan(null);
        viewListeners.forEach(l -> l.accept(annotatorOrNull));
    }

    public Runnable onView(Consumer<String> listener) {
        viewListeners.add(listener);
        return () -> viewListeners.remove(listener);
    }

    /** The documents selected in the corpus list (for actions on several documents, e.g. assigning them). */
    public List<Document> corpusSelection() {
        return corpusSelection;
    }

    public void setCorpusSelection(List<Document> documents) {
        corpusSelection = List.copyOf(documents);
    }

    /** Documents were added to the project (an import); the navigator lists them again. */
    public void corpusChanged() {
        corpusListeners.forEach(Runnable::run);
    }

    public Runnable onCorpusChange(Runnable listener) {
        corpusListeners.add(listener);
        return () -> corpusListeners.remove(listener);
    }

    public Runnable onDocument(Consumer<Document> listener) {
        documentListeners.add(listener);
        return () -> documentListeners.remove(listener);
    }

    public Runnable onSpan(Consumer<SpanAnnotation> listener) {
        spanListeners.add(listener);
        return () -> spanListeners.remove(listener);
    }
}
