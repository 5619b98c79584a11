package org.glossa.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.edit.ModelChange;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.AttributeKind;
import org.glossa.model.Layer;
import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;
import org.glossa.ui.EditorState;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The selected span: its label and text, its attributes (choices, flags, text), its note, and its links with
 * their targets in words. Every edit is one undoable command.
 */
public final class PropertiesPart {
    @Inject
    private EditingSession session;
    @Inject
    private EditorState state;
    private Composite parent;
    private Composite content;
    private boolean rebuilding;
    private boolean rebuildPending;

    @PostConstruct
    void create(Composite partParent) {
        parent = partParent;
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        state.onSpan(span -> rebuildSoon());
        session.addChangeListener(this::modelChanged);
        rebuild();
    }

    private void modelChanged(ModelChange change) {
        SpanAnnotation span = state.selectedSpan();
        if (!rebuilding && span != null && (change.document() == state.document() || change.document() == null)) {
            rebuildSoon(); // not while a widget of ours is sending the change
        }
    }

    /**
     * Rebuilds once, after what is being done now: an edit that creates a span both changes the model and selects
     * the span, and each rebuild makes and lays out a dozen widgets again.
     */
    private void rebuildSoon() {
        if (!rebuildPending && !parent.isDisposed()) {
            rebuildPending = true;
            parent.getDisplay().asyncExec(() -> {
                rebuildPending = false;
                rebuild();
            });
        }
    }

    private void rebuild() {
        if (parent.isDisposed()) {
            return;
        }
        rebuilding = true;
        try {
            if (content != null) {
                content.dispose();
            }
            content = new Composite(parent, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).spacing(6, 6).applyTo(content);
            SpanAnnotation span = state.selectedSpan();
            if (span == null || span.getSet() == null) {
                label(content, "No span selected. Click a span, or use Alt+→ / Alt+←.", 2);
            } else {
                describe(span);
            }
            parent.layout(true, true);
        } finally {
            rebuilding = false;
        }
    }

    private void describe(SpanAnnotation span) {
        Layer layer = SchemaQuery.layer(session.store().schema(), span.getLayer()).orElse(null);
        label(content, "Span", 1);
        label(content, span.getLayer() + " " + span.getLabel() + "  [" + span.getBegin() + "–" + span.getEnd() + ")  "
                + span.getId() + " by " + span.getCreatedBy(), 1);
        label(content, "Text", 1);
        label(content, "“" + covered(span) + "”", 1);
        if (layer != null) {
            for (AttributeDefinition attribute : layer.getAttributes()) {
                label(content, attribute.getName(), 1);
                attributeEditor(span, attribute);
            }
        }
        label(content, "Note", 1);
        Text note = new Text(content, SWT.BORDER | SWT.MULTI | SWT.WRAP);
        note.setText(span.getNote() == null ? "" : span.getNote());
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 48).applyTo(note);
        note.addListener(SWT.FocusOut, e -> {
            String value = note.getText().isBlank() ? null : note.getText();
            if (!java.util.Objects.equals(value, span.getNote()) && span.getSet() != null) {
                session.setNote(span, value);
            }
        });
        label(content, "Links", 1);
        Composite links = new Composite(content, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(links);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(links);
        List<Link> all = new ArrayList<>(span.getLinks());
        if (all.isEmpty()) {
            label(links, layer != null && !layer.getLinkTypes().isEmpty()
                    ? "none — Ctrl+L links the " + layer.getLinkTypes().get(0).getName() : "none", 2);
        }
        for (Link link : all) {
            SpanAnnotation target = link.getTarget();
            Control description = label(links, link.getType() + " → " + target.getLabel() + " “" + covered(target) + "”", 1);
            GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(description);
            Button remove = new Button(links, SWT.PUSH);
            remove.setText("Remove");
            remove.addListener(SWT.Selection, e -> session.unlink(link));
        }
    }

    private void attributeEditor(SpanAnnotation span, AttributeDefinition attribute) {
        String value = span.getAttributes().get(attribute.getName());
        if (attribute.getKind() == AttributeKind.CHOICE || attribute.getKind() == AttributeKind.BOOLEAN) {
            Combo combo = new Combo(content, SWT.READ_ONLY);
            combo.add("");
            List<String> choices = attribute.getKind() == AttributeKind.BOOLEAN ? List.of("true", "false") : attribute.getChoices();
            choices.forEach(combo::add);
            combo.select(value == null ? 0 : choices.indexOf(value) + 1);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
            combo.addListener(SWT.Selection, e -> session.setAttribute(span, attribute.getName(),
                    combo.getSelectionIndex() <= 0 ? null : combo.getText()));
        } else {
            Text text = new Text(content, SWT.BORDER);
            text.setText(value == null ? "" : value);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
            Runnable apply = () -> {
                String newValue = text.getText().isBlank() ? null : text.getText();
                if (!java.util.Objects.equals(newValue, span.getAttributes().get(attribute.getName())) && span.getSet() != null) {
                    try {
                        session.setAttribute(span, attribute.getName(), newValue);
                    } catch (IllegalArgumentException ex) {
                        text.setToolTipText(ex.getMessage());
                    }
                }
            };
            text.addListener(SWT.FocusOut, e -> apply.run());
            text.addListener(SWT.DefaultSelection, e -> apply.run());
        }
    }

    private String covered(SpanAnnotation span) {
        org.glossa.ui.editor.DocumentEditor editor = state.editor();
        if (editor == null || span.getEnd() > editor.textWidget().getCharCount()) {
            return "";
        }
        String text = editor.textWidget().getTextRange(span.getBegin(), span.getEnd() - span.getBegin()).replace('\n', ' ');
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }

    private static Control label(Composite parent, String text, int span) {
        org.eclipse.swt.widgets.Label label = new org.eclipse.swt.widgets.Label(parent, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(span > 1 || parent.getChildren().length % 2 == 0, false).span(span, 1)
                .hint(span > 1 ? 240 : SWT.DEFAULT, SWT.DEFAULT).applyTo(label);
        return label;
    }
}
