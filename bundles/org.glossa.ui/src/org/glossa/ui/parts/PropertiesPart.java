package org.glossa.ui.parts;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.edit.ModelChange;
import org.glossa.model.Layer;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;
import org.glossa.ui.EditorState;
import org.glossa.ui.editor.DocumentEditor;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The selected span: its label and text, its attributes (choices, flags, text), its note, and its links with
 * their targets in words. Every edit is one undoable command. The widgets ({@link SpanPropertiesView}) are kept
 * for the next span of the same layer and number of links, which then only changes their values.
 */
public final class PropertiesPart {
    @Inject
    private EditingSession session;
    @Inject
    private EditorState state;
    private Composite parent;
    private SpanPropertiesView view;
    private boolean updating;
    private boolean updatePending;
    /** The model changed since the view was last updated. */
    private boolean stale;

    @PostConstruct
    void create(Composite partParent) {
        parent = partParent;
        parent.setLayout(new FillLayout());
        state.onSpan(span -> update());
        session.addChangeListener(this::modelChanged);
        update();
    }

    private void modelChanged(ModelChange change) {
        if (change.kind() == ModelChange.Kind.SCHEMA && view != null && !parent.isDisposed()) {
            view.dispose(); // a layer's attributes or link types may have changed: make the widgets again
            view = null;
        }
        SpanAnnotation span = state.selectedSpan();
        if (!updating && (view == null || span != null && (change.document() == state.document() || change.document() == null))) {
            stale = true;
            updateSoon(); // not while a widget of ours is sending the change
        }
    }

    /**
     * After a change of the model, updates once after what is being done now, unless a selection did it before: an
     * edit that creates a span both changes the model and then selects the span.
     */
    private void updateSoon() {
        if (!updatePending && !parent.isDisposed()) {
            updatePending = true;
            parent.getDisplay().asyncExec(() -> {
                updatePending = false;
                if (stale) {
                    update();
                }
            });
        }
    }

    private void update() {
        if (parent.isDisposed()) {
            return;
        }
        updating = true;
        stale = false;
        try {
            SpanAnnotation span = state.selectedSpan();
            if (span != null && span.getSet() == null) {
                span = null; // deleted, or its creation undone
            }
            Layer layer = span == null ? null : SchemaQuery.layer(session.store().schema(), span.getLayer()).orElse(null);
            SpanPropertiesView.Shape shape = SpanPropertiesView.Shape.of(layer, span);
            if (view != null && view.shape().equals(shape)) {
                if (view.show(span)) {
                    view.control().layout(true, true);
                }
            } else {
                if (view != null) {
                    view.dispose();
                }
                view = new SpanPropertiesView(parent, session, this::covered, shape, span);
                parent.layout(true, true);
            }
        } finally {
            updating = false;
        }
    }

    /** Activating the part (its tab, or a click) gives the keyboard to its first field. */
    @Focus
    void focus() {
        if (view != null && !view.control().isDisposed()) {
            view.control().setFocus();
        } else {
            parent.setFocus();
        }
    }

    private String covered(SpanAnnotation span) {
        DocumentEditor editor = state.editor();
        if (editor == null || span.getEnd() > editor.textWidget().getCharCount()) {
            return "";
        }
        String text = editor.textWidget().getTextRange(span.getBegin(), span.getEnd() - span.getBegin()).replace('\n', ' ');
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }
}
