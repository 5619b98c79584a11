package org.glossa.ui.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.glossa.core.edit.EditingSession;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.Layer;
import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.AttributeValues;

/**
 * The widgets that show one span in the properties part: its label and text, attributes, note and links. They are
 * made once for a {@link Shape} (a layer and a number of links) and then only given the values of the next span of
 * that shape: making, laying out and styling a dozen GTK widgets again for every new span cost most of a label's
 * time (issue 12). Every edit made here is one undoable command on the span shown at that moment.
 */
final class SpanPropertiesView {
    /** What decides which widgets there are: the span's layer (null: no span shown) and its number of links. */
    record Shape(Layer layer, int links) {
        static Shape of(Layer layer, SpanAnnotation span) {
            return span == null ? new Shape(null, -1) : new Shape(layer, span.getLinks().size());
        }
    }

    private final EditingSession session;
    private final Function<SpanAnnotation, String> covered;
    private final Composite content;
    private final Shape shape;
    /** Each sets one widget's value from the span shown. */
    private final List<Consumer<SpanAnnotation>> updates = new ArrayList<>();
    private SpanAnnotation span;
    private boolean relayout;
    /** Measures a label's text in lines (made when first needed). */
    private TextLayout measure;

    /**
     * Makes the widgets of a shape in a new composite of {@code parent} and shows {@code shown} (null when no span
     * is selected; then the shape's layer is null too).
     */
    SpanPropertiesView(Composite parent, EditingSession session, Function<SpanAnnotation, String> covered, Shape shape,
            SpanAnnotation shown) {
        this.session = session;
        this.covered = covered;
        this.shape = shape;
        content = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).spacing(6, 6).applyTo(content);
        if (shown == null) {
            label(content, "No span selected. Click a span, or use Alt+→ / Alt+←.", 2);
        } else {
            make();
        }
        show(shown);
    }

    Shape shape() {
        return shape;
    }

    Composite control() {
        return content;
    }

    void dispose() {
        content.dispose();
    }

    /**
     * Shows a span of this view's shape (or the same span again after a change): only the values change.
     *
     * @return whether the view must be laid out again: a text now needs more or fewer lines than its place has
     */
    boolean show(SpanAnnotation shown) {
        relayout = false;
        if (shown != null) {
            updates.forEach(update -> update.accept(shown));
        }
        span = shown;
        return relayout;
    }

    private void make() {
        Layer layer = shape.layer();
        label(content, "Span", 1);
        Label header = label(content, "", 1);
        updates.add(s -> setText(header, s.getLayer() + " " + s.getLabel() + "  [" + s.getBegin() + "–" + s.getEnd()
                + ")  " + s.getId() + " by " + s.getCreatedBy()));
        label(content, "Text", 1);
        Label text = label(content, "", 1);
        updates.add(s -> setText(text, "“" + covered.apply(s) + "”"));
        if (layer != null) {
            for (AttributeDefinition attribute : layer.getAttributes()) {
                label(content, attribute.getName(), 1);
                attributeEditor(attribute);
            }
        }
        label(content, "Note", 1);
        noteEditor();
        label(content, "Links", 1);
        Composite links = new Composite(content, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(links);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(links);
        if (shape.links() == 0) {
            label(links, layer != null && !layer.getLinkTypes().isEmpty()
                    ? "none — Ctrl+L links the " + layer.getLinkTypes().get(0).getName() : "none", 2);
        }
        for (int i = 0; i < shape.links(); i++) {
            int position = i;
            Label description = label(links, "", 1);
            GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(description);
            updates.add(s -> {
                Link link = s.getLinks().get(position);
                SpanAnnotation target = link.getTarget();
                setText(description, link.getType() + " → " + target.getLabel() + " “" + covered.apply(target) + "”");
            });
            Button remove = new Button(links, SWT.PUSH);
            remove.setText("Remove");
            remove.addListener(SWT.Selection, e -> session.unlink(span.getLinks().get(position)));
        }
    }

    private void noteEditor() {
        Text note = new Text(content, SWT.BORDER | SWT.MULTI | SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 48).applyTo(note);
        updates.add(s -> {
            if (s != span || !note.isFocusControl()) { // the annotator may be typing this span's note
                setText(note, s.getNote() == null ? "" : s.getNote());
            }
        });
        note.addListener(SWT.FocusOut, e -> {
            String value = note.getText().isBlank() ? null : note.getText();
            if (span != null && !Objects.equals(value, span.getNote()) && span.getSet() != null) {
                session.setNote(span, value);
            }
        });
    }

    private void attributeEditor(AttributeDefinition attribute) {
        String name = attribute.getName();
        if (AttributeValues.isEnumerated(attribute)) {
            Combo combo = new Combo(content, SWT.READ_ONLY);
            combo.add(AttributeValues.unsetDisplay(attribute)); // unset: the schema's default applies, "direct (default)"
            List<String> choices = AttributeValues.choices(attribute);
            choices.forEach(combo::add);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
            updates.add(s -> {
                String value = s.getAttributes().get(name);
                int selection = value == null ? 0 : choices.indexOf(value) + 1;
                if (combo.getSelectionIndex() != selection) {
                    combo.select(selection);
                }
            });
            combo.addListener(SWT.Selection, e -> session.setAttribute(span, name,
                    combo.getSelectionIndex() <= 0 ? null : combo.getText()));
        } else {
            Text text = new Text(content, SWT.BORDER);
            text.setMessage(AttributeValues.unsetDisplay(attribute));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
            updates.add(s -> {
                String value = s.getAttributes().get(name);
                if (s != span || !text.isFocusControl()) { // the annotator may be typing this value
                    setText(text, value == null ? "" : value);
                }
            });
            Runnable apply = () -> {
                String newValue = text.getText().isBlank() ? null : text.getText();
                if (span != null && !Objects.equals(newValue, span.getAttributes().get(name)) && span.getSet() != null) {
                    try {
                        session.setAttribute(span, name, newValue);
                    } catch (IllegalArgumentException ex) {
                        text.setToolTipText(ex.getMessage());
                    }
                }
            };
            text.addListener(SWT.FocusOut, e -> apply.run());
            text.addListener(SWT.DefaultSelection, e -> apply.run());
        }
    }

    /**
     * Sets a label's text; when the new text takes another number of lines at the label's width than the old one, the
     * view is laid out again. Laying out the whole view measures every wrapped label twice, and even measuring one
     * label makes GTK allocate it again: a text layout of the label's font measures both texts for much less.
     */
    private void setText(Label label, String value) {
        String old = label.getText();
        if (old.equals(value)) {
            return;
        }
        label.setText(value);
        int width = label.getSize().x;
        if (width <= 0 || lines(label, old, width) != lines(label, value, width)) {
            relayout = true;
        }
    }

    private int lines(Label label, String value, int width) {
        if (measure == null) {
            measure = new TextLayout(label.getDisplay());
            content.addDisposeListener(e -> measure.dispose());
        }
        measure.setFont(label.getFont());
        measure.setWidth(width);
        measure.setText(value);
        return measure.getLineCount();
    }

    private static void setText(Text text, String value) {
        if (!text.getText().equals(value)) {
            text.setText(value);
        }
    }

    private static Label label(Composite parent, String text, int span) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(span > 1 || parent.getChildren().length % 2 == 0, false).span(span, 1)
                .hint(span > 1 ? 240 : SWT.DEFAULT, SWT.DEFAULT).applyTo(label);
        return label;
    }
}
